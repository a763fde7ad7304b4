/**
 * From a rules quote to money that can go back. The rules quote an item in the item's currency
 * (Agreement 4.3: the provider's currency); a refund is made in the currency the payment was taken in
 * (order_checkouts.charge_currency, Agreement 6.5: to the original payment method), converted with the
 * rates stored on the order so the traveller gets back what the order's own conversion charged. Never
 * more than was paid less what has already gone back or is on its way.
 */
import type { Db, Tx } from '@/lib/db/client';
import { convert, type Money, type Rates } from '@/lib/money';
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

export type RefundAmountInput = {
  /** the rules' refunds, each in its item's currency */
  refunds: readonly Money[];
  basis: Pick<RefundBasis, 'currency' | 'rates' | 'paidMinor' | 'refundedMinor' | 'reservedMinor'>;
};

export type RefundAmount = {
  /** what goes back, in the payment's currency */
  refund: Money;
  /** before the cap */
  uncapped: Money;
  /** paid − refunded − in flight − reserved, never below zero */
  available: Money;
  capped: boolean;
};

/** Pure: converts each refund with the stored rates, sums them and caps the sum at what is still available. */
export function refundAmount({ refunds, basis }: RefundAmountInput): RefundAmount {
  const uncappedMinor = refunds.reduce((total, r) => total + convert(r, basis.currency, basis.rates).amount, 0);
  const availableMinor = Math.max(0, basis.paidMinor - basis.refundedMinor - basis.reservedMinor);
  const refundMinor = Math.min(Math.max(0, uncappedMinor), availableMinor);
  return {
    refund: { amount: refundMinor, currency: basis.currency },
    uncapped: { amount: uncappedMinor, currency: basis.currency },
    available: { amount: availableMinor, currency: basis.currency },
    capped: refundMinor < uncappedMinor,
  };
}

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
