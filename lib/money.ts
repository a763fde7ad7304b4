/**
 * Money as integer minor units plus an ISO 4217 code. Never floats for a stored amount.
 *
 * Rounding: every operation that can produce a fraction of a minor unit (percentages, currency
 * conversion, parsing "12.345") rounds once, at the end, half away from zero: 0.5 → 1, -0.5 → -1,
 * 2.4999 → 2. The intermediate arithmetic is exact (BigInt fractions), so the result does not depend on
 * binary floating point.
 *
 * Rates: see {@link Rates}. Converting between two different currencies without a rate for each of
 * them throws `MoneyError('MISSING_RATE')`; it never silently yields zero.
 *
 * Pure: no I/O, no clock, safe on the client and the server.
 */

export type Money = { amount: number; currency: string };

export type MoneyErrorCode =
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'MISSING_RATE'
  | 'INVALID_RATE'
  | 'INVALID_PERCENT';

export class MoneyError extends Error {
  readonly code: MoneyErrorCode;
  constructor(code: MoneyErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'MoneyError';
    this.code = code;
  }
}

/**
 * Exchange rates as decimal strings (or numbers, read through their shortest decimal form), each the
 * number of units of a currency that one unit of `base` buys. The base's own rate is 1 and may be left
 * out. Decimal strings are preferred because a rate is a decimal quantity, not a binary float.
 *
 * @example
 * const rates: Rates = {
 *   asOf: '2025-03-01',                         // the rate day stored with the order
 *   base: 'AZN',
 *   perBase: { USD: '0.5882', KZT: '296.47', EUR: '0.5650' }, // 1 AZN = 0.5882 USD = 296.47 KZT
 * };
 * convert(fromMajor('15', 'AZN'), 'KZT', rates) // → { amount: 444705, currency: 'KZT' } (4,447.05 KZT)
 */
export type Rates = {
  asOf: string;
  base: string;
  perBase: Readonly<Record<string, string | number>>;
};

/**
 * Digits after the decimal point (ISO 4217 minor unit) for the currencies the agency sells in or is
 * likely to quote. Unknown codes are refused rather than guessed, because a wrong exponent is a
 * factor-of-100 error.
 */
const MINOR_UNIT_EXPONENT: Readonly<Record<string, number>> = {
  AZN: 2,
  KZT: 2,
  USD: 2,
  EUR: 2,
  RUB: 2,
  GEL: 2,
  TRY: 2,
  GBP: 2,
  UZS: 2,
  KGS: 2,
  AED: 2,
  CNY: 2,
  JPY: 0,
  KWD: 3,
};

export function isKnownCurrency(currency: string): boolean {
  return Object.hasOwn(MINOR_UNIT_EXPONENT, currency);
}

export function minorUnitExponent(currency: string): number {
  const exponent = MINOR_UNIT_EXPONENT[currency];
  if (exponent === undefined) throw new MoneyError('UNKNOWN_CURRENCY', `no minor unit known for "${currency}"`);
  return exponent;
}

/**
 * Digits a currency is customarily shown with. Amounts stay in integer ISO minor units; only the
 * display drops the ones nobody writes: tenge are shown whole ("KZT 1,482", never "KZT 1,482.35"),
 * as Kazakh price tags and banks do (issue 20, bug 7). Rounds half away from zero, as every
 * operation here does.
 */
const DISPLAY_FRACTION_DIGITS: Readonly<Record<string, number>> = { KZT: 0 };

export function displayFractionDigits(currency: string): number {
  const exponent = minorUnitExponent(currency);
  return Math.min(exponent, DISPLAY_FRACTION_DIGITS[currency] ?? exponent);
}

/** The amount in major units rounded to the currency's display digits, for a number formatter. */
export function displayMajorAmount(m: Money): number {
  const exponent = minorUnitExponent(m.currency);
  const drop = 10 ** (exponent - displayFractionDigits(m.currency));
  const rounded = Math.sign(m.amount) * Math.round(Math.abs(m.amount) / drop) * drop;
  return rounded / 10 ** exponent;
}

export function money(amount: number, currency: string): Money {
  minorUnitExponent(currency);
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError('INVALID_AMOUNT', `${amount} is not a whole number of minor units`);
  }
  // -0 would print as "-0.00" and compare oddly in tests; it is the same amount as 0.
  return { amount: amount === 0 ? 0 : amount, currency };
}

export function zero(currency: string): Money {
  return money(0, currency);
}

/** Checks a value received from outside (database JSON, a form) and returns it as Money. */
export function requireMoney(value: Money): Money {
  return money(value.amount, value.currency);
}

/**
 * Parses a decimal amount in major units ("15", "15.5", "-0.125"), rounding half away from zero to the
 * currency's minor unit.
 * @example fromMajor('15', 'AZN') // → { amount: 1500, currency: 'AZN' }
 */
