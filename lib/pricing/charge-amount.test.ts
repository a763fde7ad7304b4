import { describe, expect, it } from 'vitest';
import { chargeAmount } from './charge-amount';

const rates = { asOf: '2026-11-23', base: 'AZN', perBase: { USD: '0.5', EUR: '0.25' } };

describe('chargeAmount (Agreement 4.3, 4.6)', () => {
  it('charges a one-currency order exactly in that currency', () => {
    expect(chargeAmount([{ amount: 12_345, currency: 'EUR' }], rates)).toEqual({ charge: { amount: 12_345, currency: 'EUR' }, converted: false });
  });
  it('converts a mixed order into AZN at the order rates', () => {
    expect(chargeAmount([{ amount: 10_000, currency: 'AZN' }, { amount: 1_000, currency: 'USD' }, { amount: 100, currency: 'EUR' }], rates)).toEqual({
      charge: { amount: 10_000 + 2_000 + 400, currency: 'AZN' },
      converted: true,
    });
  });
  it('refuses to guess a missing rate', () => {
    expect(() => chargeAmount([{ amount: 1, currency: 'AZN' }, { amount: 1, currency: 'KZT' }], rates)).toThrow(/MISSING_RATE/);
    expect(() => chargeAmount([{ amount: 1, currency: 'AZN' }, { amount: 1, currency: 'USD' }], null)).toThrow(/MISSING_RATE/);
  });
  it('charges a one-currency order without any rates', () => {
    expect(chargeAmount([{ amount: 5_000, currency: 'KZT' }], null)).toEqual({ charge: { amount: 5_000, currency: 'KZT' }, converted: false });
  });
});
