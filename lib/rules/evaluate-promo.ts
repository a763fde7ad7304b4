/**
 * Promo codes (Agreement 7): a discount on the travel services of an order, within the code's limits.
 *
 * Decisions:
 * - The discount reduces the provider's price of eligible lines only. The service fee is never
 *   discounted, as it is the agency's non-refundable charge (Agreement 4.4).
 * - Limits are checked in this order, first failure wins: active, not before `validFrom`, not after
 *   `validUntil` (both instants included), total uses, uses by this customer, eligible kinds, minimum
 *   spend. A guest's earlier uses are counted by the caller (by email); none given counts as zero.
 * - The minimum and the cap compare with the eligible subtotal before discount.
 * - Money limits of a code (fixed amount, minimum, cap) share one currency. Lines in other currencies are
 *   converted into it with `fx` to compare and to split a fixed or capped discount in proportion to each
 *   line's price (largest remainder, so the shares add up exactly); each share is converted back into its
 *   line's currency and never exceeds the line.
 * - A percentage without a cap is taken from each line in its own currency, so it needs no rates.
 */
import {
  compare,
  convert,
  min,
  money,
  multiplyByPercent,
  requireMoney,
  sum,
  zero,
  type Money,
  type Rates,
} from '../money';
import { RulesError } from './errors';
import { requireInstant } from './instants';
import type { ReasonCode } from './reasons';
import { totalsByCurrency } from './totals-by-currency';
import type { ItemKind } from './types';

export type PromoDiscount = { type: 'PERCENT'; percent: number } | { type: 'FIXED'; amount: Money };

export type PromoCode = {
  code: string;
  active: boolean;
  discount: PromoDiscount;
  /** Product kinds the discount applies to. */
  kinds: readonly ItemKind[];
  validFrom: Date;
  validUntil: Date;
  /** Total uses allowed across all customers; null for no limit. */
  maxUses: number | null;
  timesUsed: number;
  /** Uses allowed per customer; null for no limit. */
  maxUsesPerCustomer: number | null;
  /** Minimum eligible subtotal; null for none. */
  minimumSpend: Money | null;
  /** Largest discount the code can give; null for no cap. */
  maxDiscount: Money | null;
};

export type PromoLine = { kind: ItemKind; providerCost: Money };

export type EvaluatePromoInput = {
  promo: PromoCode;
  lines: readonly PromoLine[];
  at: Date;
  timesUsedByCustomer?: number;
  fx?: Rates;
};

export type PromoReason = Extract<
  ReasonCode,
  | 'PROMO_APPLIED'
  | 'PROMO_INACTIVE'
  | 'PROMO_NOT_STARTED'
  | 'PROMO_EXPIRED'
  | 'PROMO_USED_UP'
  | 'PROMO_CUSTOMER_LIMIT_REACHED'
  | 'PROMO_NO_ELIGIBLE_ITEMS'
  | 'PROMO_BELOW_MINIMUM'
>;

export type PromoEvaluation = {
  applicable: boolean;
  reason: PromoReason;
  clause: string;
  /** Discount per input line, in that line's currency; zero for ineligible lines or when not applicable. */
  lineDiscounts: Money[];
  /** Discount per currency. */
  totals: Money[];
};

/**
 * @example
 * evaluatePromo({ promo, lines: [{ kind: 'HOTEL', providerCost: money(40000, 'AZN') }], at: new Date() })
 * // → { applicable: true, reason: 'PROMO_APPLIED', lineDiscounts: [{ amount: 4000, currency: 'AZN' }], ... }
 */
