/**
 * The request side of a refund's outcome (lib/payments PaymentEffects onRefundSucceeded /
 * onRefundFailed, wired in lib/fulfilment/register-fulfilment.ts). Runs INSIDE the payment's transaction,
 * with the payment row locked, exactly once per refund transition; then the request row and the order
 * row are locked in that order (the order every refund path takes: payment → request → order).
 *
 * Only refunds started by startRequestRefund (idempotency key `service-request:<id>[:retry-n]`) are
 * handled; a surplus payment's refund (refund-surplus-payments.ts) leaves everything as it is.
 *
 * - SUCCEEDED → request COMPLETED with a SYSTEM message and the `refund-sent` mail (Agreement 6.5);
 *   the order becomes REFUNDED when it is ISSUE_FAILED (4.5), CANCELLED, or every item is cancelled.
 * - FAILED → request back to OPEN for staff with a SYSTEM message, `refund-failed` mail.
 */
import 'server-only';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import type { Tx } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import { queueOrderMail } from '@/lib/fulfilment/queue-order-mail';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import type { PaymentRecord, RefundRecord } from '@/lib/payments/types';
import { requestIdOfRefundKey } from './start-request-refund';

const SYSTEM = { id: null, role: 'SYSTEM' } as const;

type LockedRequest = { id: string; reference: string; order_id: string; status: string };

async function lockRequest(tx: Tx, refund: RefundRecord): Promise<LockedRequest | null> {
  const requestId = requestIdOfRefundKey(refund.idempotencyKey);
  if (!requestId) return null;
  const rows = await tx.$queryRaw<LockedRequest[]>`
    SELECT id::text AS id, reference, order_id::text AS order_id, status::text AS status
    FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function applyRefundSucceeded(tx: Tx, refund: RefundRecord, payment: PaymentRecord, now = new Date()): Promise<void> {
  const request = await lockRequest(tx, refund);
  if (!request) return;
  if (request.status !== 'COMPLETED') {
    // The money went back: whatever the request's state (a FAILED refund the provider later reports
    // as succeeded finds it OPEN again), it is done.
    await tx.serviceRequest.update({ where: { id: request.id }, data: { status: 'COMPLETED', completedAt: now, refundId: refund.id } });
    await tx.serviceRequestMessage.create({ data: { requestId: request.id, author: 'SYSTEM', body: 'refundSent', createdAt: now } });
    await recordAuditEvent(tx, {
      actor: SYSTEM,
      action: 'service_request.refund_sent',
      subjectType: 'ServiceRequest',
      subjectId: request.id,
      context: noRequestContext,
      data: {
        reference: request.reference,
        refundId: refund.id,
        providerRefundRef: refund.providerRefundRef,
        amountMinor: refund.amount.amount,
        currency: refund.amount.currency,
        previousStatus: request.status,
      },
    });
    await queueOrderMail(tx, {
      orderId: request.order_id,
      template: 'refund-sent',
      payload: { requestId: request.id },
      dedupeKey: `request:${request.id}:refund-sent`,
    });
  }
  await markOrderRefunded(tx, request.order_id, { requestId: request.id, refundId: refund.id, paymentId: payment.id });
}

/** REFUNDED when the order is ISSUE_FAILED (4.5), CANCELLED, or all its items are cancelled. */
async function markOrderRefunded(tx: Tx, orderId: string, data: { requestId: string; refundId: string; paymentId: string }): Promise<void> {
  const rows = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  const status = rows[0]?.status;
  if (!status || status === 'REFUNDED') return;
  let refunded = status === 'ISSUE_FAILED' || status === 'CANCELLED';
  if (!refunded) {
    const [items, open] = await Promise.all([
      tx.orderItem.count({ where: { orderId } }),
      tx.orderItem.count({ where: { orderId, cancelledAt: null } }),
    ]);
    refunded = items > 0 && open === 0;
  }
  if (!refunded) return;
  await tx.order.update({ where: { id: orderId }, data: { status: 'REFUNDED' } });
  await recordOrderEvent(tx, { orderId, from: status, to: 'REFUNDED', reason: 'REFUNDED', actor: SYSTEM, data });
}

export async function applyRefundFailed(tx: Tx, refund: RefundRecord, _payment: PaymentRecord, now = new Date()): Promise<void> {
  const request = await lockRequest(tx, refund);
  if (!request) return;
  if (request.status === 'APPROVED') {
    // Staff decide what happens next (another attempt, another way to pay back); the amount is free
    // again, so the request no longer reserves it.
    await tx.serviceRequest.update({ where: { id: request.id }, data: { status: 'OPEN', refundId: null } });
  }
  await tx.serviceRequestMessage.create({ data: { requestId: request.id, author: 'SYSTEM', body: 'refundFailed', createdAt: now } });
  await recordAuditEvent(tx, {
    actor: SYSTEM,
    action: 'service_request.refund_failed',
    subjectType: 'ServiceRequest',
    subjectId: request.id,
    context: noRequestContext,
    data: { reference: request.reference, refundId: refund.id, failureCode: refund.failureCode, previousStatus: request.status },
  });
  await queueOrderMail(tx, {
    orderId: request.order_id,
    template: 'refund-failed',
    payload: { requestId: request.id },
    dedupeKey: `request:${request.id}:refund-failed:${refund.id}`,
  });
}
