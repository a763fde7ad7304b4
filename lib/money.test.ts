import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayFractionDigits,
  displayMajorAmount,
  add,
  assertSameCurrency,
  compare,
  convert,
  fromMajor,
  isKnownCurrency,
  isZero,
  max,
  min,
  minorUnitExponent,
  money,
  MoneyError,
  multiplyByPercent,
  nonNegative,
  requireMoney,
  subtract,
  sum,
  toMajorString,
  zero,
  type Rates,
} from './money';

const RATES: Rates = { asOf: '2025-03-01', base: 'AZN', perBase: { USD: '0.5882', KZT: '296.47', JPY: 88.5, KWD: '0.181' } };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof MoneyError ? error.code : `not a MoneyError: ${String(error)}`;
  }
  return undefined;
}

describe('currencies', () => {
  it.each([
    ['AZN', 2],
    ['KZT', 2],
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s has %i minor digits', (currency, exponent) => {
    expect(minorUnitExponent(currency)).toBe(exponent);
    expect(isKnownCurrency(currency)).toBe(true);
  });

  it('refuses unknown codes instead of guessing an exponent', () => {
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('toString')).toBe(false);
    expect(codeOf(() => money(1, 'XYZ'))).toBe('UNKNOWN_CURRENCY');
  });
});

describe('construction', () => {
  it('accepts whole minor units only', () => {
    expect(money(1500, 'AZN')).toEqual({ amount: 1500, currency: 'AZN' });
    expect(codeOf(() => money(1.5, 'AZN'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => money(Number.NaN, 'AZN'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => money(2 ** 53, 'AZN'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => requireMoney({ amount: 0.1, currency: 'USD' }))).toBe('INVALID_AMOUNT');
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(money(-0, 'AZN').amount, 0)).toBe(true);
    expect(zero('KZT')).toEqual({ amount: 0, currency: 'KZT' });
  });

  it.each([
    ['15', 'AZN', 1500],
    ['15.5', 'AZN', 1550],
    ['0.005', 'AZN', 1], // half away from zero
    ['0.00499', 'AZN', 0],
    ['-0.005', 'AZN', -1], // half away from zero, not towards +∞
    ['-12.345', 'USD', -1235],
    ['1234.5', 'JPY', 1235],
    ['1.2345', 'KWD', 1235],
    [' 7 ', 'KZT', 700],
    [12.34, 'USD', 1234],
    [5e-324, 'AZN', 0], // a number JavaScript writes with an exponent
    [-1.5e-2, 'AZN', -2],
  ] as const)('fromMajor(%j, %s) = %i minor units', (value, currency, amount) => {
    expect(fromMajor(value, currency)).toEqual({ amount, currency });
  });

  it.each(['', '1e3', '1,5', '.5', '5.', 'abc', '--1'])('fromMajor refuses %j', (value) => {
    expect(codeOf(() => fromMajor(value, 'AZN'))).toBe('INVALID_AMOUNT');
  });

  it('refuses non-finite numbers', () => {
    expect(codeOf(() => fromMajor(Number.POSITIVE_INFINITY, 'AZN'))).toBe('INVALID_AMOUNT');
  });

  it('refuses amounts beyond the safe integer range', () => {
    expect(codeOf(() => fromMajor('100000000000000000', 'AZN'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => fromMajor('-100000000000000000', 'AZN'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => fromMajor(1e21, 'AZN'))).toBe('INVALID_AMOUNT'); // read as 1e+21, then out of range
  });

  it.each([
    [money(123450, 'AZN'), '1234.50'],
    [money(5, 'USD'), '0.05'],
    [money(-5, 'USD'), '-0.05'],
    [money(0, 'KZT'), '0.00'],
    [money(1235, 'JPY'), '1235'],
    [money(-1, 'KWD'), '-0.001'],
  ])('toMajorString(%j) = %s', (m, text) => {
    expect(toMajorString(m)).toBe(text);
  });
});

describe('arithmetic', () => {
  const a = money(1000, 'AZN');
  const b = money(250, 'AZN');
  const u = money(250, 'USD');

  it('adds, subtracts and sums within one currency', () => {
    expect(add(a, b)).toEqual(money(1250, 'AZN'));
    expect(subtract(b, a)).toEqual(money(-750, 'AZN'));
    expect(sum([a, b, b], 'AZN')).toEqual(money(1500, 'AZN'));
    expect(sum([], 'KZT')).toEqual(zero('KZT'));
  });

  it('refuses to mix currencies', () => {
    expect(codeOf(() => add(a, u))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => subtract(a, u))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => compare(a, u))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => assertSameCurrency(a, u))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => sum([a, u], 'AZN'))).toBe('CURRENCY_MISMATCH');
    expect(() => assertSameCurrency(a, b)).not.toThrow();
  });

  it('compares, picks and floors', () => {
    expect(compare(a, b)).toBe(1);
    expect(compare(b, a)).toBe(-1);
    expect(compare(a, a)).toBe(0);
    expect(min(a, b)).toBe(b);
    expect(max(a, b)).toBe(a);
    expect(nonNegative(money(-1, 'AZN'))).toEqual(zero('AZN'));
    expect(nonNegative(a)).toBe(a);
    expect(isZero(zero('USD'))).toBe(true);
    expect(isZero(a)).toBe(false);
  });

  it.each([
    [1001, 50, 501], // 500.5 → 501
    [1000, 12.5, 125],
    [999, '33.3333', 333],
    [-1001, 50, -501],
    [1234, 0, 0],
    [1234, 100, 1234],
    [100_000, 1e-7, 0], // written "1e-7" by JavaScript, still read exactly
    [100_000, '0.0000005', 0],
  ] as const)('%i × %s %% = %i (half away from zero)', (amount, percent, expected) => {
    expect(multiplyByPercent(money(amount, 'AZN'), percent)).toEqual(money(expected, 'AZN'));
  });

  it('refuses a percentage that is not a decimal', () => {
    expect(codeOf(() => multiplyByPercent(a, Number.NaN))).toBe('INVALID_PERCENT');
    expect(codeOf(() => multiplyByPercent(a, '1e2'))).toBe('INVALID_PERCENT');
  });
});

