/**
 * The price and rules of a set of offers as the last booking step shows them, computed by lib/rules:
 * provider cost in the provider's currency, promo discount, service fee apart (Agreement 4.3, 4.4),
 * totals per currency, and each line's rules in plain words (Agreement 4.7, 6.1–6.4). Pure: the page
 * and placeOrder call it with the same inputs, so what is shown is what is charged.
 */
import type { Rates } from '@/lib/money';
import {
  computeServiceFee,
  describeItemRules,
  evaluatePromo,
  priceBreakdown,
  type FeeSchedule,
  type MessageDescriptor,
  type PriceBreakdown,
  type PromoCode,
  type PromoEvaluation,
} from '@/lib/rules';
import type { Offer } from '@/lib/inventory/supplier';
import { toRulesItem } from './offer-facts';

export type QuoteTripInput = {
  offers: readonly Offer[];
  schedule: FeeSchedule;
  rates: Rates | null;
  promo: PromoCode | null;
  timesUsedByCustomer?: number;
  at: Date;
};

export type TripQuote = {
  breakdown: PriceBreakdown;
  /** null when no code was entered */
  promo: PromoEvaluation | null;
  /** per offer, the rules in plain words as `rules` catalog descriptors */
  rules: MessageDescriptor[][];
};

export function quoteTrip({ offers, schedule, rates, promo, timesUsedByCustomer, at }: QuoteTripInput): TripQuote {
  const fx = rates ?? undefined;
  const costs = offers.map((offer) => ({ kind: offer.kind, providerCost: offer.price.total }));
  const evaluation = promo ? evaluatePromo({ promo, lines: costs, at, timesUsedByCustomer, fx }) : null;
  const breakdown = priceBreakdown(
    costs.map((line, index) => ({
      ...line,
      serviceFee: computeServiceFee(line.kind, line.providerCost, schedule, fx),
      discount: evaluation?.applicable ? evaluation.lineDiscounts[index] : undefined,
    })),
  );
  const rules = offers.map((offer, index) => {
    const line = breakdown.lines[index]!;
    return describeItemRules(toRulesItem(offer, line.price, line.serviceFee), undefined, { fx, schedule });
  });
  return { breakdown, promo: evaluation, rules };
}
