/**
 * Which exchange rates price an order (Agreement 4.6). Prices are always in the supplier's currency
 * (4.3); rates only convert the AZN amounts of the fee schedule into it, split a promo's AZN limits
 * across currencies (7), and turn a mixed order into one AZN charge. The newest stored day of rates
 * (lib/rates, one table for every supplier) is used whole; only when none has ever been stored do the
 * reference rates stand in, so a fresh installation can still sell. A currency neither set knows is not
 * guessed: converting it throws MoneyError('MISSING_RATE').
 */
import type { Rates } from '@/lib/money';
import { CATALOG_REFERENCE_RATES } from '@/lib/inventory/reference-rates';

/** The agency's fallback rates (base AZN), the same ones search uses to compare offers. */
export const REFERENCE_RATES: Rates = CATALOG_REFERENCE_RATES;

/**
 * The stored rates when there are any, else the reference rates. One set is never patched with another:
 * an order stores the set it was priced with, labelled with that set's date.
 */
export function ratesOrReference(stored: Rates | null | undefined): Rates {
  return stored ?? REFERENCE_RATES;
}
