import type { PromoCode } from '@/lib/rules';

/** A promo_codes row as stored (Decimal percent, amounts in minor units of `limitCurrency`). */
export type PromoCodeRow = {
  code: string;
  active: boolean;
  discountType: 'PERCENT' | 'FIXED';
  percent: { toString(): string } | null;
  amountMinor: number | null;
  limitCurrency: string | null;
  kinds: readonly PromoCode['kinds'][number][];
  validFrom: Date;
  validUntil: Date;
  maxUses: number | null;
  timesUsed: number;
  maxUsesPerCustomer: number | null;
  minimumSpendMinor: number | null;
  maxDiscountMinor: number | null;
};

/**
 * A stored code in the shape lib/rules evaluates (Agreement 7). Its money limits share one currency, AZN
 * when the row names none (codes made before codes had a currency); a percent is read from its decimal
 * text, never through a binary float on the way in.
 */
export function promoCodeFromRow(row: PromoCodeRow): PromoCode {
  const currency = row.limitCurrency ?? 'AZN';
  const money = (amount: number | null) => (amount === null ? null : { amount, currency });
  return {
    code: row.code,
    active: row.active,
    discount:
      row.discountType === 'PERCENT'
        ? { type: 'PERCENT', percent: Number(row.percent?.toString() ?? '0') }
        : { type: 'FIXED', amount: { amount: row.amountMinor ?? 0, currency } },
    kinds: row.kinds,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    maxUses: row.maxUses,
    timesUsed: row.timesUsed,
    maxUsesPerCustomer: row.maxUsesPerCustomer,
    minimumSpend: money(row.minimumSpendMinor),
    maxDiscount: money(row.maxDiscountMinor),
  };
}
