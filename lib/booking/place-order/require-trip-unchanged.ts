import 'server-only';
import type { Tx } from '@/lib/db/client';
import { BookingError } from '../errors';
import type { TripView } from '../find-trip';
import { errorKey } from './error-key';

/**
 * The trip must still be what the form was filled for (another tab may have booked or changed it): the
 * same items at the same accepted prices. The trip's row stays locked until the order commits.
 */
export async function requireTripUnchanged(tx: Tx, trip: TripView): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM (SELECT id FROM trips WHERE id = ${trip.id}::uuid FOR UPDATE) AS t`;
  const current = await tx.tripItem.findMany({ where: { tripId: trip.id }, select: { id: true, acceptedAmountMinor: true, acceptedCurrency: true } });
  const unchanged =
    current.length === trip.items.length &&
    trip.items.every((item) => current.some((c) => c.id === item.id && c.acceptedAmountMinor === item.accepted.amount && c.acceptedCurrency === item.accepted.currency));
  if (!unchanged) throw new BookingError('TRIP_CHANGED', errorKey('tripChanged'), { fieldErrors: { _form: errorKey('tripChanged') } });
}
