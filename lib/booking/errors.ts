import { UserFacingError } from '@/lib/user-facing-error';

/**
 * Expected failures of the booking operations, each with a stable code. `fieldErrors` maps a form path
 * ("items.0.passengers.1.lastName", "contact.email") to a message key of the catalogs
 * ("checkout.errors.required", "rules.reasons.BOOKER_UNDER_18"); `messageKey` is the form-level message.
 */
export type BookingErrorCode =
  | 'INVALID_INPUT'
  | 'OFFER_NOT_FOUND'
  | 'OFFER_UNAVAILABLE'
  | 'TRIP_FULL'
  | 'TRIP_EMPTY'
  | 'TRIP_ITEM_NOT_FOUND'
  | 'TRIP_CHANGED'
  | 'PRICE_CHANGED'
  | 'SOLD_OUT'
  | 'BOOKING_CLOSED'
  | 'BOOKER_UNDER_18'
  | 'ROUTE_TO_SUPPORT'
  | 'DUPLICATE_RESERVATION'
  | 'CONSENT_MISSING'
  | 'PROMO_INVALID'
  | 'OFFICE_PAYMENT_UNAVAILABLE'
  | 'ORDER_NOT_FOUND'
  | 'ORDER_NOT_PAYABLE'
  | 'HOLD_EXPIRED';

export type FieldErrors = Record<string, string>;

export class BookingError extends UserFacingError {
  declare readonly code: BookingErrorCode;

  constructor(
    code: BookingErrorCode,
    messageKey: string,
    options: { fieldErrors?: FieldErrors; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(code, messageKey, options);
    this.name = 'BookingError';
    this.message = `${code}: ${messageKey}`;
  }
}

export function isBookingError(error: unknown, code?: BookingErrorCode): error is BookingError {
  return error instanceof BookingError && (code === undefined || error.code === code);
}
