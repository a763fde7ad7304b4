import 'server-only';
import type { Tx } from '../db/client';

/**
 * Demo rates for the embedded default: units per 1 AZN, close to the official rates of late 2026.
 * Production loads real rates into the same table (one row per currency and day).
 */
const demoRatesPerAzn: Record<string, string> = {
  USD: '0.58823529',
  EUR: '0.54347826',
  KZT: '296.47058824',
  GEL: '1.59411765',
  TRY: '24.11764706',
  UZS: '7352.94117647',
  AED: '2.16000000',
  RUB: '47.05882353',
};

export async function seedDemoRates(tx: Tx, today = new Date()) {
  const asOf = new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const rows = Object.entries(demoRatesPerAzn).map(([currency, rate]) => ({ asOf, base: 'AZN', currency, rate, source: 'demo' }));
  await tx.exchangeRate.createMany({ data: rows, skipDuplicates: true });
  return { rates: rows.length, asOf: asOf.toISOString().slice(0, 10) };
}
