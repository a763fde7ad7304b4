import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { WideOpenDetails } from './wide-open-details';

/**
 * Once results show, phones fold the search form behind "Change search" so the first result is on
 * the first screen (the results heading says what was searched); wide screens always show it.
 */
export async function SearchFormToggle({ locale, collapsed, children }: { locale: Locale; collapsed: boolean; children: ReactNode }) {
  if (!collapsed) return children;
  const t = await getTranslations({ locale, namespace: 'search.common' });
  return (
    <WideOpenDetails summary={t('changeSearch')} className="rounded-xl border border-slate-200 bg-white lg:border-0 lg:bg-transparent" summaryClassName="cursor-pointer rounded-xl px-4 py-2 font-semibold text-brand-800">
      {children}
    </WideOpenDetails>
  );
}
