import { convert, type Money, type Rates } from '@/lib/money';

export type RefundAmountInput = {
  /** the rules' refunds, each in its item's currency (Agreement 4.3) */
  refunds: readonly Money[];
  /** what the order paid and what is already going back, in the payment's currency */
  basis: {
    currency: string;
    rates: Rates | undefined;
    paidMinor: number;
    /** succeeded refunds plus those in flight at the provider */
    refundedMinor: number;
    /** approved but not yet handed to the provider */
    reservedMinor: number;
  };
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

/**
 * From the rules' refunds to money that can go back (Agreement 6.5: to the original payment method, in
 * its currency): each refund converted with the rates stored on the order (4.6), summed, and capped at
 * what is still available, so an order never returns more than it took.
 */
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
