import 'server-only';
import { db } from '@/lib/db/client';
import { BookingError } from './errors';
import { findTrip, type TripOwner } from './find-trip';
import { offerToJson } from './offer-json';
import { repriceTripItem } from './reprice-trip';
import { tripItemIdSchema } from './trip-schemas';

export type AcceptNewPriceOptions = { owner: TripOwner; input: unknown; at?: Date };

/**
 * The traveller accepts an item's new price (never applied without this step). The price accepted is
 * the one the supplier quotes now; if it moved again, the page shows the newer one.
 */
export async function acceptNewPrice({ owner, input, at = new Date() }: AcceptNewPriceOptions) {
  const parsed = tripItemIdSchema.safeParse(input);
  if (!parsed.success) throw new BookingError('TRIP_ITEM_NOT_FOUND', 'trip.errors.itemNotFound');
  const trip = await findTrip(db, owner);
  const item = trip?.items.find((i) => i.id === parsed.data.itemId);
  if (!trip || !item) throw new BookingError('TRIP_ITEM_NOT_FOUND', 'trip.errors.itemNotFound');
  const now = await repriceTripItem(item, at);
  if (now.status === 'SOLD_OUT') throw new BookingError('SOLD_OUT', 'checkout.errors.soldOut');
  await db.tripItem.updateMany({
    where: { id: item.id, tripId: trip.id },
    data: { offer: offerToJson(now.offer), acceptedAmountMinor: now.price.amount, acceptedCurrency: now.price.currency },
  });
  return { price: now.price };
}
