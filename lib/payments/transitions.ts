import 'server-only';
import type { Tx } from '../db/client';
import type { Payment, Refund } from '../db/generated/client';
import { auditPayment } from './audit';
import { requirePaymentEffects } from './effects';
import { toPaymentRecord, toRefundRecord } from './records';
import type { Actor } from './types';

/**
 * The only places payment and refund statuses change, each with its AuditEvent and the order's hook,
 * in the caller's transaction (the payment row must already be locked: lockPayment).
 *
 * Payment: CREATED → PENDING → SUCCEEDED; CREATED/PENDING → FAILED/CANCELLED; FAILED/CANCELLED →
 * SUCCEEDED (a late success: money was captured, so it is recorded). SUCCEEDED never changes again.
 * Refund: REQUESTED → SUCCEEDED/FAILED; FAILED → SUCCEEDED (the provider has the last word).
 */
export type TransitionSource = { actor?: Actor | null; eventId?: string; via: 'webhook' | 'office' | 'refund-call' | 'cancel' | 'start' };

export async function succeedPayment(tx: Tx, payment: Payment, source: TransitionSource, extra: Record<string, string | number | boolean> = {}): Promise<Payment> {
  if (payment.status === 'SUCCEEDED') return payment;
  const effects = requirePaymentEffects();
  const updated = await tx.payment.update({
    where: { id: payment.id },
    data: { status: 'SUCCEEDED', succeededAt: new Date(), failureCode: null },
  });
  await auditPayment(tx, {
    action: 'payment.succeeded',
    subjectType: 'payment',
    subjectId: payment.id,
    actor: source.actor,
    data: { orderId: payment.orderId, previousStatus: payment.status, via: source.via, ...(source.eventId ? { eventId: source.eventId } : {}), ...extra },
  });
  await effects.onPaymentSucceeded(tx, toPaymentRecord(updated), { previousStatus: payment.status });
  return updated;
}

/**
 * FAILED (declined, async failure) or CANCELLED (expired at the provider, superseded, cancelled by us).
 * The order's onPaymentFailed hook runs only for what the provider reports; a cancellation the order
 * code asked for (via 'cancel' / 'start') needs no hook.
 */
export async function closePayment(
  tx: Tx,
  payment: Payment,
  status: 'FAILED' | 'CANCELLED',
  failureCode: string | null,
  source: TransitionSource,
): Promise<Payment | null> {
  if (payment.status !== 'CREATED' && payment.status !== 'PENDING') return null;
  const notify = source.via === 'webhook';
  const effects = notify ? requirePaymentEffects() : null;
  const updated = await tx.payment.update({ where: { id: payment.id }, data: { status, failureCode } });
  await auditPayment(tx, {
    action: status === 'FAILED' ? 'payment.failed' : 'payment.cancelled',
    subjectType: 'payment',
    subjectId: payment.id,
    actor: source.actor,
    data: { orderId: payment.orderId, previousStatus: payment.status, via: source.via, ...(failureCode ? { failureCode } : {}), ...(source.eventId ? { eventId: source.eventId } : {}) },
  });
  if (effects) await effects.onPaymentFailed(tx, toPaymentRecord(updated));
  return updated;
}

export async function succeedRefund(tx: Tx, refund: Refund, payment: Payment, source: TransitionSource, providerRefundRef: string | null): Promise<Refund> {
  if (refund.status === 'SUCCEEDED') return refund;
  const effects = requirePaymentEffects();
  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: {
      status: 'SUCCEEDED',
      completedAt: new Date(),
      attemptUntil: null,
      failureCode: null,
      ...(refund.providerRefundRef === null && providerRefundRef ? { providerRefundRef } : {}),
    },
  });
  await auditPayment(tx, {
    action: 'refund.succeeded',
    subjectType: 'refund',
    subjectId: refund.id,
    actor: source.actor,
    data: { paymentId: payment.id, orderId: payment.orderId, amountMinor: refund.amountMinor, currency: refund.currency, previousStatus: refund.status, via: source.via, ...(source.eventId ? { eventId: source.eventId } : {}) },
  });
  await effects.onRefundSucceeded(tx, toRefundRecord(updated), toPaymentRecord(payment));
  return updated;
}

export async function failRefund(tx: Tx, refund: Refund, payment: Payment, source: TransitionSource, failureCode: string, providerRefundRef: string | null): Promise<Refund> {
  if (refund.status !== 'REQUESTED') return refund;
  const effects = requirePaymentEffects();
  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: {
      status: 'FAILED',
      failureCode,
      completedAt: new Date(),
      attemptUntil: null,
      ...(refund.providerRefundRef === null && providerRefundRef ? { providerRefundRef } : {}),
    },
  });
  await auditPayment(tx, {
    action: 'refund.failed',
    subjectType: 'refund',
    subjectId: refund.id,
    actor: source.actor,
    data: { paymentId: payment.id, orderId: payment.orderId, failureCode, via: source.via, ...(source.eventId ? { eventId: source.eventId } : {}) },
  });
  await effects.onRefundFailed?.(tx, toRefundRecord(updated), toPaymentRecord(payment));
  return updated;
}
