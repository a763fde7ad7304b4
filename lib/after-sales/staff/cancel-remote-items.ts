/**
 * Before staff approve a refund that cancels items booked at a remote supplier (Duffel, issue 21): the
 * supplier cancels them first, outside any transaction, exactly once. The intent is a claim on the OPEN
 * request (`decidedAt` and `decidedById` set while still OPEN: "decided, the supplier is cancelling"),
 * taken by one conditional UPDATE, so of two staff clicks or two processes only one calls the supplier;
 * the other answers SUPPLIER_CANCELLING. The approval's transaction then finds the remote bookings
 * released and cancels the items locally (cancelOrderItems → release is a no-op). A claim older than
 * CLAIM_STALE_MS (its process died) may be taken again; the supplier calls are idempotent (Duffel returns
 * the same confirmed cancellation, or the order reads cancelled).
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { cancelRemoteItem, quoteRemoteItems } from '../remote-cancellation';
import { cancelsItems } from './refund-ceiling';
import { BackOfficeError } from './staff-guard';

const CLAIM_STALE_MS = 5 * 60_000;

/** NONE: nothing of the request is booked remotely; CANCELLED: the supplier has cancelled every remote item. */
export async function cancelRemoteItemsOfRequest(requestId: string, actorId: string, now: Date): Promise<'NONE' | 'CANCELLED'> {
  const request = await db.serviceRequest.findUnique({ where: { id: requestId }, select: { status: true, topic: true, orderId: true, orderItemId: true } });
  if (!request || request.status !== 'OPEN' || !cancelsItems(request.topic)) return 'NONE';
  const items = await db.orderItem.findMany({
    where: { orderId: request.orderId, cancelledAt: null, ...(request.orderItemId ? { id: request.orderItemId } : {}) },
    select: { id: true, cancelledAt: true, hold: { select: { id: true, kind: true } } },
  });
  // A quote commits nothing; both of two racing clicks may ask, only the claimant confirms.
  const quotes = await quoteRemoteItems(items, { strict: true }).catch(() => {
    throw new BackOfficeError('SUPPLIER_NOT_CANCELLED');
  });
  if (quotes.size === 0) return 'NONE';

  const staleBefore = new Date(now.getTime() - CLAIM_STALE_MS);
  const claimed = await db.$executeRaw`
    UPDATE service_requests SET decided_at = ${now}, decided_by_id = ${actorId}::uuid, updated_at = now()
    WHERE id = ${requestId}::uuid AND status = 'OPEN' AND (decided_at IS NULL OR decided_at < ${staleBefore})`;
  if (claimed === 0) throw new BackOfficeError('SUPPLIER_CANCELLING');

  for (const quote of quotes.values()) {
    const outcome = await cancelRemoteItem(quote.kind, quote.holdId, quote.quoteId).catch(() => ({ status: 'FAILED' as const, reason: 'unreachable' }));
    if (outcome.status !== 'CANCELLED') {
      // Nothing more is cancelled and nothing is refunded: the claim is given back for another try.
      await db.$executeRaw`UPDATE service_requests SET decided_at = NULL, decided_by_id = NULL, updated_at = now() WHERE id = ${requestId}::uuid AND status = 'OPEN'`;
      throw new BackOfficeError('SUPPLIER_NOT_CANCELLED');
    }
  }
  return 'CANCELLED';
}
