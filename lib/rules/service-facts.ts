/**
 * Facts of the agreement that are shown, not computed. Kept here so that pages, emails and the summary
 * of an item's rules all read the same numbers.
 */

/** How long the driver waits (Agreement 6.2). */
export const TRANSFER_WAITING_TIME = {
  atMeetingPointMinutes: 60,
  afterFlightDelayMinutes: 30,
  clause: 'Agreement 6.2',
} as const;

/** Refunds go back the way the order was paid; a card refund takes 1 to 30 days, depending on the bank (Agreement 6.5). */
export const CARD_REFUND_TIME = {
  minDays: 1,
  maxDays: 30,
  refundTo: 'ORIGINAL_PAYMENT_METHOD',
  clause: 'Agreement 6.5',
} as const;
