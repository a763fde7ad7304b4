'use client';

import { useSyncExternalStore } from 'react';
import { Select } from '@/components/forms/field';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { DISPLAY_CURRENCY_PARAM, displayCurrencies, isDisplayCurrency } from '@/lib/rates/display-currencies';
import { readRememberedDisplayCurrency, rememberDisplayCurrency } from '@/lib/privacy/cookie-consent-client';

const noSubscription = () => () => undefined;
const readRemembered = () => readRememberedDisplayCurrency() ?? '';

/**
 * Choice of the display currency, kept in the URL so it needs no cookie, and remembered for the next
 * pages in the preference cookie when the visitor allowed preference cookies (the banner's promise;
 * the proxy puts the remembered one in a cached page's key, issue 20 bug 6). Works as a plain GET
 * form without JavaScript; with it, changing the select applies at once. Its words come
 * from the server as props: no messages provider on public pages (issue 19, point 5).
 */
export function CurrencySwitcher({ labels }: { labels: { displayCurrency: string; displayNone: string; apply: string } }) {
  const pathname = usePathname();
  const router = useRouter();
  const search = useSearchParams();
  const fromUrl = search.get(DISPLAY_CURRENCY_PARAM) ?? '';
  // The remembered choice is read in the browser only: the footer is part of every cached page.
  const remembered = useSyncExternalStore(noSubscription, readRemembered, () => '');
  const current = fromUrl || remembered;
  const kept = [...search.entries()].filter(([key]) => key !== DISPLAY_CURRENCY_PARAM);

  function apply(value: string) {
    rememberDisplayCurrency(isDisplayCurrency(value) ? value : null);
    const query = new URLSearchParams(kept);
    if (value) query.set(DISPLAY_CURRENCY_PARAM, value);
    const search = query.toString();
    router.replace(search ? `${pathname}?${search}` : pathname);
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
        {labels.displayCurrency}
      </label>
      <Select
        id="display-currency"
        name={DISPLAY_CURRENCY_PARAM}
        key={current}
        defaultValue={current}
        onChange={(e) => apply(e.target.value)}
        className="py-1 text-sm"
      >
        <option value="">{labels.displayNone}</option>
        {displayCurrencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Select>
      <noscript>
        <button type="submit" className="rounded border border-slate-300 px-2 py-1">
          {labels.apply}
        </button>
      </noscript>
    </form>
  );
}
