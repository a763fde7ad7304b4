import { describe, expect, it } from 'vitest';
import { priceBreakdown } from './price-breakdown';
import { azn, kzt, usd } from './test-factories';

describe('priceBreakdown (Agreement 4.3, 4.4)', () => {
  it('Agreement 4.3: provider cost, discount and service fee per line; totals per currency in order of appearance', () => {
    const result = priceBreakdown([
      { kind: 'FLIGHT', providerCost: usd('200'), serviceFee: usd('6') },
      { kind: 'HOTEL', providerCost: azn('400'), serviceFee: azn('12'), discount: azn('40') },
      { kind: 'TRANSFER', providerCost: azn('60'), serviceFee: azn('5') },
      { kind: 'HOTEL', providerCost: kzt('100000'), serviceFee: kzt('3000') },
    ]);
    expect(result.lines[1]).toEqual({
      kind: 'HOTEL',
      providerCost: azn('400'),
      discount: azn('40'),
      price: azn('360'),
      serviceFee: azn('12'),
      total: azn('372'),
    });
    expect(result.lines[0]?.discount).toEqual(usd('0'));
    expect(result.totals).toEqual([
      { currency: 'USD', providerCost: usd('200'), discount: usd('0'), price: usd('200'), serviceFee: usd('6'), total: usd('206') },
      { currency: 'AZN', providerCost: azn('460'), discount: azn('40'), price: azn('420'), serviceFee: azn('17'), total: azn('437') },
      { currency: 'KZT', providerCost: kzt('100000'), discount: kzt('0'), price: kzt('100000'), serviceFee: kzt('3000'), total: kzt('103000') },
    ]);
    expect(result).toMatchObject({ serviceFeeRefundable: false, clause: 'Agreement 4.3' });
  });

  it('Agreement 4.3: an empty order has no totals', () => {
    expect(priceBreakdown([]).totals).toEqual([]);
  });

  it.each([
    ['a negative provider cost', { kind: 'FLIGHT', providerCost: azn('-1'), serviceFee: azn('0') }],
    ['a negative fee', { kind: 'FLIGHT', providerCost: azn('1'), serviceFee: azn('-1') }],
    ['a fee in another currency', { kind: 'FLIGHT', providerCost: azn('1'), serviceFee: usd('1') }],
    ['a discount in another currency', { kind: 'FLIGHT', providerCost: azn('1'), serviceFee: azn('1'), discount: kzt('1') }],
    ['a discount above the cost', { kind: 'FLIGHT', providerCost: azn('1'), serviceFee: azn('1'), discount: azn('2') }],
  ] as const)('Agreement 4.3: refuses %s', (_name, line) => {
    expect(() => priceBreakdown([line])).toThrow(expect.objectContaining({ code: 'INVALID_LINE' }));
  });
});
