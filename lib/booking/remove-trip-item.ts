import 'server-only';
import { db } from '@/lib/db/client';
import { BookingError } from './errors';
import { findTrip, type TripOwner } from './find-trip';
import { tripItemIdSchema } from './trip-schemas';

export type RemoveTripItemOptions = { owner: TripOwner; input: unknown };

/** Takes an offer out of the owner's trip; an item of someone else's trip is "not found". */
export async function removeTripItem({ owner, input }: RemoveTripItemOptions): Promise<void> {
  const parsed = tripItemIdSchema.safeParse(input);
  if (!parsed.success) throw new BookingError('TRIP_ITEM_NOT_FOUND', 'trip.errors.itemNotFound');
  const trip = await findTrip(db, owner);
  if (!trip) throw new BookingError('TRIP_ITEM_NOT_FOUND', 'trip.errors.itemNotFound');
  const { count } = await db.tripItem.deleteMany({ where: { id: parsed.data.itemId, tripId: trip.id } });
  if (count === 0) throw new BookingError('TRIP_ITEM_NOT_FOUND', 'trip.errors.itemNotFound');
}
