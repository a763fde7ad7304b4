import { getTranslations } from 'next-intl/server';

/**
 * Loading state for a route's `loading.tsx`. Kept per route, not at the locale root: a root
 * loading boundary starts streaming before `notFound()` can set the 404 status.
 */
export async function PageLoading() {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-slate-600">
      <span aria-hidden="true" className="h-5 w-5 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" />
      {t('loading')}
    </div>
  );
}
