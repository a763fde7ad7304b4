import { TRANSFER_LEAD_HOURS, transferTier } from './transfer-classes';
import type { VehicleClass, WindowCheck } from './types';
import { windowCheck } from './window-check';

/**
 * Whether a transfer of this class can still be booked for `pickupAt` (Agreement 6.2): standard classes
 * up to 16 h before pickup, premium classes up to 24 h. "Up to" includes the cutoff itself, so a booking
 * made exactly 16 h (24 h) before pickup is accepted.
 */
export function checkTransferBooking(vehicleClass: VehicleClass, pickupAt: Date, at: Date): WindowCheck {
  return windowCheck({
    eventAt: pickupAt,
    at,
    hoursBefore: TRANSFER_LEAD_HOURS[transferTier(vehicleClass)].booking,
    cutoffAllowed: true,
    clause: 'Agreement 6.2',
    open: 'TRANSFER_BOOKING_OPEN',
    closed: 'TRANSFER_BOOKING_TOO_LATE',
  });
}
