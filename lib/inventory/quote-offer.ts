/**
 * What an offer costs the traveller in full (Agreement 4.3): the supplier's price lines, then the
 * agency's service fee shown apart (4.4: not refundable), both in the supplier's currency, and the
 * rules item the plain-words terms are generated from.
 */
import type { Money, Rates } from '../money';
import { add } from '../money';
import { computeServiceFee, CURRENT_FEE_SCHEDULE, type FeeSchedule, type Item } from '../rules';
import { CATALOG_REFERENCE_RATES } from './reference-rates';
import type { Offer, PriceLine } from './supplier';
import { toRulesItem } from './to-rules-item';

export type OfferQuote = {
  lines: PriceLine[];
  price: Money;
  serviceFee: Money;
  total: Money;
  item: Item;
};

/**
 * `rates` are the ones checkout will store on the order (the newest stored rates); the catalog's
 * reference rates stand in when none are stored.
 */
export function quoteOffer(offer: Offer, { rates = CATALOG_REFERENCE_RATES, schedule = CURRENT_FEE_SCHEDULE }: { rates?: Rates; schedule?: FeeSchedule } = {}): OfferQuote {
  const price = offer.price.total;
  const serviceFee = computeServiceFee(offer.kind, price, schedule, rates);
  return { lines: offer.price.lines, price, serviceFee, total: add(price, serviceFee), item: toRulesItem(offer, serviceFee) };
}
