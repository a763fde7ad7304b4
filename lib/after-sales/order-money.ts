/**
 * What an order paid and what can still go back, read inside the caller's transaction so a decision and
 * the numbers it was checked against are the same (lib/payments getRefundSummary does the same outside
 * a transaction for the screens). Staff decisions read it whole; the traveller's quotes through
 * loadRefundBasis (load-refund-basis.ts). Amounts are priced into the payment's currency by lib/pricing
 * (inPaymentCurrency, refundAmount) with the rates and fee schedule version read here.
 */
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { Rates } from '@/lib/money';

export type OrderMoney = {
  /** order_checkouts.paid_payment_id; null when nothing was paid */
  paidPaymentId: string | null;
  /** the payment's currency, in which every refund of the order is made */
  currency: string;
  captured: number;
  refunded: number;
  inFlight: number;
  /** approved by staff or the system, not yet handed to the provider (startRequestRefund runs after commit) */
  reserved: number;
  /** captured − refunded − in flight − reserved, never below zero */
  available: number;
  rates: Rates | undefined;
  feeScheduleVersion: string | null;
};

export async function loadOrderMoney(client: Tx | Db, orderId: string, options: { exceptRequestId?: string } = {}): Promise<OrderMoney> {
  const checkout = await client.orderCheckout.findUnique({
    where: { orderId },
    select: { paidPaymentId: true, chargeCurrency: true, rates: true, feeScheduleVersion: true },
  });
  const payment = checkout?.paidPaymentId
    ? await client.payment.findUnique({
        where: { id: checkout.paidPaymentId },
        select: { status: true, amountMinor: true, currency: true, refunds: { select: { status: true, amountMinor: true } } },
      })
    : null;
  const captured = payment?.status === 'SUCCEEDED' ? payment.amountMinor : 0;
  const total = (status: string) => (payment?.refunds ?? []).filter((r) => r.status === status).reduce((s, r) => s + r.amountMinor, 0);
  const refunded = total('SUCCEEDED');
  const inFlight = total('REQUESTED');
  const pending = await client.serviceRequest.findMany({
    where: { orderId, status: 'APPROVED', refundId: null, approvedRefundMinor: { gt: 0 }, ...(options.exceptRequestId ? { id: { not: options.exceptRequestId } } : {}) },
    select: { approvedRefundMinor: true },
  });
  const reserved = pending.reduce((s, r) => s + (r.approvedRefundMinor ?? 0), 0);
  return {
    paidPaymentId: payment ? checkout!.paidPaymentId : null,
    currency: payment?.currency ?? checkout?.chargeCurrency ?? 'AZN',
    captured,
    refunded,
    inFlight,
    reserved,
    available: Math.max(0, captured - refunded - inFlight - reserved),
    rates: (checkout?.rates ?? undefined) as Rates | undefined,
    feeScheduleVersion: checkout?.feeScheduleVersion ?? null,
  };
}
