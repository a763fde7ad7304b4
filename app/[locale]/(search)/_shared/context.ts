import { db } from '@/lib/db/client';
import type { Rates } from '@/lib/money';
import { ResultsCache } from '@/lib/inventory/results-cache';
import type { FlightCard } from '@/lib/inventory/search-flights';
import type { HotelOffer } from '@/lib/inventory/supplier';
import { loadLatestRates } from '@/lib/rates/load-rates';
import { ratesOrReference } from '@/lib/pricing/rates-or-reference';
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

// Rates are stored once a day; reading them on every results page cost more than the search itself
// (two ORM queries, ~25 ms under load), so each server process keeps them for a few minutes.
const RATES_TTL_MS = 5 * 60_000;
let ratesCache: { at: number; rates: Promise<Rates> } | undefined;

function latestRates(): Promise<Rates> {
  const now = Date.now();
  if (!ratesCache || now - ratesCache.at > RATES_TTL_MS) {
    const rates = loadLatestRates(db)
      .catch(() => null)
      .then(ratesOrReference);
    ratesCache = { at: now, rates };
  }
  return ratesCache.rates;
}

/**
 * The display currency of the page's cache key (chosen in the URL, else remembered: the proxy
 * resolves it, the cached page never reads a cookie) and the newest rates for indicative amounts and
 * the service fee (Agreement 4.6). Without stored rates, the reference rates (lib/pricing
 * ratesOrReference), as checkout prices with.
 */
export async function priceContext(displayCurrency: DisplayCurrency | null): Promise<{ displayCurrency: DisplayCurrency | null; rates: Rates }> {
  return { displayCurrency, rates: await latestRates() };
}

/**
 * Per-process caches of search results for the results pages: a search and its filter, sort and
 * page variants run the supplier once a minute. Offer pages and holds always ask the supplier.
 */
export const flightResultsCache = new ResultsCache<Promise<FlightCard[]>>(500, 60_000);
export const hotelResultsCache = new ResultsCache<Promise<HotelOffer[]>>(300, 60_000);
