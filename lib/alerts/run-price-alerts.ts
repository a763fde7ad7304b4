/**
 * The hourly job: re-runs every due saved search, identical searches (same kind and canonical key)
 * priced once, many distinct searches by one supplier call (one grouped catalog query per batch),
 * stores the lowest price, and queues at most one alert mail per search per day through the
 * transactional outbox (one transaction per group of identical searches). Safe to run
 * twice at once: the alert is guarded by last_alerted_at in its UPDATE and by the outbox's dedupe key.
 */
import 'server-only';
import { db as defaultDb, type Db } from '../db/client';
import { localDateOf } from '../inventory/catalog/tz';
import { comparableAmount } from '../inventory/reference-rates';
import type { Suppliers } from '../inventory/supplier';
import { getSuppliers } from '../inventory/suppliers';
import { enqueueMails } from '../mail/outbox/enqueue-mail';
import { alertDay, decideAlert } from './detect-drop';
import { lowestPricesOf, type LowestPrice } from './lowest-price';
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
  // Every distinct search priced first, many per catalog query (lowestPricesOf), then recorded and
  // alerted group by group.
  const work: { group: DueRow[]; lowest: LowestPrice | null }[] = [...groups.values()].map((group) => ({ group, lowest: null }));
  const searches = work.map(({ group }) => parseQueryKey(group[0]!.kind, group[0]!.queryKey, today));
  const valid = searches.flatMap((search, i) => (search ? [{ search, i }] : []));
  const lowest = await lowestPricesOf(valid.map((v) => v.search), suppliers, now);
  valid.forEach(({ i }, k) => (work[i]!.lowest = lowest[k] ?? null));
  let alertsQueued = 0;
  async function worker() {
    for (let item = work.shift(); item; item = work.shift()) {
      const { group, lowest } = item;
      await recordCheck(db, group, lowest, now);
      // read the count after the await: `x += await …` would add to a value read before it (workers run at once)
      const queued = lowest ? await alertGroup(db, group, lowest, now) : 0;
      alertsQueued += queued;
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

/**
 * The group's alerts in one transaction of three statements: claim the searches that may alert today
 * (the UPDATE's guard makes a concurrent run claim none of them), record the alerts, queue the mails.
 */
async function alertGroup(db: Db, group: DueRow[], lowest: LowestPrice, now: Date): Promise<number> {
  const due = new Map<string, { row: DueRow; reason: 'DROP' | 'CEILING'; previous: number | null }>();
  for (const row of group) {
    const ceilingComparable = row.ceilingMinor !== null && row.ceilingCurrency ? comparableAmount({ amount: row.ceilingMinor, currency: row.ceilingCurrency }) : null;
    const decision = decideAlert(
      { lowestComparable: row.lowestComparableMinor, alertedComparable: row.alertedComparableMinor, lastAlertedAt: row.lastAlertedAt, ceilingComparable },
      lowest.comparable,
      now,
    );
    if (decision.alert) due.set(row.id, { row, reason: decision.reason, previous: decision.previous });
  }
  if (due.size === 0) return 0;
  const day = alertDay(now);
  const dayStart = new Date(`${day}T00:00:00Z`);
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE saved_searches SET last_alerted_at = ${now}, alerted_comparable_minor = ${lowest.comparable}::int
       WHERE id = ANY(${[...due.keys()]}::uuid[]) AND (last_alerted_at IS NULL OR last_alerted_at < ${dayStart})
       RETURNING id`;
    if (claimed.length === 0) return 0;
    const alerts = claimed.map(({ id }) => ({ id: crypto.randomUUID(), search: due.get(id)! }));
    await tx.priceAlert.createMany({
      data: alerts.map(({ id, search }) => ({
        id,
        savedSearchId: search.row.id,
        reason: search.reason,
        priceMinor: lowest.price.amount,
        currency: lowest.price.currency,
        previousComparableMinor: search.previous,
      })),
    });
    await enqueueMails(
      tx,
      alerts.map(({ id, search }) => ({ template: PRICE_ALERT_MAIL, to: search.row.user.email, locale: search.row.locale, payload: { alertId: id }, dedupeKey: `price-alert:${search.row.id}:${day}` })),
    );
    return alerts.length;
  });
}