describe('convert', () => {
  it('returns the same amount without rates when the currency does not change', () => {
    const m = money(1500, 'AZN');
    expect(convert(m, 'AZN')).toBe(m);
  });

  it.each([
    [money(1500, 'AZN'), 'USD', money(882, 'USD')], // 15 × 0.5882 = 8.823
    [money(1500, 'AZN'), 'KZT', money(444705, 'KZT')], // 15 × 296.47 = 4447.05
    [money(882, 'USD'), 'AZN', money(1499, 'AZN')], // 8.82 / 0.5882 = 14.9949
    [money(10000, 'USD'), 'KZT', money(5040292, 'KZT')], // 100 / 0.5882 × 296.47 = 50402.92
    [money(1500, 'AZN'), 'JPY', money(1328, 'JPY')], // 15 × 88.5 = 1327.5 → 1328
    [money(1500, 'AZN'), 'KWD', money(2715, 'KWD')], // 15 × 0.181 = 2.715
    [money(-1500, 'AZN'), 'USD', money(-882, 'USD')],
  ])('%j → %s = %j', (m, to, expected) => {
    expect(convert(m, to, RATES)).toEqual(expected);
  });

  it('throws a coded error for a missing rate, never zero', () => {
    expect(codeOf(() => convert(money(1500, 'AZN'), 'USD'))).toBe('MISSING_RATE');
    expect(codeOf(() => convert(money(1500, 'AZN'), 'EUR', RATES))).toBe('MISSING_RATE');
    expect(codeOf(() => convert(money(1500, 'EUR'), 'AZN', RATES))).toBe('MISSING_RATE');
    expect(codeOf(() => convert(money(1500, 'AZN'), 'XYZ', RATES))).toBe('UNKNOWN_CURRENCY');
  });

  it.each(['0', '-1', 'abc', '1,5', '1e', ''])('throws INVALID_RATE for rate %j', (rate) => {
    const rates: Rates = { asOf: '2025-03-01', base: 'AZN', perBase: { USD: rate } };
    expect(codeOf(() => convert(money(1500, 'AZN'), 'USD', rates))).toBe('INVALID_RATE');
  });

  it('reads rates printed with an exponent, as decimal libraries print tiny values', () => {
    const rates: Rates = { asOf: '2025-03-01', base: 'AZN', perBase: { USD: '5.882E-1', KZT: '2.9647e+2' } };
    expect(convert(money(1500, 'AZN'), 'USD', rates)).toEqual(money(882, 'USD'));
    expect(convert(money(1500, 'AZN'), 'KZT', rates)).toEqual(money(444705, 'KZT'));
  });

  it('works with any base currency', () => {
    const usdBase: Rates = { asOf: '2025-03-01', base: 'USD', perBase: { AZN: '1.7', KZT: '504' } };
    expect(convert(money(1700, 'AZN'), 'KZT', usdBase)).toEqual(money(504000, 'KZT'));
    expect(convert(money(100, 'USD'), 'AZN', usdBase)).toEqual(money(170, 'AZN'));
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: -1e12, max: 1e12 });

  it('subtract undoes add', () => {
    fc.assert(
      fc.property(amount, amount, (x, y) => {
        expect(subtract(add(money(x, 'AZN'), money(y, 'AZN')), money(y, 'AZN'))).toEqual(money(x, 'AZN'));
      }),
    );
  });

  it('conversion is off by at most half a minor unit from the exact value', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 10_000_000 }), (x, rateTimes10k) => {
        const rates: Rates = { asOf: 'x', base: 'AZN', perBase: { USD: (rateTimes10k / 10_000).toFixed(4) } };
        const converted = convert(money(x, 'AZN'), 'USD', rates).amount;
        // exact = x × rate; compare in integers scaled by 2 × 10^4 to stay exact.
        const exactTimes2e4 = 2n * BigInt(x) * BigInt(rateTimes10k);
        const diff = BigInt(converted) * 20_000n - exactTimes2e4;
        expect(diff <= 10_000n && diff >= -10_000n).toBe(true);
      }),
    );
  });

  it('a percentage between 0 and 100 of a non-negative amount stays between 0 and the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 100, noNaN: true }), (x, p) => {
        const part = multiplyByPercent(money(x, 'KZT'), p.toFixed(6)).amount;
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(x);
      }),
    );
  });
});

describe('display digits (issue 20, bug 7)', () => {
  it('keeps minor units internally and shows tenge whole', () => {
    expect(minorUnitExponent('KZT')).toBe(2);
    expect(displayFractionDigits('KZT')).toBe(0);
    expect(displayFractionDigits('AZN')).toBe(2);
    expect(displayFractionDigits('JPY')).toBe(0);
    expect(displayMajorAmount({ amount: 148235, currency: 'KZT' })).toBe(1482);
    expect(displayMajorAmount({ amount: 148250, currency: 'KZT' })).toBe(1483);
    expect(displayMajorAmount({ amount: -148250, currency: 'KZT' })).toBe(-1483);
    expect(displayMajorAmount({ amount: 148235, currency: 'AZN' })).toBe(1482.35);
  });
});
