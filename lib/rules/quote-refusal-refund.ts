import { requireMoney, type Money } from '../money';
import { RulesError } from './errors';
import { requireInstant } from './instants';

export type RefusalRefund = {
  /** Everything paid, service fee included. */
  refund: Money;
  /** The traveller is told at once: the notification is due at the moment of refusal. */
  notifyBy: Date;
  /** Funds go back to the details the order was paid from. */
  refundTo: 'ORIGINAL_PAYMENT_METHOD';
  clause: string;
  reason: 'REFUSED_BY_AGENCY';
};

/**
 * The agency refuses an order (Agreement 8.5): no reason need be given, the traveller is notified
 * immediately, and the whole amount paid, service fee included, goes back to the same payment method.
 */
export function quoteRefusalRefund(paid: Money, refusedAt: Date): RefusalRefund {
  const amount = requireMoney(paid);
  if (amount.amount < 0) throw new RulesError('INVALID_AMOUNT', 'the amount paid is negative');
  return {
    refund: amount,
    notifyBy: new Date(requireInstant(refusedAt, 'refusedAt')),
    refundTo: 'ORIGINAL_PAYMENT_METHOD',
    clause: 'Agreement 8.5',
    reason: 'REFUSED_BY_AGENCY',
  };
}
