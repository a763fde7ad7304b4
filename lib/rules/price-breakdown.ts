import { add, requireMoney, subtract, zero, type Money } from '../money';
import { RulesError } from './errors';
import type { ItemKind } from './types';

export type PriceLineInput = {
  kind: ItemKind;
  /** The provider's price, in the provider's currency (Agreement 4.3.1). */
  providerCost: Money;
  /** The agency's service fee for the line, in the same currency (Agreement 4.3.2). */
  serviceFee: Money;
  /** Promo discount on the provider's price, from `evaluatePromo`. */
  discount?: Money;
};

export type PriceLine = {
  kind: ItemKind;
  providerCost: Money;
  discount: Money;
  /** Provider cost minus discount: what the traveller pays for the service; store it as the item's `price`. */
  price: Money;
  serviceFee: Money;
  total: Money;
};

export type CurrencyTotals = {
  currency: string;
  providerCost: Money;
  discount: Money;
  price: Money;
  serviceFee: Money;
  total: Money;
};

export type PriceBreakdown = {
  lines: PriceLine[];
  /** One entry per currency, in order of first appearance: an order can mix providers' currencies. */
  totals: CurrencyTotals[];
  /** The service fee is shown apart and is not refundable (Agreement 4.4, 6.4). */
  serviceFeeRefundable: false;
  clause: string;
};

/**
 * The price of an order as the last booking step shows it (Agreement 4.3): for each line the provider's
 * cost, any discount, and the service fee shown separately, then totals per currency. Amounts in different
 * currencies are never added together; the card's own conversion is the bank's (Agreement 4.6).
 */
export function priceBreakdown(input: readonly PriceLineInput[]): PriceBreakdown {
  const lines = input.map(requireLine);
  const totals = new Map<string, CurrencyTotals>();
  for (const line of lines) {
    const currency = line.price.currency;
    const none = zero(currency);
    const t = totals.get(currency) ?? {
      currency,
      providerCost: none,
      discount: none,
      price: none,
      serviceFee: none,
      total: none,
    };
    totals.set(currency, {
      currency,
      providerCost: add(t.providerCost, line.providerCost),
      discount: add(t.discount, line.discount),
      price: add(t.price, line.price),
      serviceFee: add(t.serviceFee, line.serviceFee),
      total: add(t.total, line.total),
    });
  }
  return { lines, totals: [...totals.values()], serviceFeeRefundable: false, clause: 'Agreement 4.3' };
}

function requireLine(line: PriceLineInput, index: number): PriceLine {
  const invalid = (message: string) => new RulesError('INVALID_LINE', `line ${index}: ${message}`);
  const providerCost = requireMoney(line.providerCost);
  const currency = providerCost.currency;
  const serviceFee = requireMoney(line.serviceFee);
  const discount = line.discount ? requireMoney(line.discount) : zero(currency);
  for (const [name, m] of [['provider cost', providerCost], ['service fee', serviceFee], ['discount', discount]] as const) {
    if (m.amount < 0) throw invalid(`${name} is negative`);
    if (m.currency !== currency) throw invalid(`${name} is in ${m.currency}, the provider cost in ${currency}`);
  }
  if (discount.amount > providerCost.amount) throw invalid('discount exceeds the provider cost');
  const price = subtract(providerCost, discount);
  return { kind: line.kind, providerCost, discount, price, serviceFee, total: add(price, serviceFee) };
}
