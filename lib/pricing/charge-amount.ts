import { convert, sum, type Money, type Rates } from '@/lib/money';

/** The agency's own currency, in which an order mixing providers' currencies is charged. */
const AGENCY_CURRENCY = 'AZN';

/**
 * What the card is charged for an order. One currency: exactly its total, in the provider's currency
 * (Agreement 4.3). Several: one card payment can be in one currency only, so the totals are converted
 * into AZN with the rates stored on the order, and the page says so (Agreement 4.6).
 */
export function chargeAmount(totals: readonly Money[], rates: Rates | null): { charge: Money; converted: boolean } {
  if (totals.length === 1) return { charge: totals[0]!, converted: false };
  const parts = totals.map((t) => convert(t, AGENCY_CURRENCY, rates ?? undefined));
  return { charge: sum(parts, AGENCY_CURRENCY), converted: true };
}
