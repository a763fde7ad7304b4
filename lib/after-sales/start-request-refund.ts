/**
 * Hands an APPROVED request's refund to the payment provider, exactly once however often it is called
 * (issue 9; Agreement 4.5, 6.5, 8.5). Call it AFTER the commit that approved the request with
 * `approvedRefundMinor` and `refundCurrency`: provider calls never run inside a transaction. If the
 * process dies before or during the call, recover-request-refunds.ts (minutely) calls it again.
 *
 * - amount 0 → the request is COMPLETED without a refund (the rules keep everything).
 * - otherwise issueRefund on the order's paid payment (order_checkouts.paid_payment_id), to the
 *   original payment method, with the idempotency key `service-request:<id>`: a second call, a second
 *   worker or the recovery job get the same refund back, never a second one. After a refund the
 *   provider FAILED, staff may approve again; that attempt uses `service-request:<id>:retry-<n>`.
 * - the outcome (request COMPLETED, order REFUNDED, mails) is applied by apply-refund-outcome.ts in
 *   the payment's own transaction when the provider reports it (at once for the sandbox and office
 *   payments, by webhook for Stripe). Here only `service_requests.refund_id` is stored.
 * - provider unreachable → the refund stays reserved (REQUESTED) and the payments job retries it with
 *   the same key; an amount the payment cannot take (nothing paid, already refunded) sends the request
 *   back to OPEN for staff with a SYSTEM message.
 */
import 'server-only';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import { db } from '@/lib/db/client';
import { issueRefund } from '@/lib/payments/issue-refund';
import { isPaymentError } from '@/lib/payments/errors';
import type { Actor, RefundRecord } from '@/lib/payments/types';

export type StartRequestRefundOptions = { now?: Date };

export type StartRequestRefundResult =
  /** handed to the provider (or found already handed): its current state */
  | { outcome: 'REFUND'; refund: RefundRecord; created: boolean }
  /** amount 0: completed without a refund */
  | { outcome: 'COMPLETED_WITHOUT_REFUND' }
  /** the provider could not be reached; the reservation is retried by the payments job */
  | { outcome: 'PENDING' }
  /** the payment cannot take this refund; the request is back with staff */
  | { outcome: 'NOT_POSSIBLE'; code: string }
  /** not APPROVED (open, completed, rejected, …) or unknown: nothing to do */
  | { outcome: 'SKIPPED'; status: string | null };

const SYSTEM = { id: null, role: 'SYSTEM' } as const;
const KEY_PREFIX = 'service-request:';

/** The refund idempotency key of a request's attempt (`service-request:<id>`, then `…:retry-<n>`). */
function requestRefundKey(requestId: string, failedAttempts: number): string {
  return failedAttempts === 0 ? `${KEY_PREFIX}${requestId}` : `${KEY_PREFIX}${requestId}:retry-${failedAttempts}`;
}

const KEY_PATTERN = /^service-request:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?::retry-\d+)?$/i;

/** The request a refund belongs to, from its idempotency key; null for refunds of anything else. */
export function requestIdOfRefundKey(idempotencyKey: string): string | null {
  return KEY_PATTERN.exec(idempotencyKey)?.[1]?.toLowerCase() ?? null;
}

/** How many of the request's refunds the provider refused (each later attempt needs a new key). */
async function failedRefundAttempts(requestId: string): Promise<number> {
  return db.refund.count({
    where: { status: 'FAILED', OR: [{ idempotencyKey: `${KEY_PREFIX}${requestId}` }, { idempotencyKey: { startsWith: `${KEY_PREFIX}${requestId}:` } }] },
  });
}

