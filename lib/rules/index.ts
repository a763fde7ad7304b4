/**
 * The user agreement as code: every money and time decision the product makes about an order, each
 * naming the clause that decides it. Pure TypeScript over plain data: no I/O, no clock (the moment is
 * always a parameter), no Prisma or Next.js. The UI shows what these functions return and server actions
 * enforce the same results, so the two cannot disagree.
 *
 * Conventions
 * - Money is `{ amount, currency }` in integer minor units (see `lib/money.ts`); amounts never go below zero.
 * - Times are instants (`Date`); windows are measured between instants, so time zones and daylight-saving
 *   changes cannot move a deadline. Only ages use calendar dates, read in an explicit zone.
 * - `clause` reads like 'Agreement 6.2'; `reason` is a stable code from `REASON_CODES` which the UI shows
 *   as `rules.reasons.<CODE>` from the message catalogs.
 * - Rules decide; they do not throw for a traveller's request. They throw `RulesError` / `MoneyError`
 *   (with a `code`) only for data no rule can decide on, such as a malformed snapshot or a missing rate.
 * - The 15 AZN agency fees are converted into an item's currency with `Rates` (see `lib/money.ts`);
 *   pass the rates stored on the order. AZN items need none.
 */

export type { Money, Rates } from '../money';
export { MoneyError } from '../money';
export { RulesError, type RulesErrorCode } from './errors';
export { REASON_CODES, type ReasonCode } from './reasons';
export type {
  CancellationQuote,
  FareRules,
  FlightItem,
  HotelCancellationPolicy,
  HotelItem,
  HotelPenalty,
  Item,
  ItemKind,
  MessageDescriptor,
  MessageValue,
  TransferItem,
  VehicleClass,
  WindowCheck,
} from './types';

/**
 * What cancelling an item at `at` costs and returns (Agreement 4.5, 6.1–6.4).
 * `penalty + agencyFee + serviceFeeKept + refund` always equals `price + serviceFee`.
 * @example
 * quoteCancellation(
 *   { kind: 'TRANSFER', price: { amount: 6000, currency: 'AZN' }, serviceFee: { amount: 500, currency: 'AZN' },
 *     vehicleClass: 'ECONOMY', pickupAt: new Date('2025-06-01T10:00:00Z') },
 *   new Date('2025-06-01T05:00:00Z'), // exactly 5 h before: still free
 * )
 * // → { allowed: true, penalty: 0 AZN, agencyFee: 0 AZN, serviceFeeKept: 5.00 AZN, refund: 60.00 AZN,
 * //     clause: 'Agreement 6.2', reason: 'TRANSFER_FREE_WINDOW' }
 */
export { quoteCancellation, type QuoteCancellationOptions } from './quote-cancellation';

/**
 * Whether a transfer can still be booked (Agreement 6.2): up to 16 h (standard) / 24 h (premium)
 * before pickup, the cutoff included.
 * @example
 * checkTransferBooking('BUSINESS', new Date('2025-06-02T10:00:00Z'), new Date('2025-06-01T10:00:00Z'))
 * // → { allowed: true, latestAt: 2025-06-01T10:00:00Z, cutoffAt: same, hoursBefore: 24, clause: 'Agreement 6.2',
 * //     reason: 'TRANSFER_BOOKING_OPEN' }
 */
export { checkTransferBooking } from './check-transfer-booking';

/**
 * Whether a booked transfer can still be changed (Agreement 6.2): only more than 16 h / 24 h before
 * pickup, so exactly 16 h is too late and `latestAt` is one millisecond before `cutoffAt`.
 * @example
 * checkTransferChange('ECONOMY', new Date('2025-06-02T10:00:00Z'), new Date('2025-06-01T18:00:00Z'))
 * // → { allowed: false, latestAt: 2025-06-01T17:59:59.999Z, cutoffAt: 2025-06-01T18:00:00Z, hoursBefore: 16,
 * //     reason: 'TRANSFER_CHANGE_TOO_LATE', clause: 'Agreement 6.2' }
 */
export { checkTransferChange } from './check-transfer-change';

/**
 * Whether children, animals or extra luggage can still be declared (Agreement 6.2): up to 24 h before pickup.
 * @example checkTransferExtras(pickupAt, now).allowed
 */
export { checkTransferExtras } from './check-transfer-extras';

/**
 * Changing a passenger's personal data on a placed order (Agreement 3.1.4): the airline's charge plus
 * 15 AZN, in the item's currency.
 * @example
 * quotePassengerDataChange(azFlight, { amount: 5000, currency: 'AZN' })
 * // → { total: 65.00 AZN, agencyFee: 15.00 AZN, airlineCharge: 50.00 AZN, clause: 'Agreement 3.1.4' }
 */
export { quotePassengerDataChange, type PassengerDataChangeQuote } from './quote-passenger-data-change';

/**
 * Exchange of an issued ticket (Agreement 6.1, 6.4): change fee + fare difference + 15 AZN agency fee.
 * @example quoteFlightChange(flight, now, { fareDifference: { amount: 2000, currency: 'AZN' } }).total
 */
export { quoteFlightChange, type FlightChangeQuote, type QuoteFlightChangeOptions } from './quote-flight-change';

