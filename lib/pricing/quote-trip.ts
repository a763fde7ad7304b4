/**
 * The price and rules of a set of offers as the last booking step shows them and the order stores them,
 * computed by lib/rules: provider cost in the provider's currency, the promo discount on eligible lines
 * (Agreement 7), the service fee apart and never discounted (4.3, 4.4), totals per currency, the amount
 * the card is charged (4.6), and each line's rules in plain words (4.7, 6.1–6.4). Pure: the checkout page,
 * the promo form and placeOrder call it with the same inputs, so what is shown is what is charged.
 *
 * Supplier-neutral: it reads only what every supplier's offer carries (kind, total price in the
 * supplier's currency, the rules item), so offers of several suppliers and currencies mix in one quote.
 */
import type { Money, Rates } from '@/lib/money';
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
import { chargeAmount } from './charge-amount';
import { pricedRulesItem } from './priced-rules-item';

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
  /** what the card is charged: the one currency's total, or every total in AZN at `rates` (Agreement 4.6) */
  charge: Money;
  /** true when the charge was converted into AZN (the page says so, with the rates' date) */
  converted: boolean;
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
    return describeItemRules(pricedRulesItem(offer, line.price, line.serviceFee), undefined, { fx, schedule });
  });
  const { charge, converted } = chargeAmount(
    breakdown.totals.map((t) => t.total),
    rates,
  );
  return { breakdown, promo: evaluation, rules, charge, converted };
}
