/**
 * Hotel semantics (Agreement 6.3: the rate's own policy, shown at booking):
 * - Non-refundable rate: refused.
 * - From the check-in time on: refused online; a no-show or early departure is settled with the hotel
 *   by support.
 * - Until `freeUntil`, that instant included ("free until 18:00" means 18:00 is still free): full price back.
 * - After it: the rate's penalty, either the first night or a percentage of the price (rounded half
 *   away from zero), never more than the price.
 * The service fee is kept in every case (Agreement 6.4).
 */
import { multiplyByPercent, zero } from '../money';
import { refuseCancellation, settleCancellation } from './settle-cancellation';
import type { CancellationQuote, HotelItem } from './types';

export function quoteHotelCancellation(item: HotelItem, atMs: number): CancellationQuote {
  const policy = item.cancellation;
  if (policy.type === 'NON_REFUNDABLE') return refuseCancellation(item, 'Agreement 6.3', 'NON_REFUNDABLE_RATE');
  if (atMs >= item.checkInAt.getTime()) return refuseCancellation(item, 'Agreement 6.3', 'HOTEL_CHECK_IN_PASSED');
  const none = zero(item.price.currency);
  if (atMs <= policy.freeUntil.getTime()) {
    return settleCancellation(item, {
      penalty: none,
      agencyFee: none,
      clause: 'Agreement 6.3',
      reason: 'HOTEL_FREE_CANCELLATION',
    });
  }
  const penalty =
    policy.penalty.kind === 'FIRST_NIGHT' ? item.firstNight : multiplyByPercent(item.price, policy.penalty.percent);
  return settleCancellation(item, {
    penalty,
    agencyFee: none,
    clause: 'Agreement 6.3',
    reason: 'HOTEL_CANCELLATION_PENALTY',
  });
}
