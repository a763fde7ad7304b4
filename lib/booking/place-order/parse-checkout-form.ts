import 'server-only';
import { db } from '@/lib/db/client';
import { checkoutSchema, fieldErrorsOf, type CheckoutInput } from '../checkout-schema';
import { BookingError } from '../errors';
import type { TripOwner } from '../find-trip';
import { withSavedTravellers } from '../saved-travellers';
import { checkBookerAndConsents } from '../validate-checkout';
import { errorKey } from './error-key';

/**
 * The form's shape (checkout-schema.ts), with saved travellers filled in. A form that fails it is
 * refused with every problem at once: the shape's and the booker, contact and consent checks
 * (Agreement 1, 2.2, 3.1.1, 3.1.6, 3.1.9), which need no offer.
 */
export async function parseCheckoutForm(input: unknown, owner: TripOwner, options: { at: Date; agreementVersion: string }): Promise<CheckoutInput> {
  const raw = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  if (!raw) throw new BookingError('INVALID_INPUT', errorKey('invalid'), { fieldErrors: { _form: errorKey('invalid') } });

  const parsed = checkoutSchema.safeParse(await withSavedTravellers(db, raw, owner.userId));
  if (!parsed.success) {
    const rest = checkBookerAndConsents(raw, { at: options.at, agreementVersion: options.agreementVersion, hasCoTravellers: false });
    throw new BookingError('INVALID_INPUT', errorKey('fixFields'), { fieldErrors: { ...rest, ...fieldErrorsOf(parsed.error) } });
  }
  return parsed.data;
}
