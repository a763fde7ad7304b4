import 'server-only';
import { db } from '@/lib/db/client';
import type { Rates } from '@/lib/money';
import { loadLatestRates } from '@/lib/rates/load-rates';
import { ratesOrReference } from './rates-or-reference';

// Rates are stored once a day; reading them on every results page cost more than the search itself
// (two ORM queries, ~25 ms under load), so each server process keeps them for a few minutes
// (one of the per-process caches README lists).
const RATES_TTL_MS = 5 * 60_000;
let ratesCache: { at: number; rates: Promise<Rates> } | undefined;

/** The newest stored rates for indicative amounts on search pages, else the reference rates. */
export function latestDisplayRates(now = Date.now()): Promise<Rates> {
  if (!ratesCache || now - ratesCache.at > RATES_TTL_MS) {
    const rates = loadLatestRates(db)
      .catch(() => null)
      .then(ratesOrReference);
    ratesCache = { at: now, rates };
  }
  return ratesCache.rates;
}
