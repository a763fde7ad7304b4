import type { CheckoutInput } from '../checkout-schema';
import { BookingError } from '../errors';
import type { TripView } from '../find-trip';
import { validateCheckout } from '../validate-checkout';
import { errorKey } from './error-key';
import type { OrderLine } from './types';

/**
 * The form against the trip's offers and the moment (validate-checkout.ts): passengers going to support
 * are refused first (Agreement 8.2), then every field error. Returns the form's items paired with the
 * trip's offers, in the trip's order.
 */
export function requireValidCheckout(
  input: CheckoutInput,
  trip: TripView,
  options: { at: Date; agreementVersion: string },
): { items: OrderLine[]; hasCoTravellers: boolean } {
  const validation = validateCheckout(input, trip.items, options);
  if (validation.support.length > 0) {
    throw new BookingError('ROUTE_TO_SUPPORT', errorKey('routeToSupport'), {
      fieldErrors: validation.fieldErrors,
      details: { support: validation.support },
    });
  }
  if (Object.keys(validation.fieldErrors).length > 0 || !validation.items) {
    throw new BookingError('INVALID_INPUT', errorKey('fixFields'), { fieldErrors: validation.fieldErrors });
  }
  return { items: validation.items, hasCoTravellers: validation.hasCoTravellers };
}
