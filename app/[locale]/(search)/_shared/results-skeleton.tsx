import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** What the results area shows while the search runs. */
export async function ResultsSkeleton({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'search.common' });
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <p className="text-slate-700">{t('loadingResults')}</p>
      {[0, 1, 2].map((i) => (
        <div key={i} aria-hidden="true" className="h-32 animate-pulse rounded-xl border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
