/**
 * Trip and checkout (issue 6). Plain TypeScript, no Next.js; pages and actions in app/[locale]/trip and
 * app/[locale]/checkout are thin callers.
 *
 *   trip:      addTripItem, removeTripItem, findTrip, repriceTrip, acceptNewPrice, applyPromoCode
 *   checkout:  validateCheckout, placeOrder (prices with lib/pricing: price lines + rules, shown and charged alike)
 *              (one transaction: checks, Agreement 8.1, holds for 15 min, HELD), startOrderPayment
 *   payments:  orderPaymentEffects (HELD → PAID + holds confirmed; declines recorded; late payments
 *              held again or refunded), registered with the job by registerBooking()
 *   jobs:      releaseExpiredHolds (HELD → EXPIRED, inventory back exactly once), refundSurplusPayments
 *   support:   requestAssistance (Agreement 8.2)
 *
 * Errors are BookingError with a code, a message key and field errors keyed by form path.
 */
export { BookingError, isBookingError, type BookingErrorCode, type FieldErrors } from './errors';
export { addTripItem } from './add-trip-item';
export { removeTripItem } from './remove-trip-item';
export { findTrip, type TripOwner, type TripView, type TripItemView } from './find-trip';
export { repriceTrip, type RepricedItem } from './reprice-trip';
export { acceptNewPrice } from './accept-new-price';
export { applyPromoCode } from './apply-promo-code';
export { checkoutSchema, formToObject, type CheckoutInput } from './checkout-schema';
export { validateCheckout } from './validate-checkout';
export { placeOrder, type PlacedOrder, type PlaceOrderOptions } from './place-order';
export { startOrderPayment, type StartedOrderPayment } from './start-order-payment';
export { getOrderForOwner, type OrderConfirmation } from './get-order-for-owner';
export { releaseExpiredHolds, expireOrder } from './release-expired-holds';
export { refundSurplusPayments } from './refund-surplus-payments';
export { requestAssistance } from './request-assistance';
export { orderPaymentEffects, registerBooking, RELEASE_EXPIRED_HOLDS_JOB } from './register-booking';
export { CARD_HOLD_MINUTES, LIVE_ORDER_STATUSES, TRIP_COOKIE } from './constants';
