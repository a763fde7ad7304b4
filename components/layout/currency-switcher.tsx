'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { DISPLAY_CURRENCY_PARAM, displayCurrencies } from '@/lib/rates/display-currencies';

/**
 * Choice of the currency for indicative amounts, kept in the URL so it needs no cookie. Works as a
 * plain GET form without JavaScript; with it, changing the select applies at once.
 */
export function CurrencySwitcher() {
  const t = useTranslations('price');
  const pathname = usePathname();
  const router = useRouter();
  const search = useSearchParams();
  const current = search.get(DISPLAY_CURRENCY_PARAM) ?? '';
  const kept = [...search.entries()].filter(([key]) => key !== DISPLAY_CURRENCY_PARAM);

  function apply(value: string) {
    const query = Object.fromEntries(kept);
    if (value) query[DISPLAY_CURRENCY_PARAM] = value;
    router.replace({ pathname, query });
  }

  return (
    <form method="get" className="flex min-w-0 flex-wrap items-center gap-2 text-sm" onSubmit={(e) => {
      e.preventDefault();
      apply(new FormData(e.currentTarget).get(DISPLAY_CURRENCY_PARAM)?.toString() ?? '');
    }}>
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label htmlFor="display-currency" className="text-slate-600">
        {t('displayCurrency')}
      </label>
      <select
        id="display-currency"
        name={DISPLAY_CURRENCY_PARAM}
        defaultValue={current}
        onChange={(e) => apply(e.target.value)}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        <option value="">{t('displayNone')}</option>
        {displayCurrencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded border border-slate-300 px-2 py-1">
          {t('apply')}
        </button>
      </noscript>
    </form>
  );
}
