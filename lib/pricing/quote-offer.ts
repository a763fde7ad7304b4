/**
 * What one offer costs the traveller in full, as its offer page shows it (Agreement 4.3): the supplier's
 * price lines, then the agency's service fee shown apart (4.4: not refundable), both in the supplier's
 * currency, and the rules item the plain-words terms are generated from. Checkout prices the same offer
 * with quoteTrip and the same schedule and rates, so the page and the order agree.
 */
import { add, type Money, type Rates } from '@/lib/money';
import { computeServiceFee, CURRENT_FEE_SCHEDULE, type FeeSchedule, type Item } from '@/lib/rules';
import { toRulesItem } from '@/lib/inventory/to-rules-item';
import type { Offer, PriceLine } from '@/lib/inventory/supplier';
import { REFERENCE_RATES } from './rates-or-reference';

export type OfferQuote = {
  lines: PriceLine[];
  price: Money;
  serviceFee: Money;
  total: Money;
  item: Item;
};

/**
 * `rates` are the ones checkout will store on the order (loadPricingRates); the reference rates stand in
 * when none are given.
 */
export function quoteOffer(offer: Offer, { rates = REFERENCE_RATES, schedule = CURRENT_FEE_SCHEDULE }: { rates?: Rates; schedule?: FeeSchedule } = {}): OfferQuote {
  const price = offer.price.total;
  const serviceFee = computeServiceFee(offer.kind, price, schedule, rates);
  return { lines: offer.price.lines, price, serviceFee, total: add(price, serviceFee), item: toRulesItem(offer, serviceFee) };
}
