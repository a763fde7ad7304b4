import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { AutoSubmitForm } from './auto-submit-form';
import { HiddenParams } from './pagination';
import { WideOpenDetails } from './wide-open-details';

export const filterLegendClass = 'mb-1 text-sm font-semibold text-slate-800';

/** How many filter values the URL sets (the count on the phone's "Filters (n)" button). */
function activeFilterCount(params: URLSearchParams, keys: readonly string[]): number {
  return [...params.entries()].filter(([key, value]) => key !== 'page' && keys.includes(key) && value !== '').length;
}

/**
 * The filter panel of every results page: a GET form that applies itself, keeps the rest of the
 * query, and offers apply and clear. A "Filters (n)" disclosure on phones, a sidebar from 1024 px.
 */
export async function FilterPanel({ locale, path, params, filterKeys, children }: { locale: Locale; path: '/flights' | '/hotels'; params: URLSearchParams; filterKeys: readonly string[]; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const clear = new URLSearchParams(params);
  for (const key of filterKeys) clear.delete(key);
  return (
    <WideOpenDetails
      summary={t('common.filtersCount', { count: activeFilterCount(params, filterKeys) })}
      className="rounded-xl border border-slate-200 bg-white open:pb-0 lg:border-0 lg:bg-transparent"
      summaryClassName="cursor-pointer rounded-xl px-4 py-2 font-semibold text-brand-800"
    >
      <AutoSubmitForm action={`/${locale}${path}`} label={t('common.filters')} className="flex flex-col gap-4 rounded-xl border-slate-200 bg-white p-4 lg:border">
        <h2 className="text-base font-semibold">{t('common.filters')}</h2>
        <HiddenParams params={params} omit={[...filterKeys]} />
        {children}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
            {t('common.applyFilters')}
          </button>
          <Link href={`${path}?${clear.toString()}`} className="text-sm text-brand-700 underline">
            {t('common.clearFilters')}
          </Link>
        </div>
      </AutoSubmitForm>
    </WideOpenDetails>
  );
}
