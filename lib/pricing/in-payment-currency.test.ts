import { describe, expect, it } from 'vitest';
import { inPaymentCurrency } from './in-payment-currency';
import { azn, kzt, RATES, usd } from './test-offers';

describe('inPaymentCurrency (Agreement 4.6, 6.5)', () => {
  it('leaves an amount in the payment’s own currency as it is, rates or not', () => {
    expect(inPaymentCurrency(usd('12.34'), { currency: 'USD', rates: undefined })).toEqual(usd('12.34'));
  });

  it('converts with the rates stored on the order', () => {
    expect(inPaymentCurrency(kzt('3000'), { currency: 'AZN', rates: RATES })).toEqual(azn('15'));
    expect(inPaymentCurrency(azn('15'), { currency: 'USD', rates: RATES })).toEqual(usd('7.50'));
    expect(inPaymentCurrency(kzt('3000'), { currency: 'USD', rates: RATES })).toEqual(usd('7.50'));
  });

  it('an order without stored rates cannot convert, and says so', () => {
    expect(() => inPaymentCurrency(kzt('3000'), { currency: 'AZN', rates: undefined })).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
  });
});