export function evaluatePromo(input: EvaluatePromoInput): PromoEvaluation {
  const { promo, lines, fx } = input;
  const atMs = requireInstant(input.at, 'at');
  const limitCurrency = requireValidPromo(promo);
  const prices = lines.map((line) => requireLinePrice(line.providerCost));
  const none = prices.map((p) => zero(p.currency));
  const result = (reason: PromoReason, lineDiscounts: Money[] = none): PromoEvaluation => ({
    applicable: reason === 'PROMO_APPLIED',
    reason,
    clause: 'Agreement 7',
    lineDiscounts,
    totals: totalsByCurrency(lineDiscounts),
  });

  if (!promo.active) return result('PROMO_INACTIVE');
  if (atMs < promo.validFrom.getTime()) return result('PROMO_NOT_STARTED');
  if (atMs > promo.validUntil.getTime()) return result('PROMO_EXPIRED');
  if (promo.maxUses !== null && promo.timesUsed >= promo.maxUses) return result('PROMO_USED_UP');
  if (promo.maxUsesPerCustomer !== null && (input.timesUsedByCustomer ?? 0) >= promo.maxUsesPerCustomer) {
    return result('PROMO_CUSTOMER_LIMIT_REACHED');
  }
  const eligible = lines.flatMap((line, index) => (promo.kinds.includes(line.kind) ? [index] : []));
  if (eligible.length === 0) return result('PROMO_NO_ELIGIBLE_ITEMS');

  const priceAt = (index: number) => prices[index] as Money;
  // A code without money limits never compares or splits, so any currency would do for it.
  const reference = limitCurrency ?? priceAt(eligible[0] as number).currency;
  const inReference = (m: Money) => convert(m, reference, fx);
  const subtotal = () => sum(eligible.map((i) => inReference(priceAt(i))), reference);

  if (promo.minimumSpend && compare(subtotal(), promo.minimumSpend) < 0) return result('PROMO_BELOW_MINIMUM');

  const discounts = [...none];
  const split = (total: Money) => {
    const weights = eligible.map((i) => inReference(priceAt(i)).amount);
    largestRemainder(total.amount, weights).forEach((share, k) => {
      const index = eligible[k] as number;
      const price = priceAt(index);
      discounts[index] = min(convert(money(share, total.currency), price.currency, fx), price);
    });
  };

  if (promo.discount.type === 'PERCENT') {
    const { percent } = promo.discount;
    for (const i of eligible) discounts[i] = multiplyByPercent(priceAt(i), percent);
    if (promo.maxDiscount) {
      const given = sum(eligible.map((i) => inReference(discounts[i] as Money)), reference);
      if (compare(given, promo.maxDiscount) > 0) split(promo.maxDiscount);
    }
  } else {
    const cap = promo.maxDiscount ? min(promo.discount.amount, promo.maxDiscount) : promo.discount.amount;
    split(min(cap, subtotal()));
  }
  return result('PROMO_APPLIED', discounts);
}

/** Splits `total` in proportion to `weights`; shares add up to `total` exactly, ties go to the earlier line. */
function largestRemainder(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || weightSum === 0) return weights.map(() => 0);
  const t = BigInt(total);
  const w = BigInt(weightSum);
  const exact = weights.map((weight) => ({ floor: (t * BigInt(weight)) / w, rest: (t * BigInt(weight)) % w }));
  const shares = exact.map((e) => Number(e.floor));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, index) => ({ rest: e.rest, index }))
    .sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] as number) + 1;
    left -= 1;
  }
  return shares;
}

function requireLinePrice(value: Money): Money {
  const price = requireMoney(value);
  if (price.amount < 0) throw new RulesError('INVALID_LINE', 'a line price is negative');
  return price;
}

/** Returns the currency of the code's money limits, or null when it has none. */
function requireValidPromo(promo: PromoCode): string | null {
  const invalid = (message: string) => new RulesError('INVALID_PROMO', `${promo.code}: ${message}`);
  requireInstant(promo.validFrom, 'validFrom');
  requireInstant(promo.validUntil, 'validUntil');
  if (promo.discount.type === 'PERCENT') {
    const { percent } = promo.discount;
    if (!(percent > 0 && percent <= 100)) throw invalid(`discount ${percent} % is out of range`);
  }
  const limits = [
    promo.discount.type === 'FIXED' ? promo.discount.amount : null,
    promo.minimumSpend,
    promo.maxDiscount,
  ].flatMap((m) => (m ? [requireMoney(m)] : []));
  if (limits.some((m) => m.amount < 0)) throw invalid('a money limit is negative');
  const currencies = new Set(limits.map((m) => m.currency));
  if (currencies.size > 1) throw invalid(`money limits mix ${[...currencies].join(', ')}`);
  for (const count of [promo.maxUses, promo.timesUsed, promo.maxUsesPerCustomer]) {
    if (count !== null && !(Number.isSafeInteger(count) && count >= 0)) throw invalid(`use count ${count} is invalid`);
  }
  return limits[0]?.currency ?? null;
}