export function fromMajor(value: string | number, currency: string): Money {
  const exponent = minorUnitExponent(currency);
  const decimal = parseDecimal(value);
  if (!decimal) throw new MoneyError('INVALID_AMOUNT', `"${value}" is not a decimal amount`);
  return fromBigInt(divRound(decimal.num * 10n ** BigInt(exponent), decimal.den), currency);
}

/** "1234.50" for 123450 AZN minor units; for machine use (CSV, payment providers), not for display. */
export function toMajorString(m: Money): string {
  const exponent = minorUnitExponent(m.currency);
  const digits = Math.abs(m.amount).toString().padStart(exponent + 1, '0');
  const sign = m.amount < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError('CURRENCY_MISMATCH', `${a.currency} and ${b.currency} cannot be combined without a rate`);
  }
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** Sum of amounts that must all be in `currency`; an empty list is zero in that currency. */
export function sum(items: readonly Money[], currency: string): Money {
  return items.reduce<Money>((total, m) => add(total, m), zero(currency));
}

/**
 * `percent` % of an amount, rounded half away from zero. The percentage is read as a decimal, so
 * 12.5 % is exact.
 * @example multiplyByPercent(money(1001, 'AZN'), 50) // → { amount: 501, currency: 'AZN' } (500.5 rounds up)
 */
export function multiplyByPercent(m: Money, percent: number | string): Money {
  const p = parseDecimal(percent);
  if (!p) throw new MoneyError('INVALID_PERCENT', `"${percent}" is not a decimal percentage`);
  return fromBigInt(divRound(BigInt(m.amount) * p.num, p.den * 100n), m.currency);
}

/** -1, 0 or 1; only amounts in the same currency can be compared. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function min(a: Money, b: Money): Money {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Money, b: Money): Money {
  return compare(a, b) >= 0 ? a : b;
}

/** The amount, or zero if it is negative: refunds and charges never go below zero. */
export function nonNegative(m: Money): Money {
  return m.amount < 0 ? zero(m.currency) : m;
}

export function isZero(m: Money): boolean {
  return m.amount === 0;
}

/**
 * Converts through the rates' base currency. Same currency needs no rates and returns the input
 * unchanged, so AZN fees on AZN items never depend on a rate being present.
 */
export function convert(m: Money, to: string, rates?: Rates): Money {
  if (m.currency === to) return m;
  const fromExponent = minorUnitExponent(m.currency);
  const toExponent = minorUnitExponent(to);
  if (!rates) throw new MoneyError('MISSING_RATE', `no rates given to convert ${m.currency} to ${to}`);
  const fromRate = rateOf(rates, m.currency);
  const toRate = rateOf(rates, to);
  // amount / 10^fromExp / fromRate * toRate * 10^toExp, kept as one exact fraction.
  const num = BigInt(m.amount) * toRate.num * fromRate.den * 10n ** BigInt(toExponent);
  const den = toRate.den * fromRate.num * 10n ** BigInt(fromExponent);
  return fromBigInt(divRound(num, den), to);
}

type Fraction = { num: bigint; den: bigint };

function rateOf(rates: Rates, currency: string): Fraction {
  if (currency === rates.base) return { num: 1n, den: 1n };
  const raw = rates.perBase[currency];
  if (raw === undefined) {
    throw new MoneyError('MISSING_RATE', `no ${rates.base}→${currency} rate in the rates of ${rates.asOf}`);
  }
  const rate = parseDecimal(raw, true);
  if (!rate || rate.num <= 0n) {
    throw new MoneyError('INVALID_RATE', `${rates.base}→${currency} rate "${raw}" is not a positive decimal`);
  }
  return rate;
}

/**
 * A decimal as an exact fraction. Amount and percentage strings must be plain decimal notation
 * ("-12.50"). Numbers are read through their shortest round-trip form, which JavaScript writes with an
 * exponent for very small or large values ("5e-324", "1e+21"); rate strings may carry one too, because
 * decimal libraries (Prisma's Decimal) print tiny rates that way.
 */
function parseDecimal(value: string | number, exponentInStrings = false): Fraction | null {
  const withExponent = typeof value === 'number' || exponentInStrings;
  const pattern = withExponent ? /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i : /^(-?)(\d+)(?:\.(\d+))?$/;
  const match = pattern.exec(typeof value === 'number' ? String(value) : value.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

/** num / den rounded half away from zero; den is positive. */
function divRound(num: bigint, den: bigint): bigint {
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const rounded = (abs * 2n + den) / (den * 2n);
  return negative ? -rounded : rounded;
}

function fromBigInt(value: bigint, currency: string): Money {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError('INVALID_AMOUNT', `${value} minor units is out of the safe range`);
  }
  return money(Number(value), currency);
}
