import 'server-only';
import type { Tx } from '@/lib/db/client';

/**
 * Demo promo codes of the embedded default (Agreement 7), valid for a year from the seed day:
 * WELCOME10 (10 % off any service, once per customer) and HOTEL15 (15 % off hotels from 100 AZN,
 * at most 50 AZN off). Admin management comes with issue 9.
 */
export async function seedDemoPromoCodes(tx: Tx, today = new Date()) {
  const validFrom = new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const validUntil = new Date(validFrom.getTime() + 365 * 86_400_000);
  const { count } = await tx.promoCode.createMany({
    data: [
      { code: 'WELCOME10', discountType: 'PERCENT', percent: '10', kinds: ['FLIGHT', 'HOTEL', 'TRANSFER'], validFrom, validUntil, maxUses: 1000, maxUsesPerCustomer: 1 },
      { code: 'HOTEL15', discountType: 'PERCENT', percent: '15', kinds: ['HOTEL'], validFrom, validUntil, limitCurrency: 'AZN', minimumSpendMinor: 10_000, maxDiscountMinor: 5_000 },
    ],
    skipDuplicates: true,
  });
  return { promoCodes: count };
}
