import 'server-only';
import { db } from '@/lib/db/client';
import { priceTrip } from '@/lib/pricing/price-trip';
import { BookingError } from './errors';
import { findTrip, type TripOwner } from './find-trip';
import { promoCustomerKey } from './promo-customer-key';
import { promoCodeSchema } from './trip-schemas';

export type ApplyPromoCodeOptions = { owner: TripOwner; input: unknown; email?: string | null; at?: Date };

/**
 * Applies a promo code to the trip (Agreement 7) after pricing the trip's offers with it, or clears it
 * when the field is empty. The discount is shown at once and checked again at placeOrder.
 */
export async function applyPromoCode({ owner, input, email = null, at = new Date() }: ApplyPromoCodeOptions): Promise<{ promoCode: string | null }> {
  const parsed = promoCodeSchema.safeParse(input);
  if (!parsed.success) throw new BookingError('PROMO_INVALID', 'checkout.errors.promoInvalid', { fieldErrors: { promoCode: 'checkout.errors.promoInvalid' } });
  const trip = await findTrip(db, owner);
  if (!trip || trip.items.length === 0) throw new BookingError('TRIP_EMPTY', 'trip.errors.empty');
  const code = parsed.data.promoCode;
  if (code) {
    const priced = await priceTrip(db, { offers: trip.items.map((i) => i.offer), promoCode: code, customerKey: promoCustomerKey(owner.userId, email), at });
    if (priced.promoNotFound) throw new BookingError('PROMO_INVALID', 'checkout.errors.promoNotFound', { fieldErrors: { promoCode: 'checkout.errors.promoNotFound' } });
    if (!priced.quote.promo?.applicable) {
      const key = `rules.reasons.${priced.quote.promo?.reason ?? 'PROMO_INACTIVE'}`;
      throw new BookingError('PROMO_INVALID', key, { fieldErrors: { promoCode: key } });
    }
  }
  await db.trip.update({ where: { id: trip.id }, data: { promoCode: code || null } });
  return { promoCode: code || null };
}
