/**
 * Flight semantics:
 * - Not issued yet (paid, no e-ticket): Agreement 4.5 returns everything paid, service fee included,
 *   whatever the moment; no airline penalty and no agency fee, as there is no ticket to refund.
 * - Non-refundable fare: refused (Agreement 6.1, the fare rules shown at booking).
 * - After departure: refused online. What an unused ticket is still worth depends on the airline's
 *   no-show rules, which the snapshot does not hold, so support handles it (Agreement 6.5).
 * - Otherwise: price − the fare's refund penalty − the 15 AZN agency fee (Agreement 6.1), converted into
 *   the item's currency with the order's rates, floored at zero; the service fee is kept (Agreement 6.4).
 */
import { add, convert, zero, type Rates } from '../money';
import type { FeeSchedule } from './fee-schedule';
import { refuseCancellation, settleCancellation } from './settle-cancellation';
import type { CancellationQuote, FlightItem } from './types';

export function quoteFlightCancellation(
  item: FlightItem,
  atMs: number,
  fx: Rates | undefined,
  schedule: FeeSchedule,
): CancellationQuote {
  if (!item.issued) {
    const none = zero(item.price.currency);
    return {
      allowed: true,
      penalty: none,
      agencyFee: none,
      serviceFeeKept: none,
      refund: add(item.price, item.serviceFee),
      clause: 'Agreement 4.5',
      reason: 'TICKET_NOT_ISSUED',
    };
  }
  if (!item.fareRules.refundable) return refuseCancellation(item, 'Agreement 6.1', 'NON_REFUNDABLE_FARE');
  if (atMs >= item.departureAt.getTime()) return refuseCancellation(item, 'Agreement 6.1', 'FLIGHT_DEPARTED');
  return settleCancellation(item, {
    penalty: item.fareRules.refundPenalty ?? zero(item.price.currency),
    agencyFee: convert(schedule.ticketRefundOrExchangeFee, item.price.currency, fx),
    clause: 'Agreement 6.1',
    reason: 'FARE_RULES_REFUND',
  });
}
