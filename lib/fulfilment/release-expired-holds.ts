/**
 * The background job's work (issue 6): orders still HELD when their hold runs out become EXPIRED and
 * their inventory goes back to the supplier, exactly once. Each order changes in its own transaction
 * with the order row locked, so a payment outcome arriving at the same moment waits and then sees
 * EXPIRED (and holds again or refunds, see apply-payment-outcome.ts).
 *
 * A remote supplier's holds (Duffel) are cancelled after the commit, never inside it. The same run ends
 * DRAFT orders whose remote holds were never finished (a crash between checkout's two transactions) and
 * cancels remote holds left on ended orders or cancelled items by a failure or crash after their commit (README,
 * Decisions: "Remote bookings").
 */
import 'server-only';
import { db, type Tx } from '@/lib/db/client';
import { cancelOpenPayments } from '@/lib/payments/cancel-payment';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { abandonDraftOrder } from '@/lib/booking/place-order/finish-remote-holds';
import { ordersWithCancelledRemoteItems, ordersWithStrayRemoteHolds, releaseRemoteHolds, releaseRemoteHoldsOfCancelledItems } from '@/lib/booking/remote-holds';
import { releaseHold } from '@/lib/booking/supplier-calls';
import { voidPromoRedemption } from '@/lib/booking/void-promo-redemption';
import { isRemoteSupplier } from '@/lib/inventory/supplier';

export type ReleaseExpiredHoldsResult = { expired: string[] };

export async function releaseExpiredHolds(options: { now?: Date; limit?: number } = {}): Promise<ReleaseExpiredHoldsResult> {
  const now = options.now ?? new Date();
  const due = await db.$queryRaw<{ order_id: string }[]>`
    SELECT c.order_id FROM order_checkouts c JOIN orders o ON o.id = c.order_id
    WHERE o.status = 'HELD' AND c.hold_expires_at <= ${now}
    ORDER BY c.hold_expires_at LIMIT ${options.limit ?? 200}`;
  const expired: string[] = [];
  for (const { order_id: orderId } of due) {
    const changed = await db.$transaction((tx) => expireOrder(tx, orderId, now), { maxWait: 15_000, timeout: 30_000 });
    if (!changed) continue;
    expired.push(orderId);
    // The payment sessions close after the commit (provider calls never run inside a transaction).
    await cancelOpenPayments({ orderId, reason: 'hold-expired' });
    await releaseRemoteHolds(orderId, now);
  }
  const drafts = await db.$queryRaw<{ order_id: string }[]>`
    SELECT c.order_id FROM order_checkouts c JOIN orders o ON o.id = c.order_id
    WHERE o.status = 'DRAFT' AND c.hold_expires_at <= ${now} LIMIT ${options.limit ?? 200}`;
  for (const { order_id: orderId } of drafts) {
    if (await db.$transaction((tx) => abandonDraftOrder(tx, orderId, 'HOLD_EXPIRED', { at: now }), { maxWait: 15_000, timeout: 30_000 })) expired.push(orderId);
  }
  for (const orderId of await ordersWithStrayRemoteHolds()) await releaseRemoteHolds(orderId, now);
  // Cancelled items (refusal, approvals, cancellations) whose remote cancel failed or never ran after the commit.
  for (const orderId of await ordersWithCancelledRemoteItems()) await releaseRemoteHoldsOfCancelledItems(orderId, now);
  return { expired };
}

/** HELD → EXPIRED with every hold released; false when the order is not (or no longer) due. */
async function expireOrder(tx: Tx, orderId: string, now: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<{ status: string; hold_expires_at: Date }[]>`
    SELECT o.status::text AS status, c.hold_expires_at FROM orders o JOIN order_checkouts c ON c.order_id = o.id
    WHERE o.id = ${orderId}::uuid FOR UPDATE OF o`;
  const row = rows[0];
  if (!row || row.status !== 'HELD' || row.hold_expires_at > now) return false;

  const held = await tx.orderHold.findMany({ where: { orderId, releasedAt: null, status: 'HELD' }, select: { id: true, kind: true, supplier: true } });
  // Remote holds are cancelled after the commit (releaseExpiredHolds).
  const holds = held.filter((h) => !isRemoteSupplier(h.supplier));
  for (const hold of holds) {
    await releaseHold(tx, hold.kind, hold.id);
    await tx.orderHold.update({ where: { id: hold.id }, data: { status: 'RELEASED', releasedAt: now } });
  }
  await tx.order.update({ where: { id: orderId }, data: { status: 'EXPIRED' } });
  await tx.orderCheckout.update({ where: { orderId }, data: { expiredAt: now } });

  // Agreement 7: an expired order gives its promo code use back.
  await voidPromoRedemption(tx, orderId, now);
  await recordOrderEvent(tx, { orderId, from: 'HELD', to: 'EXPIRED', reason: 'HOLD_EXPIRED', data: { holdsReleased: holds.length } });
  return true;
}
