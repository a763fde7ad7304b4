import { TRANSFER_EXTRAS_LEAD_HOURS } from './transfer-classes';
import type { WindowCheck } from './types';
import { windowCheck } from './window-check';

/**
 * Whether children, animals or extra luggage can still be declared for a transfer (Agreement 6.2): no
 * later than 24 h before pickup for every class, the cutoff itself included.
 */
export function checkTransferExtras(pickupAt: Date, at: Date): WindowCheck {
  return windowCheck({
    eventAt: pickupAt,
    at,
    hoursBefore: TRANSFER_EXTRAS_LEAD_HOURS,
    cutoffAllowed: true,
    clause: 'Agreement 6.2',
    open: 'TRANSFER_EXTRAS_OPEN',
    closed: 'TRANSFER_EXTRAS_TOO_LATE',
  });
}
