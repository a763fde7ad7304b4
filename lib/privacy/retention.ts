import 'server-only';
import { db } from '@/lib/db/client';
import { anonymiseOrder } from './anonymise-order';
import { COOKIE_RECORD_RETENTION_DAYS, tripRetentionDays } from './retention-config';

const DAY = 24 * 60 * 60 * 1000;

export type RetentionResult = { ordersAnonymised: number; cookieRecordsPurged: number; tokensPurged: number };

/**
 * The daily retention job (Privacy Policy 7):
 * - personal data of trips that ended more than PRIVACY_TRIP_RETENTION_DAYS ago (default 3 years)
 *   is anonymised, orders kept for accounting;
 * - orders of erased accounts whose trip has now ended are anonymised;
 * - anonymous cookie-choice records older than 13 months are deleted, and used or expired email
 *   link tokens after a day.
 */
export async function runRetention(now: Date = new Date(), retentionDays = tripRetentionDays(), batch = 200): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  let ordersAnonymised = 0;
  for (;;) {
    const due = await db.$queryRaw<{ id: string; reason: string }[]>`
      SELECT o.id, 'retention' AS reason
      FROM orders o
      LEFT JOIN order_items i ON i.order_id = o.id
      WHERE NOT EXISTS (SELECT 1 FROM order_anonymisations a WHERE a.order_id = o.id AND a.done_at IS NOT NULL)
      GROUP BY o.id
      HAVING coalesce(max(coalesce(i.ends_at, i.starts_at)), o.created_at) < ${cutoff}
      UNION ALL
      SELECT a.order_id AS id, a.reason FROM order_anonymisations a WHERE a.done_at IS NULL AND a.reason = 'account_erased' AND a.due_at <= ${now}
      LIMIT ${batch}`;
    if (due.length === 0) break;
    for (const order of due) {
      await db.$transaction((tx) => anonymiseOrder(tx, order.id, order.reason === 'account_erased' ? 'account_erased' : 'retention', now));
      ordersAnonymised += 1;
    }
    if (due.length < batch) break;
  }
  const cookieCutoff = new Date(now.getTime() - COOKIE_RECORD_RETENTION_DAYS * DAY);
  const cookies = await db.consentRecord.deleteMany({
    where: { userId: null, purpose: { in: ['COOKIES_PREFERENCES', 'COOKIES_ANALYTICS', 'COOKIES_MARKETING'] }, givenAt: { lt: cookieCutoff } },
  });
  const tokens = await db.privacyToken.deleteMany({
    where: { OR: [{ usedAt: { lt: new Date(now.getTime() - DAY) } }, { expiresAt: { lt: new Date(now.getTime() - DAY) } }] },
  });
  return { ordersAnonymised, cookieRecordsPurged: cookies.count, tokensPurged: tokens.count };
}
