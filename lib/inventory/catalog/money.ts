import type { CurrencyCode } from './types';

/**
 * Demo exchange rates, units of the currency per US dollar. Used only to file prices of the
 * generated catalog in each supplier's own currency; nothing converts money at booking time here.
 */
export const DEMO_RATES_PER_USD: Record<CurrencyCode, number> = {
  USD: 1,
  EUR: 0.86,
  AZN: 1.7,
  KZT: 505,
};

/** Rounding step of filed prices, in minor units: whole manat and dollars, 100 tenge. */
const STEP_MINOR: Record<CurrencyCode, number> = { USD: 100, EUR: 100, AZN: 100, KZT: 10_000 };

/** A USD amount expressed in `currency`, rounded the way that currency's prices are filed. */
export function usdToMinor(usd: number, currency: CurrencyCode, step = STEP_MINOR[currency]): number {
  const minor = usd * DEMO_RATES_PER_USD[currency] * 100;
  return Math.max(step, Math.round(minor / step) * step);
}
