import { describe, expect, it } from 'vitest';
import { refundAmount } from './refund-amount';
import { azn, kzt, RATES, usd } from './test-offers';

const basis = { currency: 'AZN', rates: RATES, paidMinor: 100_000, refundedMinor: 0, reservedMinor: 0 };

describe('refundAmount (Agreement 6.5: to the original payment method, never more than it took)', () => {
  it('converts each item’s refund into the payment’s currency at the order’s rates and adds them up', () => {
    // 100 USD at 0.5 + 20,000 KZT at 200 + 50 AZN
    expect(refundAmount({ refunds: [usd('100'), kzt('20000'), azn('50')], basis })).toEqual({
      refund: azn('350'),
      uncapped: azn('350'),
      available: azn('1000'),
      capped: false,
    });
  });

  it('caps at what was paid less what went back, is on its way or is already approved', () => {
    const result = refundAmount({ refunds: [azn('700')], basis: { ...basis, refundedMinor: 20_000, reservedMinor: 30_000 } });
    expect(result).toEqual({ refund: azn('500'), uncapped: azn('700'), available: azn('500'), capped: true });
  });

  it('gives nothing once everything went back, and never a negative amount', () => {
    expect(refundAmount({ refunds: [azn('10')], basis: { ...basis, refundedMinor: 90_000, reservedMinor: 20_000 } })).toMatchObject({ refund: azn('0'), available: azn('0'), capped: true });
    expect(refundAmount({ refunds: [], basis })).toMatchObject({ refund: azn('0'), capped: false });
  });

  it('needs the order’s rates for a refund in another currency', () => {
    expect(() => refundAmount({ refunds: [usd('1')], basis: { ...basis, rates: undefined } })).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
  });
});