export async function startRequestRefund(requestId: string, options: StartRequestRefundOptions = {}): Promise<StartRequestRefundResult> {
  const now = options.now ?? new Date();
  const request = await db.serviceRequest.findUnique({
    where: { id: requestId },
    select: { id: true, reference: true, orderId: true, topic: true, clause: true, status: true, approvedRefundMinor: true, refundCurrency: true, decidedById: true },
  });
  if (!request || request.status !== 'APPROVED') return { outcome: 'SKIPPED', status: request?.status ?? null };

  const amount = request.approvedRefundMinor ?? 0;
  if (amount <= 0) {
    const completed = await completeWithoutRefund(request.id, now);
    return completed ? { outcome: 'COMPLETED_WITHOUT_REFUND' } : { outcome: 'SKIPPED', status: 'CHANGED' };
  }

  const checkout = await db.orderCheckout.findUnique({ where: { orderId: request.orderId }, select: { paidPaymentId: true, chargeCurrency: true } });
  if (!checkout?.paidPaymentId) return sendBackToStaff(request.id, 'PAYMENT_NOT_FOUND', now);

  const actor = await actorOf(request.decidedById);
  const idempotencyKey = requestRefundKey(request.id, await failedRefundAttempts(request.id));
  try {
    const { refund, created } = await issueRefund({
      paymentId: checkout.paidPaymentId,
      amount: { amount, currency: (request.refundCurrency ?? checkout.chargeCurrency).trim() },
      reason: `${request.clause ? `${request.clause}: ` : ''}${request.topic} ${request.reference}`,
      requestedBy: actor,
      idempotencyKey,
    });
    // The provider's outcome may have been applied already (apply-refund-outcome.ts sets refund_id
    // too); only a request still without one takes it here.
    await db.serviceRequest.updateMany({ where: { id: request.id, refundId: null, status: 'APPROVED' }, data: { refundId: refund.id } });
    return { outcome: 'REFUND', refund, created };
  } catch (error) {
    if (isPaymentError(error, 'PROVIDER_UNAVAILABLE')) {
      console.warn(`[after-sales] refund of ${request.reference} waits for the provider: ${error.message}`);
      return { outcome: 'PENDING' };
    }
    if (
      isPaymentError(error, 'PAYMENT_NOT_SUCCEEDED') ||
      isPaymentError(error, 'PAYMENT_NOT_FOUND') ||
      isPaymentError(error, 'REFUND_EXCEEDS_CAPTURED') ||
      isPaymentError(error, 'CURRENCY_MISMATCH') ||
      isPaymentError(error, 'IDEMPOTENCY_KEY_REUSED') ||
      isPaymentError(error, 'INVALID_INPUT')
    ) {
      return sendBackToStaff(request.id, error.code, now);
    }
    throw error;
  }
}

async function actorOf(userId: string | null): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  return user ? { id: user.id, role: user.role } : null;
}

async function completeWithoutRefund(requestId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (rows[0]?.status !== 'APPROVED') return false;
    await tx.serviceRequest.update({ where: { id: requestId }, data: { status: 'COMPLETED', completedAt: now } });
    await tx.serviceRequestMessage.create({ data: { requestId, author: 'SYSTEM', body: 'completedWithoutRefund', createdAt: now } });
    await recordAuditEvent(tx, {
      actor: SYSTEM,
      action: 'service_request.completed',
      subjectType: 'ServiceRequest',
      subjectId: requestId,
      context: noRequestContext,
      data: { refundMinor: 0 },
    });
    return true;
  });
}

/** The approved amount cannot go back on this payment: staff decide again (the request is OPEN). */
async function sendBackToStaff(requestId: string, code: string, now: Date): Promise<StartRequestRefundResult> {
  console.warn(`[after-sales] refund of request ${requestId} cannot be made (${code}); back to staff`);
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (rows[0]?.status !== 'APPROVED') return;
    await tx.serviceRequest.update({ where: { id: requestId }, data: { status: 'OPEN', refundId: null } });
    await tx.serviceRequestMessage.create({ data: { requestId, author: 'SYSTEM', body: 'refundNotPossible', createdAt: now } });
    await recordAuditEvent(tx, {
      actor: SYSTEM,
      action: 'service_request.refund_not_possible',
      subjectType: 'ServiceRequest',
      subjectId: requestId,
      context: noRequestContext,
      data: { code },
    });
  });
  return { outcome: 'NOT_POSSIBLE', code };
}
