import { requireMoney, type Money } from '../money';
import { RulesError } from './errors';
import { HOUR_MS, requireInstant } from './instants';

/** Days within which a paid but unissued order is refunded (Agreement 4.5). */
export const NOT_ISSUED_REFUND_DAYS = 3;

export type NotIssuedRefund = { refund: Money; dueBy: Date; clause: string };

/**
 * Paid but the ticket was not issued (Agreement 4.5): everything paid comes back, service fee included,
 * within 3 days. The days are counted as 72 hours from the payment, the earliest reading of the promise,
 * so the deadline is the same in every time zone and never later than the agreement allows.
 */
export function quoteNotIssuedRefund(paid: Money, paidAt: Date): NotIssuedRefund {
  const amount = requireMoney(paid);
  if (amount.amount < 0) throw new RulesError('INVALID_AMOUNT', 'the amount paid is negative');
  const dueBy = new Date(requireInstant(paidAt, 'paidAt') + NOT_ISSUED_REFUND_DAYS * 24 * HOUR_MS);
  return { refund: amount, dueBy, clause: 'Agreement 4.5' };
}
