import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { Rates } from '@/lib/money';
import { loadLatestRates } from '@/lib/rates/load-rates';
import { ratesOrReference } from './rates-or-reference';

/** The rates a new order is priced with and stores (Agreement 4.6): the newest stored day, or the reference rates. */
export async function loadPricingRates(client: Db | Tx): Promise<Rates> {
  return ratesOrReference(await loadLatestRates(client));
}
