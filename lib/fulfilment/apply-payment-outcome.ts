/**
 * The order side of payment outcomes (lib/payments PaymentEffects). Each runs inside the transaction
 * that changes the payment, after lib/payments has locked the payment row; here the order row is
 * locked too, so a payment outcome and the hold-expiry job never act on one order at the same time.
 *
 * - succeeded, order HELD → order PAID (holds stay HELD: issue-order.ts confirms them at the
 *   supplier after this transaction commits) and the payment confirmation mail is queued.
 * - succeeded, order EXPIRED (the traveller paid after the hold ran out, which Stripe's 30-minute
 *   minimum session makes possible) → the inventory is held again if it is still there and the order
 *   becomes PAID; otherwise the order stays EXPIRED and the payment is refunded by the hold job.
 * - succeeded while another payment already paid the order → refunded by the hold job.
 * - failed → the order stays HELD with the decline shown; the traveller may pay again until expiry.
 */
import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import type { PaymentRecord, PaymentStatus } from '@/lib/payments/types';
import { holdItemAgain } from '@/lib/booking/hold-item-again';
import { queueOrderMail } from '@/lib/fulfilment/queue-order-mail';
import { recordOrderEvent } from '@/lib/booking/record-order-event';

async function lockOrder(tx: Tx, orderId: string): Promise<OrderStatus | null> {
  const rows = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}

export async function applyPaymentSucceeded(tx: Tx, payment: PaymentRecord, context: { previousStatus: PaymentStatus }, now = new Date()) {
  const status = await lockOrder(tx, payment.orderId);
  if (!status) return;
  const checkout = await tx.orderCheckout.findUnique({ where: { orderId: payment.orderId }, select: { paidPaymentId: true } });
  if (!checkout || checkout.paidPaymentId === payment.id) return;

  if (status === 'EXPIRED' && !(await holdAgain(tx, payment.orderId, now))) {
    await recordOrderEvent(tx, {
      orderId: payment.orderId,
      from: status,
      to: status,
      reason: 'PAYMENT_AFTER_EXPIRY',
      data: { paymentId: payment.id, previousPaymentStatus: context.previousStatus, refund: 'due' },
    });
    return;
  }
  if (status !== 'HELD' && status !== 'EXPIRED') {
    // Paid already (or moved on): this second payment is surplus and the hold job refunds it.
    await recordOrderEvent(tx, { orderId: payment.orderId, from: status, to: status, reason: 'SURPLUS_PAYMENT', data: { paymentId: payment.id, refund: 'due' } });
    return;
  }

  // The payment only pays: the supplier issues after the commit (issue-order.ts, run by the
  // booking-issue-paid-orders loop), so a slow or failing supplier never holds up or rolls back the
  // payment, and a crash in between is recovered by the worker. The holds stay HELD until then.
  await tx.order.update({ where: { id: payment.orderId }, data: { status: 'PAID' } });
  await tx.orderCheckout.update({
    where: { orderId: payment.orderId },
    data: { paidAt: now, paidPaymentId: payment.id, lastPaymentError: null, lastPaymentErrorAt: null, expiredAt: null },
  });
  await recordOrderEvent(tx, {
    orderId: payment.orderId,
    from: status,
    to: 'PAID',
    reason: status === 'EXPIRED' ? 'LATE_PAYMENT_HELD_AGAIN' : 'PAYMENT_SUCCEEDED',
    data: { paymentId: payment.id, method: payment.method, amountMinor: payment.amount.amount, currency: payment.amount.currency },
  });
  // Agreement 4.9: the payment confirmation goes out by itself (through the outbox, after the commit).
  await queueOrderMail(tx, {
    orderId: payment.orderId,
    template: 'payment-confirmed',
    payload: { orderId: payment.orderId },
    dedupeKey: `order:${payment.orderId}:payment-confirmed`,
  });
}

/**
 * After expiry the inventory went back; a late payment takes it again if it is still there. All items
 * or none: a savepoint undoes partial holds without touching the payment's own changes.
 */
async function holdAgain(tx: Tx, orderId: string, now: Date): Promise<boolean> {
  const holds = await tx.orderHold.findMany({ where: { orderId }, select: { id: true, orderItemId: true, kind: true } });
  await tx.$executeRaw`SAVEPOINT late_payment_hold`;
  try {
    for (const hold of holds) {
      if (!(await holdItemAgain(tx, hold, now))) throw new Error('no longer available');
    }
    await tx.$executeRaw`RELEASE SAVEPOINT late_payment_hold`;
    return true;
  } catch {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT late_payment_hold`;
    return false;
  }
}

export async function applyPaymentFailed(tx: Tx, payment: PaymentRecord, now = new Date()) {
  const status = await lockOrder(tx, payment.orderId);
  if (status !== 'HELD') return;
  const code = payment.failureCode ?? 'declined';
  await tx.orderCheckout.update({ where: { orderId: payment.orderId }, data: { lastPaymentError: code.slice(0, 60), lastPaymentErrorAt: now } });
  await recordOrderEvent(tx, { orderId: payment.orderId, from: 'HELD', to: 'HELD', reason: 'PAYMENT_FAILED', data: { paymentId: payment.id, failureCode: code } });
}