/**
 * Paid but not issued (Agreement 4.5): everything paid, fee included, due 72 h after payment.
 * @example
 * quoteNotIssuedRefund({ amount: 31000, currency: 'AZN' }, new Date('2025-06-01T10:00:00Z'))
 * // → { refund: 310.00 AZN, dueBy: 2025-06-04T10:00:00Z, clause: 'Agreement 4.5' }
 */
export { NOT_ISSUED_REFUND_DAYS, quoteNotIssuedRefund, type NotIssuedRefund } from './quote-not-issued-refund';

/**
 * The agency refuses an order (Agreement 8.5): everything paid, fee included, to the same payment method;
 * the traveller is notified at once.
 * @example quoteRefusalRefund(paid, now) // → { refund: paid, notifyBy: now, refundTo: 'ORIGINAL_PAYMENT_METHOD', ... }
 */
export { quoteRefusalRefund, type RefusalRefund } from './quote-refusal-refund';

/**
 * The booker is 18 or older (Agreement 1, 3.1.1), by the calendar of `timeZone` (Baku by default).
 * @example checkBookerAge('2007-05-10', new Date('2025-05-10T08:00:00Z')) // → { allowed: true, age: 18, ... }
 */
export { ADULT_AGE, checkBookerAge, type BookerAgeCheck } from './check-booker-age';

/**
 * Email and emergency phone are both required (Agreement 3.1.9).
 * @example checkContactDetails({ email: 'a@b.az', phone: '+994 50 123 45 67' }).allowed // → true
 */
export { checkContactDetails, type ContactCheck, type ContactDetails, type ContactProblem } from './check-contact-details';

/**
 * The order may go to payment only with the agreement ticked for the current version and processing
 * consent given, for co-travellers too (Agreement 2.2, 3.1.6, 4.7).
 * @example checkCheckoutConsents({ agreementAccepted: true, agreementVersion: CURRENT_AGREEMENT_VERSION, ... })
 */
export {
  checkCheckoutConsents,
  type CheckoutConsents,
  type ConsentCheck,
  type ConsentProblem,
} from './check-checkout-consents';

/**
 * Unaccompanied minors and passengers needing special assistance go to support (Agreement 8.2).
 * @example routeSpecialPassengers([{ dateOfBirth: '2012-01-01' }], '2025-07-01') // → routeToSupport: true
 */
export {
  routeSpecialPassengers,
  type PassengerFlagReason,
  type PassengerProfile,
  type PassengerRouting,
} from './route-special-passengers';

/**
 * The same passenger twice on the same flight (Agreement 8.1): refused on the same date, flagged on others.
 * @example findDuplicateReservations(newOrderPassengers, activeReservationsOnTheseFlights).allowed
 */
export {
  findDuplicateReservations,
  type DuplicateCheck,
  type DuplicateMatch,
  type ReservationRecord,
} from './find-duplicate-reservations';

/**
 * Promo codes (Agreement 7): kinds, dates, uses, minimum, cap; discount per line.
 * @example evaluatePromo({ promo, lines: [{ kind: 'HOTEL', providerCost }], at: now }).lineDiscounts
 */
export {
  evaluatePromo,
  type EvaluatePromoInput,
  type PromoCode,
  type PromoDiscount,
  type PromoEvaluation,
  type PromoLine,
  type PromoReason,
} from './evaluate-promo';

/**
 * Price of an order (Agreement 4.3): provider cost, discount and service fee per line; totals per currency.
 * @example priceBreakdown([{ kind: 'FLIGHT', providerCost, serviceFee, discount }]).totals
 */
export {
  priceBreakdown,
  type CurrencyTotals,
  type PriceBreakdown,
  type PriceLine,
  type PriceLineInput,
} from './price-breakdown';

/**
 * Service fee schedule per product kind, versioned with the agreement (Agreement 4.3, 4.4, 3.1.4, 6.1).
 * @example computeServiceFee('FLIGHT', providerCost, feeScheduleFor(order.agreementVersion), order.rates)
 */
export {
  CURRENT_AGREEMENT_VERSION,
  CURRENT_FEE_SCHEDULE,
  DEFAULT_FEE_SCHEDULES,
  type FeeSchedule,
  type ServiceFeeRule,
} from './fee-schedule';
export { feeScheduleFor } from './fee-schedule-for';
export { requireValidFeeSchedule } from './require-valid-fee-schedule';
export { computeServiceFee } from './compute-service-fee';

/**
 * Transfer classes and their lead times (Agreement 6.2), and facts shown as they are (Agreement 6.2, 6.5).
 * @example TRANSFER_WAITING_TIME.atMeetingPointMinutes // → 60
 */
export {
  TRANSFER_EXTRAS_LEAD_HOURS,
  TRANSFER_LEAD_HOURS,
  VEHICLE_CLASSES,
  transferTier,
  type TransferTier,
} from './transfer-classes';
export { CARD_REFUND_TIME, TRANSFER_WAITING_TIME } from './service-facts';

/**
 * The plain-words summary of an item's rules as message descriptors of the `rules` namespace.
 * @example
 * const t = await getTranslations('rules');
 * describeItemRules(item, now, { fx: order.rates }).map(({ key, values }) => t(key, formatValues(values)))
 */
export {
  RULES_MESSAGE_KEYS,
  describeItemRules,
  type DescribeItemRulesOptions,
  type RulesMessageKey,
} from './describe-item-rules';
