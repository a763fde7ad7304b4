/**
 * Cancels order items inside the caller's transaction (issue 9): `cancelledAt` set, each catalog hold
 * released (OrderHold RELEASED), and the order CANCELLED once every item is cancelled, with its
 * OrderEvent and AuditEvent. Items already cancelled are left as they are, so a repeat changes nothing.
 * The caller must not hold this order's lock before the payment's (lock order: payment row, then
 * request row, then order row).
 *
 * A remote supplier's hold (Duffel) is not released here: that is a network call, never inside a
 * transaction (README, Decisions: "Remote bookings"). Its row stays HELD/CONFIRMED on a cancelled item —
 * the recorded intent — and the caller cancels it after the commit (releaseRemoteHoldsOfCancelledItems);
 * what fails then is retried by the expiry sweep and, failing that, the reconciler and its support queue.
 */
import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import type { AuditActor } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { releaseHold } from '@/lib/booking/supplier-calls';
import { isRemoteSupplier } from '@/lib/inventory/supplier';

export type CancelOrderItemsInput = {
  orderId: string;
  /** null: every item of the order */
  itemIds: string[] | null;
  actor: AuditActor;
  context: RequestContext;
  /** OrderEvent reason, e.g. REFUND_APPROVED, REFUSED_BY_AGENCY */
  reason: string;
  now: Date;
  data?: Record<string, string | number | boolean | null>;
};

export type CancelOrderItemsResult = {
  from: OrderStatus;
  to: OrderStatus;
  cancelled: string[];
  /** remote holds of the cancelled items, to be released after the commit */
  remoteHolds: number;
};

export async function lockOrderRow(tx: Tx, orderId: string): Promise<OrderStatus | null> {
  const rows = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

export async function cancelOrderItems(tx: Tx, input: CancelOrderItemsInput): Promise<CancelOrderItemsResult> {
  const from = await lockOrderRow(tx, input.orderId);
  if (!from) throw new Error(`order ${input.orderId} not found`);
  const items = await tx.orderItem.findMany({ where: { orderId: input.orderId }, select: { id: true, cancelledAt: true } });
  const targets = items.filter((i) => !i.cancelledAt && (input.itemIds === null || input.itemIds.includes(i.id))).map((i) => i.id);
  let remoteHolds = 0;
  if (targets.length > 0) {
    await tx.orderItem.updateMany({ where: { id: { in: targets } }, data: { cancelledAt: input.now } });
    const holds = await tx.orderHold.findMany({ where: { orderItemId: { in: targets }, releasedAt: null, status: { in: ['HELD', 'CONFIRMED'] } }, select: { id: true, kind: true, supplier: true } });
    remoteHolds = holds.filter((h) => isRemoteSupplier(h.supplier)).length;
    for (const hold of holds.filter((h) => !isRemoteSupplier(h.supplier))) {
      await releaseHold(tx, hold.kind, hold.id);
      await tx.orderHold.update({ where: { id: hold.id }, data: { status: 'RELEASED', releasedAt: input.now } });
    }
  }
  const allCancelled = items.every((i) => i.cancelledAt || targets.includes(i.id));
  const to: OrderStatus = allCancelled && from !== 'REFUNDED' ? 'CANCELLED' : from;
  if (to !== from) await tx.order.update({ where: { id: input.orderId }, data: { status: to } });
  if (targets.length > 0 || to !== from) {
    await recordOrderEvent(tx, {
      orderId: input.orderId,
      from,
      to,
      reason: input.reason,
      actor: input.actor,
      context: input.context,
      data: { itemsCancelled: targets, ...(remoteHolds > 0 ? { remoteHoldsToRelease: remoteHolds } : {}), ...(input.data ?? {}) },
    });
  }
  return { from, to, cancelled: targets, remoteHolds };
}
