import { describe, expect, it } from 'vitest';
import { evaluatePromo } from '@/lib/rules';
import { promoCodeFromRow, type PromoCodeRow } from './promo-code-from-row';
import { kzt, NOW, usd } from './test-offers';

const row: PromoCodeRow = {
  code: 'KAZ-10',
  active: true,
  discountType: 'PERCENT',
  percent: { toString: () => '12.50' },
  amountMinor: null,
  limitCurrency: 'KZT',
  kinds: ['HOTEL'],
  validFrom: new Date('2026-11-01T00:00:00Z'),
  validUntil: new Date('2026-12-31T23:59:59Z'),
  maxUses: 100,
  timesUsed: 3,
  maxUsesPerCustomer: 1,
  minimumSpendMinor: 5_000_000,
  maxDiscountMinor: 1_000_000,
};

describe('promoCodeFromRow (Agreement 7)', () => {
  it('reads a percentage code with its limits in the code’s currency', () => {
    expect(promoCodeFromRow(row)).toEqual({
      code: 'KAZ-10',
      active: true,
      discount: { type: 'PERCENT', percent: 12.5 },
      kinds: ['HOTEL'],
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      maxUses: 100,
      timesUsed: 3,
      maxUsesPerCustomer: 1,
      minimumSpend: kzt('50000'),
      maxDiscount: kzt('10000'),
    });
  });

  it('reads a fixed code, in AZN when the row names no currency, without limits', () => {
    const promo = promoCodeFromRow({ ...row, discountType: 'FIXED', percent: null, amountMinor: 1_500, limitCurrency: null, minimumSpendMinor: null, maxDiscountMinor: null, maxUses: null, maxUsesPerCustomer: null });
    expect(promo).toMatchObject({ discount: { type: 'FIXED', amount: { amount: 1_500, currency: 'AZN' } }, minimumSpend: null, maxDiscount: null, maxUses: null });
  });

  it('a code whose percent or amount is missing gives nothing rather than guessing', () => {
    expect(promoCodeFromRow({ ...row, percent: null }).discount).toEqual({ type: 'PERCENT', percent: 0 });
    expect(promoCodeFromRow({ ...row, discountType: 'FIXED', amountMinor: null }).discount).toEqual({ type: 'FIXED', amount: kzt('0') });
  });

  it('the code it reads is the one the rules evaluate', () => {
    const evaluation = evaluatePromo({ promo: promoCodeFromRow(row), lines: [{ kind: 'HOTEL', providerCost: kzt('60000') }, { kind: 'FLIGHT', providerCost: usd('100') }], at: NOW });
    // 12.5 % of 60,000 KZT = 7,500 KZT, under the 10,000 KZT cap; the flight is not eligible
    expect(evaluation.lineDiscounts).toEqual([kzt('7500'), usd('0')]);
  });
});
