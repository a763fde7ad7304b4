import type { Rates } from '@/lib/money';
import { ResultsCache } from '@/lib/inventory/results-cache';
import type { CachedFlightSearch } from '@/lib/inventory/search-flights';
import type { CachedHotelSearch } from '@/lib/inventory/search-hotels';
import { latestDisplayRates } from '@/lib/pricing/latest-display-rates';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';

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
 * The display currency of the page's cache key (chosen in the URL, else remembered: the proxy
 * resolves it, the cached page never reads a cookie) and the newest rates for indicative amounts and
 * the service fee (Agreement 4.6). Without stored rates, the reference rates (lib/pricing
 * ratesOrReference), as checkout prices with.
 */
export async function priceContext(displayCurrency: DisplayCurrency | null): Promise<{ displayCurrency: DisplayCurrency | null; rates: Rates }> {
  return { displayCurrency, rates: await latestDisplayRates() };
}

/**
 * Per-process caches of search results for the results pages: a search and its filter, sort and
 * page variants run the supplier once a minute. Offer pages and holds always ask the supplier.
 */
export const flightResultsCache = new ResultsCache<Promise<CachedFlightSearch>>(500, 60_000);
export const hotelResultsCache = new ResultsCache<Promise<CachedHotelSearch>>(300, 60_000);
