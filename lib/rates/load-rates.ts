import 'server-only';
import type { Rates } from '../money';
import type { Db, Tx } from '../db/client';

/**
 * The newest day of rates for `base`, as the Rates shape lib/money converts with. One table, one
 * date per set: what the traveller sees is labelled with that date (Agreement 4.6).
 */
export async function loadLatestRates(db: Db | Tx, base = 'AZN'): Promise<Rates | null> {
  const newest = await db.exchangeRate.findFirst({ where: { base }, orderBy: { asOf: 'desc' }, select: { asOf: true } });
  if (!newest) return null;
  const rows = await db.exchangeRate.findMany({ where: { base, asOf: newest.asOf }, select: { currency: true, rate: true } });
  return {
    asOf: newest.asOf.toISOString().slice(0, 10),
    base,
    perBase: Object.fromEntries(rows.map((r) => [r.currency, r.rate.toString()])),
  };
}
