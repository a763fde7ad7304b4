import 'server-only';
import { db } from '../db/client';
import type { Payment } from '../db/generated/client';
import { cancelAtProvider } from './cancel-at-provider';
import { lockOrderPayments, lockPayment, TX_OPTIONS } from './locks';
import { getPaymentProvider } from './provider';
import { toPaymentRecord } from './records';
import { closePayment } from './transitions';
import type { Actor, PaymentProvider, PaymentRecord } from './types';

export type CancelOpenPaymentsInput = { orderId: string; reason?: string; actor?: Actor | null };

/**
 * Cancels every open (CREATED/PENDING) payment of an order: for the job that releases expired holds,
 * and when an order is cancelled before payment. Our database decides first (CANCELLED, AuditEvent);
 * then the provider sessions are closed. No hook runs: the order code asked for it. A traveller who
 * pays in that instant produces a late success (see PaymentEffects.onPaymentSucceeded).
 */
export async function cancelOpenPayments(input: CancelOpenPaymentsInput, options: { provider?: PaymentProvider } = {}): Promise<PaymentRecord[]> {
  const cancelled = await db.$transaction(async (tx) => {
    await lockOrderPayments(tx, input.orderId);
    const open = await tx.payment.findMany({ where: { orderId: input.orderId, status: { in: ['CREATED', 'PENDING'] } }, select: { id: true } });
    const closed: Payment[] = [];
    for (const { id } of open) {
      const payment = await lockPayment(tx, id);
      const updated = payment && (await closePayment(tx, payment, 'CANCELLED', input.reason ?? 'cancelled', { via: 'cancel', actor: input.actor ?? null }));
      if (updated) closed.push(updated);
    }
    return closed;
  }, TX_OPTIONS);
  if (cancelled.some((p) => p.method === 'CARD')) await cancelAtProvider(cancelled, options.provider ?? getPaymentProvider());
  return cancelled.map(toPaymentRecord);
}
