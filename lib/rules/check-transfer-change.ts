import { TRANSFER_LEAD_HOURS, transferTier } from './transfer-classes';
import type { VehicleClass, WindowCheck } from './types';
import { windowCheck } from './window-check';

/**
 * Whether a booked transfer can still be changed (Agreement 6.2): only more than 16 h (standard) or
 * 24 h (premium) before pickup, so a request exactly at the cutoff is refused and `latestAt` is one
 * millisecond before it.
 *
 * Check against the booked pickup and class. A change to a new pickup time or class must also pass
 * `checkTransferBooking` for the new values, as a new booking would.
 */
export function checkTransferChange(vehicleClass: VehicleClass, pickupAt: Date, at: Date): WindowCheck {
  return windowCheck({
    eventAt: pickupAt,
    at,
    hoursBefore: TRANSFER_LEAD_HOURS[transferTier(vehicleClass)].change,
    cutoffAllowed: false,
    clause: 'Agreement 6.2',
    open: 'TRANSFER_CHANGE_OPEN',
    closed: 'TRANSFER_CHANGE_TOO_LATE',
  });
}
