import { convert, type Money, type Rates } from '@/lib/money';

/**
 * A rules amount (in its item's currency, Agreement 4.3) in the currency the order was paid in, at the
 * rates stored on the order: refunds go back to the original payment method (6.5) in what it charged, and
 * a charge for a change is asked in the same currency (3.1.4). The order's own rates, never today's, so
 * the traveller gets back what the order's conversion charged (4.6).
 */
export function inPaymentCurrency(amount: Money, order: { currency: string; rates: Rates | undefined }): Money {
  return convert(amount, order.currency, order.rates);
}
