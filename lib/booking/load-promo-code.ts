import type { Db, Tx } from '@/lib/db/client';
import { blindIndex } from '@/lib/privacy/field-encryption';
import type { PromoCode } from '@/lib/rules';

export type StoredPromo = { id: string; promo: PromoCode };

/** A promo code by its text (any case), in the shape lib/rules evaluates; null if there is none. */
export async function loadPromoCode(client: Db | Tx, code: string): Promise<StoredPromo | null> {
  const row = await client.promoCode.findUnique({ where: { code: code.trim().toUpperCase() } });
  if (!row) return null;
  const currency = row.limitCurrency ?? 'AZN';
  const money = (amount: number | null) => (amount === null ? null : { amount, currency });
  return {
    id: row.id,
    promo: {
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
    },
  };
}

/** The key promo uses are counted by: the account, or a blind index of the contact email for guests. */
export function promoCustomerKey(userId: string | null, email: string | null): string | null {
  if (userId) return `user:${userId}`;
  if (email) return `email:${blindIndex(email.trim().toLowerCase())}`;
  return null;
}

/** Earlier uses of a code by this customer, in orders that still stand. */
export async function countPromoUses(client: Db | Tx, promoCodeId: string, customerKey: string | null): Promise<number> {
  if (!customerKey) return 0;
  return client.promoRedemption.count({ where: { promoCodeId, customerKey, voidedAt: null } });
}
