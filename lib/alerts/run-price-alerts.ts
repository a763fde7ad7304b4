/**
 * The hourly job: re-runs every due saved search, identical searches (same kind and canonical key)
 * with ONE supplier search, stores the lowest price, and queues at most one alert mail per search per
 * day through the transactional outbox. Safe to run twice at once: the alert is guarded by
 * last_alerted_at in its UPDATE and by the outbox's dedupe key.
 */
import { db as defaultDb, type Db } from '../db/client';
import { localDateOf } from '../inventory/catalog/tz';
import { comparableAmount } from '../inventory/reference-rates';
import type { Suppliers } from '../inventory/supplier';
import { getSuppliers } from '../inventory/suppliers';
import { enqueueMail } from '../mail/outbox/enqueue-mail';
import { alertDay, decideAlert } from './detect-drop';
import { lowestPriceOf, type LowestPrice } from './lowest-price';
import { parseQueryKey } from './normalise-search';

export const PRICE_ALERT_MAIL = 'price-alert';
/** A search checked less than this long ago is not due (the job runs hourly). */
const DUE_AFTER_MS = 50 * 60_000;
/** Distinct searches re-run at once. */
const CONCURRENCY = 4;

export type PriceAlertRun = { distinctSearches: number; searchesChecked: number; alertsQueued: number; expiredDeleted: number };

type DueRow = {
  id: string;
  kind: 'FLIGHT' | 'HOTEL';
  queryKey: string;
  locale: string;
  ceilingMinor: number | null;
  ceilingCurrency: string | null;
  lowestComparableMinor: number | null;
  alertedComparableMinor: number | null;
  lastAlertedAt: Date | null;
  user: { email: string };
};

export async function runPriceAlerts({ now = new Date(), suppliers = getSuppliers(), db = defaultDb }: { now?: Date; suppliers?: Pick<Suppliers, 'flights' | 'hotels'>; db?: Db } = {}): Promise<PriceAlertRun> {
  const { count: expiredDeleted } = await db.savedSearch.deleteMany({ where: { expiresAt: { lte: now } } });
  const due: DueRow[] = await db.savedSearch.findMany({
    where: { OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lt: new Date(now.getTime() - DUE_AFTER_MS) } }], user: { deletedAt: null } },
    select: {
      id: true,
      kind: true,
      queryKey: true,
      locale: true,
      ceilingMinor: true,
      ceilingCurrency: true,
      lowestComparableMinor: true,
      alertedComparableMinor: true,
      lastAlertedAt: true,
      user: { select: { email: true } },
    },
  });
  const groups = new Map<string, DueRow[]>();
  for (const row of due) {
    const key = `${row.kind} ${row.queryKey}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }

  const today = localDateOf(now);
  let alertsQueued = 0;
  const work = [...groups.values()];
  async function worker() {
    for (let group = work.shift(); group; group = work.shift()) {
      const first = group[0]!;
      const search = parseQueryKey(first.kind, first.queryKey, today);
      const lowest = search ? await lowestPriceOf(search, suppliers, now) : null;
      await recordCheck(db, group, lowest, now);
      if (!lowest) continue;
      for (const row of group) if (await alertIfDue(db, row, lowest, now)) alertsQueued++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { distinctSearches: groups.size, searchesChecked: due.length, alertsQueued, expiredDeleted };
}

/** One UPDATE for the whole group: the price of this run and the lowest ever seen. */
async function recordCheck(db: Db, group: DueRow[], lowest: LowestPrice | null, now: Date): Promise<void> {
  const ids = group.map((r) => r.id);
  await db.$executeRaw`
    UPDATE saved_searches
       SET last_checked_at = ${now},
           last_price_minor = ${lowest?.price.amount ?? null}::int,
           last_price_currency = ${lowest?.price.currency ?? null},
           lowest_comparable_minor = LEAST(lowest_comparable_minor, ${lowest?.comparable ?? null}::int)
     WHERE id = ANY(${ids}::uuid[])`;
}

async function alertIfDue(db: Db, row: DueRow, lowest: LowestPrice, now: Date): Promise<boolean> {
  const ceilingComparable = row.ceilingMinor !== null && row.ceilingCurrency ? comparableAmount({ amount: row.ceilingMinor, currency: row.ceilingCurrency }) : null;
  const decision = decideAlert(
    { lowestComparable: row.lowestComparableMinor, alertedComparable: row.alertedComparableMinor, lastAlertedAt: row.lastAlertedAt, ceilingComparable },
    lowest.comparable,
    now,
  );
  if (!decision.alert) return false;
  const dayStart = new Date(`${alertDay(now)}T00:00:00Z`);
  return db.$transaction(async (tx) => {
    // Guard against a concurrent run that alerted this search today already.
    const claimed = await tx.$executeRaw`
      UPDATE saved_searches SET last_alerted_at = ${now}, alerted_comparable_minor = ${lowest.comparable}::int
       WHERE id = ${row.id}::uuid AND (last_alerted_at IS NULL OR last_alerted_at < ${dayStart})`;
    if (claimed === 0) return false;
    const alert = await tx.priceAlert.create({
      data: { savedSearchId: row.id, reason: decision.reason, priceMinor: lowest.price.amount, currency: lowest.price.currency, previousComparableMinor: decision.previous },
      select: { id: true },
    });
    await enqueueMail(tx, { template: PRICE_ALERT_MAIL, to: row.user.email, locale: row.locale, payload: { alertId: alert.id }, dedupeKey: `price-alert:${row.id}:${alertDay(now)}` });
    return true;
  });
}
