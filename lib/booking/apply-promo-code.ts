import { db } from '@/lib/db/client';
import { loadCurrentFeeSchedule } from '@/lib/after-sales/admin/fee-schedules';
import { CATALOG_REFERENCE_RATES } from '@/lib/inventory/reference-rates';
import { loadLatestRates } from '@/lib/rates/load-rates';
import { BookingError } from './errors';
import { findTrip, type TripOwner } from './find-trip';
import { countPromoUses, loadPromoCode, promoCustomerKey } from './load-promo-code';
import { quoteTrip } from './quote-trip';
import { promoCodeSchema } from './trip-schemas';

export type ApplyPromoCodeOptions = { owner: TripOwner; input: unknown; email?: string | null; at?: Date };

/**
 * Applies a promo code to the trip (Agreement 7) after checking it against the trip's offers, or
 * clears it when the field is empty. The discount is shown at once and checked again at placeOrder.
 */
export async function applyPromoCode({ owner, input, email = null, at = new Date() }: ApplyPromoCodeOptions): Promise<{ promoCode: string | null }> {
  const parsed = promoCodeSchema.safeParse(input);
  if (!parsed.success) throw new BookingError('PROMO_INVALID', 'checkout.errors.promoInvalid', { fieldErrors: { promoCode: 'checkout.errors.promoInvalid' } });
  const trip = await findTrip(db, owner);
  if (!trip || trip.items.length === 0) throw new BookingError('TRIP_EMPTY', 'trip.errors.empty');
  const code = parsed.data.promoCode;
  if (code) {
    const stored = await loadPromoCode(db, code);
    if (!stored) throw new BookingError('PROMO_INVALID', 'checkout.errors.promoNotFound', { fieldErrors: { promoCode: 'checkout.errors.promoNotFound' } });
    const rates = (await loadLatestRates(db)) ?? CATALOG_REFERENCE_RATES;
    const used = await countPromoUses(db, stored.id, promoCustomerKey(owner.userId, email));
    const schedule = await loadCurrentFeeSchedule(db);
    const quote = quoteTrip({ offers: trip.items.map((i) => i.offer), schedule, rates, promo: stored.promo, timesUsedByCustomer: used, at });
    if (!quote.promo?.applicable) {
      const key = `rules.reasons.${quote.promo?.reason ?? 'PROMO_INACTIVE'}`;
      throw new BookingError('PROMO_INVALID', key, { fieldErrors: { promoCode: key } });
    }
  }
  await db.trip.update({ where: { id: trip.id }, data: { promoCode: code || null } });
  return { promoCode: code || null };
}
