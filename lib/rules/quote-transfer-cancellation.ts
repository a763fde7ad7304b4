/**
 * Transfer semantics (Agreement 6.2):
 * - At least 5 h (standard classes) / 24 h (premium classes) before pickup, the cutoff included: free,
 *   the price comes back.
 * - Later but before pickup: allowed, with a 100 % penalty, so nothing comes back.
 * - From the pickup time on: refused; the ride has started or was missed.
 * No agency fee: the agreement sets one for air tickets only. The service fee is kept (Agreement 6.4).
 */
import { zero } from '../money';
import { HOUR_MS } from './instants';
import { refuseCancellation, settleCancellation } from './settle-cancellation';
import { TRANSFER_LEAD_HOURS, transferTier } from './transfer-classes';
import type { CancellationQuote, TransferItem } from './types';

export function quoteTransferCancellation(item: TransferItem, atMs: number): CancellationQuote {
  const pickupMs = item.pickupAt.getTime();
  if (atMs >= pickupMs) return refuseCancellation(item, 'Agreement 6.2', 'TRANSFER_PICKUP_PASSED');
  const freeCutoffMs = pickupMs - TRANSFER_LEAD_HOURS[transferTier(item.vehicleClass)].freeCancellation * HOUR_MS;
  const none = zero(item.price.currency);
  if (atMs <= freeCutoffMs) {
    return settleCancellation(item, { penalty: none, agencyFee: none, clause: 'Agreement 6.2', reason: 'TRANSFER_FREE_WINDOW' });
  }
  return settleCancellation(item, {
    penalty: item.price,
    agencyFee: none,
    clause: 'Agreement 6.2',
    reason: 'TRANSFER_LATE_CANCELLATION',
  });
}
