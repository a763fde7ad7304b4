import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Input } from '@/components/forms/field';

type Props = { locale: Locale; kind: 'FLIGHT' | 'HOTEL'; query: string; currency: string };

/**
 * "Save this search" on the cached results pages: a plain form, the same HTML for everyone. The
 * route it posts to checks the session on the server and sends a visitor to sign in first.
 */
export async function SaveSearchForm({ locale, kind, query, currency }: Props) {
  const t = await getTranslations({ locale, namespace: 'alerts.save' });
  const id = `save-search-${kind.toLowerCase()}`;
  return (
    <form method="post" action="/api/alerts/save" aria-labelledby={`${id}-title`} className="mt-4 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="currency" value={currency} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={`${id}-ceiling`} className="text-sm font-medium">
        {t('ceilingLabel')} <span className="font-normal text-slate-600">{t('ceilingHint', { currency })}</span>
      </label>
      <Input
        id={`${id}-ceiling`}
        name="ceiling"
        inputMode="decimal"
        pattern="[0-9]{1,9}([.,][0-9]{1,2})?"
        className="block w-full"
      />
      <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t('button')}
      </button>
      <p className="text-xs text-slate-600">{t('signInNote')}</p>
    </form>
  );
}
