/**
 * What an order paid and what is already going back, as the refund a traveller is quoted is capped by it
 * (lib/pricing refundAmount converts and caps; this reads the numbers). A refund is made in the currency
 * the payment was taken in (order_checkouts.charge_currency, Agreement 6.5).
 */
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { Rates } from '@/lib/money';
import { loadOrderMoney } from './order-money';

export type RefundBasis = {
  /** order_checkouts.paid_payment_id; null when nothing was paid */
  paymentId: string | null;
  /** the payment's currency: every refund of the order is in it */
  currency: string;
  paidMinor: number;
  /** SUCCEEDED refunds plus REQUESTED ones (in flight at the provider) */
  refundedMinor: number;
  /** approved by a request but not yet handed to the provider (startRequestRefund runs after commit) */
  reservedMinor: number;
  rates: Rates | undefined;
};

/**
 * What the order paid and what is already going back, read in the caller's transaction (so a
 * decision and the numbers it was checked against are the same): the order's money as staff decisions
 * read it (order-money.ts), with refunds in flight counted as gone.
 */
export async function loadRefundBasis(client: Db | Tx, orderId: string, options: { exceptRequestId?: string } = {}): Promise<RefundBasis> {
  const money = await loadOrderMoney(client, orderId, options);
  return {
    paymentId: money.paidPaymentId,
    currency: money.currency,
    paidMinor: money.captured,
    refundedMinor: money.refunded + money.inFlight,
    reservedMinor: money.reserved,
    rates: money.rates,
  };
}
