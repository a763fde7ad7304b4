import 'server-only';
import { db } from '@/lib/db/client';
import type { Offer } from '@/lib/inventory/supplier';
import { priceTrip, type TripPricing } from '@/lib/pricing/price-trip';
import type { CheckoutInput } from '../checkout-schema';
import type { FieldErrors } from '../errors';
import type { TripOwner, TripView } from '../find-trip';
import { promoCustomerKey } from '../promo-customer-key';
import { errorKey } from './error-key';

export type OrderPricing = TripPricing & { customerKey: string | null; fieldErrors: FieldErrors };

/**
 * Prices the re-priced offers as the page showed them (lib/pricing priceTrip: rates, the fee schedule in
 * force, Agreement 4.3, 4.4, 4.6) with the promo code applied to the trip (7). The code must be the one
 * applied to the trip, so the discount paid is the one that was shown; a code that is unknown or no longer
 * applies is a field error, reported with the form's other errors.
 */
export async function priceOrder({ input, trip, owner, offers, at }: { input: CheckoutInput; trip: TripView; owner: TripOwner; offers: readonly Offer[]; at: Date }): Promise<OrderPricing> {
  const fieldErrors: FieldErrors = {};
  const customerKey = promoCustomerKey(owner.userId, input.contact.email);
  const sameCode = (input.promoCode || null) === trip.promoCode;
  if (!sameCode) fieldErrors.promoCode = errorKey('applyPromoFirst');
  const pricing = await priceTrip(db, { offers, promoCode: sameCode ? trip.promoCode : null, customerKey, at });
  if (pricing.promoNotFound) fieldErrors.promoCode = errorKey('promoNotFound');
  const evaluation = pricing.quote.promo;
  if (evaluation && !evaluation.applicable) fieldErrors.promoCode = `rules.reasons.${evaluation.reason}`;
  return { ...pricing, customerKey, fieldErrors };
}
