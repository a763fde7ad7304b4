import { describe, expect, it } from 'vitest';
import { evaluatePromo, type PromoCode, type PromoLine } from './evaluate-promo';
import { azn, kzt, RATES, usd } from './test-factories';

const at = new Date('2025-06-01T12:00:00Z');

function promo(overrides: Partial<PromoCode> = {}): PromoCode {
  return {
    code: 'SUMMER10',
    active: true,
    discount: { type: 'PERCENT', percent: 10 },
    kinds: ['FLIGHT', 'HOTEL', 'TRANSFER'],
    validFrom: new Date('2025-06-01T00:00:00Z'),
    validUntil: new Date('2025-08-31T19:59:59.999Z'),
    maxUses: 100,
    timesUsed: 0,
    maxUsesPerCustomer: 1,
    minimumSpend: null,
    maxDiscount: null,
    ...overrides,
  };
}

const flightLine: PromoLine = { kind: 'FLIGHT', providerCost: azn('300') };
const hotelLine: PromoLine = { kind: 'HOTEL', providerCost: azn('400') };
const transferLine: PromoLine = { kind: 'TRANSFER', providerCost: azn('60') };

describe('evaluatePromo (Agreement 7)', () => {
  it.each([
    ['percent off every eligible line', promo(), [flightLine, hotelLine], ['30.00', '40.00']],
    ['only the kinds listed', promo({ kinds: ['HOTEL'] }), [flightLine, hotelLine], ['0.00', '40.00']],
    ['percent rounds half away from zero per line', promo({ discount: { type: 'PERCENT', percent: 12.5 } }), [{ kind: 'HOTEL', providerCost: azn('0.20') }], ['0.03']],
    ['cap splits in proportion to the lines', promo({ maxDiscount: azn('35') }), [flightLine, hotelLine], ['15.00', '20.00']],
    ['a cap not reached changes nothing', promo({ maxDiscount: azn('100') }), [flightLine, hotelLine], ['30.00', '40.00']],
    ['fixed amount split in proportion', promo({ discount: { type: 'FIXED', amount: azn('10') } }), [flightLine, hotelLine, transferLine], ['3.95', '5.26', '0.79']],
    ['fixed amount never above the eligible subtotal', promo({ discount: { type: 'FIXED', amount: azn('100') }, kinds: ['TRANSFER'] }), [flightLine, transferLine], ['0.00', '60.00']],
    ['fixed amount limited by the cap', promo({ discount: { type: 'FIXED', amount: azn('50') }, maxDiscount: azn('20') }), [hotelLine], ['20.00']],
    ['minimum reached exactly', promo({ minimumSpend: azn('700') }), [flightLine, hotelLine], ['30.00', '40.00']],
    ['a line with zero price gets nothing', promo({ discount: { type: 'FIXED', amount: azn('5') } }), [{ kind: 'HOTEL', providerCost: azn('0') }, transferLine], ['0.00', '5.00']],
    ['fixed zero', promo({ discount: { type: 'FIXED', amount: azn('0') } }), [hotelLine], ['0.00']],
  ] as const)('Agreement 7: %s', (_name, code, lines, expected) => {
    const result = evaluatePromo({ promo: code, lines, at, fx: RATES });
    expect(result).toMatchObject({ applicable: true, reason: 'PROMO_APPLIED', clause: 'Agreement 7' });
    expect(result.lineDiscounts.map((d) => (d.amount / 100).toFixed(2))).toEqual(expected);
  });

  it('Agreement 7: largest remainder keeps the split exact, ties to the earlier line', () => {
    const lines: PromoLine[] = [1, 2, 3].map(() => ({ kind: 'HOTEL', providerCost: azn('100') }));
    const result = evaluatePromo({ promo: promo({ discount: { type: 'FIXED', amount: azn('0.10') } }), lines, at });
    expect(result.lineDiscounts.map((d) => d.amount)).toEqual([4, 3, 3]);
    expect(result.totals).toEqual([azn('0.10')]);
  });

  it('Agreement 7: KZT and USD lines under an AZN cap are converted to compare and back to split', () => {
    const lines: PromoLine[] = [
      { kind: 'FLIGHT', providerCost: usd('200') }, // 340.02 AZN at 0.5882
      { kind: 'HOTEL', providerCost: kzt('100000') }, // 337.30 AZN at 296.47
    ];
    const uncapped = evaluatePromo({ promo: promo(), lines, at, fx: RATES });
    expect(uncapped.lineDiscounts).toEqual([usd('20'), kzt('10000')]);
    expect(uncapped.totals).toEqual([usd('20'), kzt('10000')]);

    const capped = evaluatePromo({ promo: promo({ maxDiscount: azn('50') }), lines, at, fx: RATES });
    // 50 AZN split 25.10 / 24.90 by 340.02 : 337.30, then converted into each line's currency.
    expect(capped.lineDiscounts).toEqual([usd('14.76'), kzt('7382.10')]);
  });

  it('Agreement 7: a percentage without money limits needs no rates, whatever the currencies', () => {
    const lines: PromoLine[] = [
      { kind: 'FLIGHT', providerCost: usd('200') },
      { kind: 'HOTEL', providerCost: kzt('100000') },
    ];
    expect(evaluatePromo({ promo: promo(), lines, at }).lineDiscounts).toEqual([usd('20'), kzt('10000')]);
    expect(() => evaluatePromo({ promo: promo({ maxDiscount: azn('10') }), lines, at })).toThrow(
      expect.objectContaining({ code: 'MISSING_RATE' }),
    );
  });

  it.each([
    ['inactive', promo({ active: false }), {}, 'PROMO_INACTIVE'],
    ['1 ms before it starts', promo({ validFrom: new Date(at.getTime() + 1) }), {}, 'PROMO_NOT_STARTED'],
    ['1 ms after it ends', promo({ validUntil: new Date(at.getTime() - 1) }), {}, 'PROMO_EXPIRED'],
    ['all uses taken', promo({ maxUses: 100, timesUsed: 100 }), {}, 'PROMO_USED_UP'],
    ['this customer used it already', promo(), { timesUsedByCustomer: 1 }, 'PROMO_CUSTOMER_LIMIT_REACHED'],
    ['no eligible line', promo({ kinds: ['TRANSFER'] }), {}, 'PROMO_NO_ELIGIBLE_ITEMS'],
    ['eligible subtotal 1 qəpik below the minimum', promo({ minimumSpend: azn('700.01') }), {}, 'PROMO_BELOW_MINIMUM'],
  ] as const)('Agreement 7: %s', (_name, code, extra, reason) => {
    const result = evaluatePromo({ promo: code, lines: [flightLine, hotelLine], at, ...extra });
    expect(result).toEqual({
      applicable: false,
      reason,
      clause: 'Agreement 7',
      lineDiscounts: [azn('0'), azn('0')],
      totals: [azn('0')],
    });
  });

  it.each([
    ['exactly at the start', promo({ validFrom: at })],
    ['exactly at the end', promo({ validUntil: at })],
    ['no use limits', promo({ maxUses: null, maxUsesPerCustomer: null })],
    ['one use left', promo({ maxUses: 100, timesUsed: 99 })],
  ])('Agreement 7: applies %s', (_name, code) => {
    expect(evaluatePromo({ promo: code, lines: [hotelLine], at, timesUsedByCustomer: 0 }).applicable).toBe(true);
  });

  it.each([
    ['a 0 % discount', promo({ discount: { type: 'PERCENT', percent: 0 } })],
    ['a 101 % discount', promo({ discount: { type: 'PERCENT', percent: 101 } })],
    ['a negative fixed amount', promo({ discount: { type: 'FIXED', amount: azn('-1') } })],
    ['limits in two currencies', promo({ minimumSpend: azn('10'), maxDiscount: usd('5') })],
    ['a fractional use count', promo({ timesUsed: 1.5 })],
    ['a negative use limit', promo({ maxUses: -1 })],
  ])('Agreement 7: refuses a code with %s', (_name, code) => {
    expect(() => evaluatePromo({ promo: code, lines: [hotelLine], at })).toThrow(expect.objectContaining({ code: 'INVALID_PROMO' }));
  });

  it('Agreement 7: refuses a negative line and an invalid moment', () => {
    expect(() => evaluatePromo({ promo: promo(), lines: [{ kind: 'HOTEL', providerCost: azn('-1') }], at })).toThrow(
      expect.objectContaining({ code: 'INVALID_LINE' }),
    );
    expect(() => evaluatePromo({ promo: promo({ validFrom: new Date('x') }), lines: [], at })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
