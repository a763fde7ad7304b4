import 'server-only';
import { db, type Tx } from '../db/client';
import type { Payment, Refund } from '../db/generated/client';
import { auditPayment } from './audit';
import { requirePaymentEffects } from './effects';
import { lockPayment, TX_OPTIONS } from './locks';
import { closePayment, failRefund, succeedPayment, succeedRefund } from './transitions';
import type { PaymentEvent } from './types';

export type ApplyPaymentEventResult = {
  /**
   * applied: the event changed state (hooks ran); unchanged: recorded, but the state had already moved
   * past it (e.g. 'failed' after 'succeeded'); duplicate: this event id was applied before, nothing
   * done; ignored: not an event we act on, or not about a payment of ours (not recorded).
   */
  status: 'applied' | 'unchanged' | 'duplicate' | 'ignored';
  paymentId?: string;
  refundId?: string;
};

/**
 * Applies a verified provider event exactly once. In one transaction: lock the payment row, record
 * (provider, event id) in payment_webhook_events, change the state, write the AuditEvent and run the
 * order's hook. A redelivery finds its event row and stops; concurrent deliveries queue on the payment
 * row lock. If anything throws, nothing is recorded and the provider's retry will apply it.
 */
export async function applyPaymentEvent(event: PaymentEvent): Promise<ApplyPaymentEventResult> {
  if (event.type === 'ignored') return { status: 'ignored' };
  // Fail before touching anything when the order code is not wired in this process.
  requirePaymentEffects();

  return db.$transaction(async (tx) => {
    if (event.type.startsWith('payment.')) {
      const payment = await findPaymentForEvent(tx, event);
      if (!payment) return { status: 'ignored' };
      if (!(await recordEvent(tx, event))) return { status: 'duplicate', paymentId: payment.id };
      const changed = await applyToPayment(tx, payment, event);
      await finishEvent(tx, event, changed);
      return { status: changed ? 'applied' : 'unchanged', paymentId: payment.id };
    }

    const found = await findRefundForEvent(tx, event);
    if (!found) return { status: 'ignored' };
    const { payment, refund } = found;
    if (!(await recordEvent(tx, event))) return { status: 'duplicate', paymentId: payment.id, refundId: refund.id };
    const changed = await applyToRefund(tx, payment, refund, event);
    await finishEvent(tx, event, changed);
    return { status: changed ? 'applied' : 'unchanged', paymentId: payment.id, refundId: refund.id };
  }, TX_OPTIONS);
}

async function findPaymentForEvent(tx: Tx, event: PaymentEvent): Promise<Payment | null> {
  const match = event.providerRef
    ? await tx.payment.findUnique({ where: { providerRef: event.providerRef }, select: { id: true, provider: true } })
    : null;
  const candidate =
    match ?? (event.paymentId && isUuid(event.paymentId) ? await tx.payment.findUnique({ where: { id: event.paymentId }, select: { id: true, provider: true } }) : null);
  if (!candidate || candidate.provider !== event.provider) return null;
  return lockPayment(tx, candidate.id);
}

async function findRefundForEvent(tx: Tx, event: PaymentEvent): Promise<{ payment: Payment; refund: Refund } | null> {
  const byRef = event.refundRef ? await tx.refund.findUnique({ where: { providerRefundRef: event.refundRef }, select: { id: true, paymentId: true } }) : null;
  // The refund event can arrive before issueRefund has stored the provider's refund id: our own id
  // travels in the refund's metadata.
  const candidate = byRef ?? (event.refundId && isUuid(event.refundId) ? await tx.refund.findUnique({ where: { id: event.refundId }, select: { id: true, paymentId: true } }) : null);
  if (!candidate) return null;
  const payment = await lockPayment(tx, candidate.paymentId);
  if (!payment || payment.provider !== event.provider) return null;
  const refund = await tx.refund.findUnique({ where: { id: candidate.id } });
  return refund ? { payment, refund } : null;
}

async function recordEvent(tx: Tx, event: PaymentEvent): Promise<boolean> {
  const { count } = await tx.paymentWebhookEvent.createMany({
    data: [{ provider: event.provider, eventId: event.id, type: event.providerType, outcome: 'processing' }],
    skipDuplicates: true,
  });
  return count === 1;
}

async function finishEvent(tx: Tx, event: PaymentEvent, changed: boolean): Promise<void> {
  await tx.paymentWebhookEvent.update({
    where: { provider_eventId: { provider: event.provider, eventId: event.id } },
    data: { outcome: changed ? 'applied' : 'unchanged', processedAt: new Date() },
  });
}

async function applyToPayment(tx: Tx, payment: Payment, event: PaymentEvent): Promise<boolean> {
  const source = { via: 'webhook' as const, eventId: event.id };
  switch (event.type) {
    case 'payment.succeeded': {
      if (payment.status === 'SUCCEEDED') return false;
      const mismatch = event.amount !== null && (event.amount.amount !== payment.amountMinor || event.amount.currency !== payment.currency);
      await succeedPayment(tx, payment, source, mismatch ? { amountMismatch: true, providerAmountMinor: event.amount?.amount ?? 0 } : {});
      return true;
    }
    case 'payment.failed':
      return (await closePayment(tx, payment, 'FAILED', event.failureCode ?? 'declined', source)) !== null;
    case 'payment.expired':
      return (await closePayment(tx, payment, 'CANCELLED', 'expired', source)) !== null;
    case 'payment.pending':
      if (payment.status !== 'CREATED') return false;
      await tx.payment.update({ where: { id: payment.id }, data: { status: 'PENDING' } });
      return true;
    default:
      return false;
  }
}

async function applyToRefund(tx: Tx, payment: Payment, refund: Refund, event: PaymentEvent): Promise<boolean> {
  const source = { via: 'webhook' as const, eventId: event.id };
  switch (event.type) {
    case 'refund.succeeded':
      if (refund.status === 'SUCCEEDED') return false;
      await succeedRefund(tx, refund, payment, source, event.refundRef);
      return true;
    case 'refund.failed':
      if (refund.status === 'REQUESTED') {
        await failRefund(tx, refund, payment, source, event.failureCode ?? 'provider_failed', event.refundRef);
        return true;
      }
      if (refund.status === 'SUCCEEDED') {
        // Card refunds can bounce after succeeding (closed card). The money did not reach the traveller:
        // flag it for staff rather than reopen the refund automatically.
        await auditPayment(tx, {
          action: 'refund.failed_after_success',
          subjectType: 'refund',
          subjectId: refund.id,
          data: { paymentId: payment.id, orderId: payment.orderId, eventId: event.id, failureCode: event.failureCode ?? 'unknown' },
        });
      }
      return false;
    case 'refund.pending':
      if (refund.status !== 'REQUESTED' || refund.providerRefundRef !== null || !event.refundRef) return false;
      await tx.refund.update({ where: { id: refund.id }, data: { providerRefundRef: event.refundRef } });
      return true;
    default:
      return false;
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
