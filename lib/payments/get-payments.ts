import 'server-only';
import { db } from '../db/client';
import { money, type Money } from '../money';
import { PaymentError } from './errors';
import { toPaymentRecord, toRefundRecord } from './records';
import type { PaymentRecord, RefundRecord } from './types';

export async function getPayment(paymentId: string): Promise<PaymentRecord | null> {
  const row = await db.payment.findUnique({ where: { id: paymentId } });
  return row ? toPaymentRecord(row) : null;
}

/** Every payment of an order, newest first (the first open or succeeded one is the current one). */
export async function listOrderPayments(orderId: string): Promise<PaymentRecord[]> {
  const rows = await db.payment.findMany({ where: { orderId }, orderBy: { createdAt: 'desc' } });
  return rows.map(toPaymentRecord);
}

export type RefundSummary = {
  payment: PaymentRecord;
  refunds: RefundRecord[];
  /** SUCCEEDED payment amount, zero otherwise */
  captured: Money;
  refunded: Money;
  /** REQUESTED refunds: reserved, not yet confirmed */
  inFlight: Money;
  /** what issueRefund would accept now */
  refundable: Money;
};

/** For the support screen (issue 9): what was paid, refunded, and can still be refunded. */
export async function getRefundSummary(paymentId: string): Promise<RefundSummary> {
  const row = await db.payment.findUnique({ where: { id: paymentId }, include: { refunds: { orderBy: { createdAt: 'asc' } } } });
  if (!row) throw new PaymentError('PAYMENT_NOT_FOUND', paymentId);
  const total = (status: 'SUCCEEDED' | 'REQUESTED') => row.refunds.filter((r) => r.status === status).reduce((sum, r) => sum + r.amountMinor, 0);
  const captured = row.status === 'SUCCEEDED' ? row.amountMinor : 0;
  const refunded = total('SUCCEEDED');
  const inFlight = total('REQUESTED');
  return {
    payment: toPaymentRecord(row),
    refunds: row.refunds.map(toRefundRecord),
    captured: money(captured, row.currency),
    refunded: money(refunded, row.currency),
    inFlight: money(inFlight, row.currency),
    refundable: money(Math.max(0, captured - refunded - inFlight), row.currency),
  };
}
