import 'server-only';
import type { AuditActor } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import { db, type Tx } from '@/lib/db/client';
import { isRemoteSupplier } from '@/lib/inventory/supplier';
import { BookingError } from '../errors';
import { recordOrderEvent } from '../record-order-event';
import { holdRemoteItems, releaseRemoteHolds, type RemoteHoldOutcome } from '../remote-holds';
import { releaseHold } from '../supplier-calls';
import { withTransactionRetry } from '../transaction-retry';
import { voidPromoRedemption } from '../void-promo-redemption';
import { emptyTrip } from './empty-trip';
import { errorKey } from './error-key';
import { holdRefused } from './hold-order-items';
import type { PlacedOrder } from './types';

export type FinishOptions = {
  at: Date;
  actor?: AuditActor | null;
  context?: RequestContext;
  /** the trip item each offer came from, for the error's details (the page marks that item) */
  tripItemOf?: (offerId: string) => string | undefined;
};

/**
 * Steps 2 and 3 of placing an order with remote items (step 1 is write-order.ts's transaction, which
 * left the order DRAFT with an intent per remote item): the remote holds, outside any transaction,
 * then one transaction that makes the order HELD and empties the trip — or, if a supplier refused or
 * failed, one that ends the DRAFT order (catalog holds released, promo use given back, the trip kept for
 * the traveller to review) before the remote holds already made are cancelled, and the traveller is told
 * what happened: sold out, a new price, or the supplier unreachable. A DRAFT order cannot be paid.
 */
export async function finishRemoteHolds(placed: PlacedOrder, options: FinishOptions): Promise<PlacedOrder> {
  const outcomes = await holdRemoteItems(placed.orderId, options.at);
  const failed = outcomes.find((o) => 'error' in o || o.result.status !== 'HELD');
  if (!failed) {
    await withTransactionRetry(() => db.$transaction((tx) => markHeld(tx, placed, outcomes, options), { maxWait: 60_000, timeout: 60_000 }));
    return placed;
  }
  const reason = 'error' in failed ? 'SUPPLIER_UNAVAILABLE' : `SUPPLIER_${failed.result.status}`;
  await withTransactionRetry(() => db.$transaction((tx) => abandonDraftOrder(tx, placed.orderId, reason, options), { maxWait: 60_000, timeout: 60_000 }));
  await releaseRemoteHolds(placed.orderId, options.at);
  const itemId = options.tripItemOf?.(failed.offerId) ?? failed.offerId;
  if ('error' in failed) {
    throw new BookingError('BOOKING_CLOSED', errorKey('supplierUnavailable'), { details: { items: [{ itemId, status: 'UNAVAILABLE' }] }, cause: failed.error });
  }
  throw holdRefused(failed.result.status as 'SOLD_OUT' | 'PRICE_CHANGED' | 'CLOSED', itemId);
}

/** Whether a placed order still waits for its remote holds (a replayed form, a crash after step 1). */
export async function isDraft(orderId: string): Promise<boolean> {
  return (await db.order.findUnique({ where: { id: orderId }, select: { status: true } }))?.status === 'DRAFT';
}

async function lockDraft(tx: Tx, orderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  return rows[0]?.status === 'DRAFT';
}

async function markHeld(tx: Tx, placed: PlacedOrder, outcomes: RemoteHoldOutcome[], options: FinishOptions): Promise<void> {
  if (!(await lockDraft(tx, placed.orderId))) return;
  for (const o of outcomes) {
    if ('result' in o && o.result.status === 'HELD') await tx.orderHold.update({ where: { id: o.holdId }, data: { supplierRef: o.result.supplierRef } });
  }
  await tx.order.update({ where: { id: placed.orderId }, data: { status: 'HELD' } });
  const checkout = await tx.orderCheckout.findUniqueOrThrow({ where: { orderId: placed.orderId }, select: { tripId: true } });
  if (checkout.tripId) await emptyTrip(tx, checkout.tripId);
  await recordOrderEvent(tx, {
    orderId: placed.orderId,
    from: 'DRAFT',
    to: 'HELD',
    reason: 'INVENTORY_HELD',
    actor: options.actor ?? null,
    context: options.context ?? noRequestContext,
    data: { reference: placed.reference, remoteHolds: outcomes.length, holdExpiresAt: placed.holdExpiresAt.toISOString() },
  });
}

/**
 * DRAFT → EXPIRED: catalog holds released in this transaction, the promo use given back (Agreement 7),
 * the form's key freed (suffixed) so the traveller can submit the same form again after reviewing.
 * Remote holds are released by the caller after the commit.
 */
export async function abandonDraftOrder(tx: Tx, orderId: string, reason: string, options: Pick<FinishOptions, 'at' | 'actor' | 'context'>): Promise<boolean> {
  if (!(await lockDraft(tx, orderId))) return false;
  const holds = await tx.orderHold.findMany({ where: { orderId, status: 'HELD' }, select: { id: true, kind: true, supplier: true } });
  const local = holds.filter((h) => !isRemoteSupplier(h.supplier));
  for (const hold of local) {
    await releaseHold(tx, hold.kind, hold.id);
    await tx.orderHold.update({ where: { id: hold.id }, data: { status: 'RELEASED', releasedAt: options.at } });
  }
  await tx.order.update({ where: { id: orderId }, data: { status: 'EXPIRED' } });
  const checkout = await tx.orderCheckout.findUniqueOrThrow({ where: { orderId }, select: { idempotencyKey: true } });
  await tx.orderCheckout.update({ where: { orderId }, data: { expiredAt: options.at, idempotencyKey: `${checkout.idempotencyKey}:ended:${orderId}` } });
  await voidPromoRedemption(tx, orderId, options.at);
  await recordOrderEvent(tx, {
    orderId,
    from: 'DRAFT',
    to: 'EXPIRED',
    reason,
    actor: options.actor ?? null,
    context: options.context ?? noRequestContext,
    data: { holdsReleased: local.length, remoteHolds: holds.length - local.length },
  });
  return true;
}
