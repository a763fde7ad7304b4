import type { Money } from '@/lib/money';
import { REFERENCE_RATES } from '@/lib/pricing/rates-or-reference';
import { ResultsCache } from '@/lib/inventory/results-cache';
import type { CachedFlightSearch } from '@/lib/inventory/search-flights';
import type { CachedHotelSearch } from '@/lib/inventory/search-hotels';
import { latestDisplayPricing } from '@/lib/pricing/latest-display-pricing';
import { comparableTotal } from '@/lib/pricing/traveller-price';
import type { ItemKind } from '@/lib/rules';
import { localeDisplayCurrency, type DisplayCurrency } from '@/lib/rates/display-currencies';
import type { ResultsPricing } from '@/components/search/price';

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** The query as URLSearchParams, for links that keep it (sort, pages, filters, offers). */
export function toUrlParams(params: SearchParamsRecord): URLSearchParams {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const v of value) q.append(key, v);
    else if (value !== undefined) q.append(key, value);
  }
  return q;
}

/**
 * The display currency of the page's cache key (chosen in the URL, else remembered, else the
 * language's: the proxy resolves it, the cached page never reads a cookie; `none` in links made
 * before issue 20 reads as the language's), the newest rates (Agreement 4.6; the reference rates
 * without stored ones, as checkout prices with) and the fee schedule in force: results show and sort
 * by the traveller's total in that currency.
 */
export async function priceContext(display: DisplayCurrency | null, locale: string): Promise<ResultsPricing> {
  const pricing = await latestDisplayPricing();
  return { ...pricing, displayCurrency: display ?? localeDisplayCurrency(locale) };
}

/** The results order by the figure shown (lib/pricing comparableTotal), named for the results cache. */
export function sortPriceOf(kind: ItemKind, pricing: ResultsPricing): { key: string; amount: (price: Money) => number } {
  return {
    key: `${pricing.displayCurrency}|${pricing.rates.asOf}|${JSON.stringify(pricing.schedule.serviceFee)}`,
    amount: (price) => {
      try {
        return comparableTotal(kind, price, pricing.displayCurrency, pricing);
      } catch {
        return comparableTotal(kind, price, pricing.displayCurrency, { ...pricing, rates: REFERENCE_RATES });
      }
    },
  };
}

/**
 * Per-process caches of search results for the results pages: a search and its filter, sort and
 * page variants run the supplier once a minute. Offer pages and holds always ask the supplier.
 */
export const flightResultsCache = new ResultsCache<Promise<CachedFlightSearch>>(500, 60_000);
export const hotelResultsCache = new ResultsCache<Promise<CachedHotelSearch>>(300, 60_000);
