import 'server-only';
import { db } from '@/lib/db/client';
import { BookingError } from './errors';
import { MAX_TRIP_ITEMS } from './constants';
import { ensureTrip, type TripOwner } from './find-trip';
import { offerToJson } from './offer-json';
import { getOffer, repriceOffer } from './supplier-calls';
import { addToTripSchema } from './trip-schemas';
import { newTripToken } from './trip-token';

export type AddTripItemOptions = { owner: TripOwner; input: unknown; at?: Date };
export type AddTripItemResult = { tripId: string; itemId: string; setCookie: string | null };

/**
 * Puts an offer into the owner's trip at its current price, which the traveller is then shown as the
 * accepted price. Adding the same offer again refreshes it rather than booking it twice.
 */
export async function addTripItem({ owner, input, at = new Date() }: AddTripItemOptions): Promise<AddTripItemResult> {
  const parsed = addToTripSchema.safeParse(input);
  if (!parsed.success) throw new BookingError('INVALID_INPUT', 'trip.errors.invalidOffer');
  const { kind, offerId } = parsed.data;

  const offer = await getOffer(kind, offerId, at);
  if (!offer || offer.kind !== kind) throw new BookingError('OFFER_NOT_FOUND', 'trip.errors.offerNotFound');
  const current = await repriceOffer(offer, at);
  if (current.status !== 'AVAILABLE' && current.status !== 'PRICE_CHANGED') {
    throw new BookingError('OFFER_UNAVAILABLE', 'trip.errors.offerUnavailable');
  }
  const latest = current.offer;

  return db.$transaction(async (tx) => {
    const { tripId, setCookie } = await ensureTrip(tx, owner, newTripToken);
    const count = await tx.tripItem.count({ where: { tripId, offerId: { not: latest.offerId } } });
    if (count >= MAX_TRIP_ITEMS) throw new BookingError('TRIP_FULL', 'trip.errors.tripFull');
    const data = {
      kind,
      offer: offerToJson(latest),
      acceptedAmountMinor: latest.price.total.amount,
      acceptedCurrency: latest.price.total.currency,
    };
    const item = await tx.tripItem.upsert({
      where: { tripId_offerId: { tripId, offerId: latest.offerId } },
      create: { tripId, offerId: latest.offerId, ...data },
      update: data,
      select: { id: true },
    });
    await tx.trip.update({ where: { id: tripId }, data: { updatedAt: at } });
    return { tripId, itemId: item.id, setCookie };
  });
}
