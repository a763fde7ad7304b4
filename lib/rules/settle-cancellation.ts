import { min, subtract, zero, type Money } from '../money';
import type { ReasonCode } from './reasons';
import type { CancellationQuote, Item } from './types';

type Deductions = { penalty: Money; agencyFee: Money; clause: string; reason: ReasonCode };

/**
 * Turns the deductions of an allowed cancellation into a quote. Deductions are capped at what the
 * service cost, so the refund bottoms out at zero and the traveller is never invoiced for cancelling.
 * The service fee is kept in every case that reaches here (Agreement 4.4, 6.4).
 */
export function settleCancellation(item: Item, deductions: Deductions): CancellationQuote {
  const penalty = min(deductions.penalty, item.price);
  const remaining = subtract(item.price, penalty);
  const agencyFee = min(deductions.agencyFee, remaining);
  return {
    allowed: true,
    penalty,
    agencyFee,
    serviceFeeKept: item.serviceFee,
    refund: subtract(remaining, agencyFee),
    clause: deductions.clause,
    reason: deductions.reason,
  };
}

/** A cancellation the rules do not allow: nothing goes back and the whole price counts as withheld. */
export function refuseCancellation(item: Item, clause: string, reason: ReasonCode): CancellationQuote {
  const none = zero(item.price.currency);
  return {
    allowed: false,
    penalty: item.price,
    agencyFee: none,
    serviceFeeKept: item.serviceFee,
    refund: none,
    clause,
    reason,
  };
}
