/**
 * The catalog's reference exchange rates (base AZN, the agency's currency). Prices are always shown
 * and charged in the supplier's currency (Agreement 4.3); these rates only put offers in different
 * currencies on one scale for sorting and the price filter, and preview the service fee, whose
 * amounts the fee schedule sets in AZN, before an order stores its own rates.
 */
import type { Money, Rates } from '../money';
import { convert } from '../money';
import { DEMO_RATES_PER_USD } from './catalog/money';

const perAzn = (currency: keyof typeof DEMO_RATES_PER_USD) => (DEMO_RATES_PER_USD[currency] / DEMO_RATES_PER_USD.AZN).toFixed(6);

export const CATALOG_REFERENCE_RATES: Rates = {
  asOf: '2026-11-01',
  base: 'AZN',
  perBase: { USD: perAzn('USD'), EUR: perAzn('EUR'), KZT: perAzn('KZT') },
};

/** The amount in AZN minor units, for comparing offers priced in different currencies. */
export function comparableAmount(m: Money, rates: Rates = CATALOG_REFERENCE_RATES): number {
  if (m.currency === 'AZN') return m.amount;
  try {
    return convert(m, 'AZN', rates).amount;
  } catch {
    return convert(m, 'AZN', CATALOG_REFERENCE_RATES).amount;
  }
}
