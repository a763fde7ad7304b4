/**
 * Every machine code a rule can return as `reason`. The UI shows `rules.reasons.<CODE>` from the
 * message catalogs; a test checks that each code has a message in every language.
 */
export const REASON_CODES = [
  // quoteCancellation — flights (Agreement 4.5, 6.1)
  'TICKET_NOT_ISSUED',
  'NON_REFUNDABLE_FARE',
  'FLIGHT_DEPARTED',
  'FARE_RULES_REFUND',
  // quoteFlightChange (Agreement 6.1)
  'TICKET_NOT_YET_ISSUED',
  'NON_CHANGEABLE_FARE',
  'FARE_RULES_CHANGE',
  // quoteCancellation — hotels (Agreement 6.3)
  'NON_REFUNDABLE_RATE',
  'HOTEL_CHECK_IN_PASSED',
  'HOTEL_FREE_CANCELLATION',
  'HOTEL_CANCELLATION_PENALTY',
  // quoteCancellation and windows — transfers (Agreement 6.2)
  'TRANSFER_FREE_WINDOW',
  'TRANSFER_LATE_CANCELLATION',
  'TRANSFER_PICKUP_PASSED',
  'TRANSFER_BOOKING_OPEN',
  'TRANSFER_BOOKING_TOO_LATE',
  'TRANSFER_CHANGE_OPEN',
  'TRANSFER_CHANGE_TOO_LATE',
  'TRANSFER_EXTRAS_OPEN',
  'TRANSFER_EXTRAS_TOO_LATE',
  // quoteRefusalRefund (Agreement 8.5)
  'REFUSED_BY_AGENCY',
  // checkBookerAge (Agreement 3.1.1)
  'BOOKER_ADULT',
  'BOOKER_UNDER_18',
  'INVALID_DATE_OF_BIRTH',
  // checkContactDetails (Agreement 3.1.9)
  'CONTACT_COMPLETE',
  'CONTACT_EMAIL_MISSING',
  'CONTACT_EMAIL_INVALID',
  'CONTACT_PHONE_MISSING',
  'CONTACT_PHONE_INVALID',
  // checkCheckoutConsents (Agreement 2.2, 3.1.6, 4.7)
  'CONSENTS_COMPLETE',
  'AGREEMENT_NOT_ACCEPTED',
  'AGREEMENT_VERSION_OUTDATED',
  'PROCESSING_CONSENT_MISSING',
  'CO_TRAVELLER_CONSENT_MISSING',
  // routeSpecialPassengers (Agreement 8.2)
  'PASSENGERS_BOOKABLE_ONLINE',
  'UNACCOMPANIED_MINOR',
  'SPECIAL_ASSISTANCE_REQUIRED',
  'LATE_PREGNANCY',
  // findDuplicateReservations (Agreement 8.1)
  'DUPLICATE_SAME_DATE',
  'DUPLICATE_OTHER_DATE',
  // evaluatePromo (Agreement 7)
  'PROMO_APPLIED',
  'PROMO_INACTIVE',
  'PROMO_NOT_STARTED',
  'PROMO_EXPIRED',
  'PROMO_USED_UP',
  'PROMO_CUSTOMER_LIMIT_REACHED',
  'PROMO_NO_ELIGIBLE_ITEMS',
  'PROMO_BELOW_MINIMUM',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];
