/**
 * The plain-words summary of an item's rules, for the offer page, checkout, the booking page and emails.
 * It returns message descriptors of the `rules` catalog namespace, not text, because the site speaks four
 * languages. Deadlines come from the same constants as the checks, and amounts from `quoteCancellation`
 * itself at the instant just past each deadline, so what the traveller reads is what the server enforces.
 *
 * Without `at` the summary states the rules. With `at` (a booked item) it adds where the item stands
 * now: the cancellation reason and, when allowed, the refund; for transfers, the change window too.
 */
import { isZero, type Rates } from '../money';
import { checkTransferChange } from './check-transfer-change';
import { checkTransferExtras } from './check-transfer-extras';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from './fee-schedule';
import { hoursBefore, requireInstant } from './instants';
import { quoteCancellation } from './quote-cancellation';
import { NOT_ISSUED_REFUND_DAYS } from './quote-not-issued-refund';
import { requireValidItem } from './require-valid-item';
import { CARD_REFUND_TIME, TRANSFER_WAITING_TIME } from './service-facts';
import { TRANSFER_LEAD_HOURS, transferTier } from './transfer-classes';
import type { FlightItem, HotelItem, Item, MessageDescriptor, TransferItem } from './types';

export type DescribeItemRulesOptions = {
  /** The order's rates; needed with `at` for a flight not priced in AZN. */
  fx?: Rates;
  /** The fee schedule of the order's agreement version; defaults to the current one. */
  schedule?: FeeSchedule;
};

/** Every key `describeItemRules` can produce besides `reasons.<CODE>`; a test holds the catalogs to it. */
export const RULES_MESSAGE_KEYS = [
  'flight.refundable',
  'flight.refundableWithoutPenalty',
  'flight.nonRefundable',
  'flight.changeable',
  'flight.changeableWithoutFee',
  'flight.nonChangeable',
  'flight.agencyFee',
  'flight.passengerDataChange',
  'flight.notIssuedRefund',
  'hotel.nonRefundable',
  'hotel.freeCancellation',
  'hotel.penaltyFirstNight',
  'hotel.penaltyPercent',
  'hotel.noCancellationAfterCheckIn',
  'transfer.freeCancellation',
  'transfer.lateCancellation',
  'transfer.changes',
  'transfer.extras',
  'transfer.waiting',
  'common.serviceFeeNonRefundable',
  'common.refundToCard',
  'common.refundNow',
] as const;

export type RulesMessageKey = (typeof RULES_MESSAGE_KEYS)[number];

/**
 * @example
 * describeItemRules(transfer)
 * // → [{ key: 'transfer.freeCancellation', values: { deadline: Date, hours: 5 } }, ...]
 * // rendered by the UI as t(`rules.${key}`, formatted(values))
 */
export function describeItemRules(item: Item, at?: Date, options: DescribeItemRulesOptions = {}): MessageDescriptor[] {
  const valid = requireValidItem(item);
  const schedule = options.schedule ?? CURRENT_FEE_SCHEDULE;
  const messages =
    valid.kind === 'FLIGHT'
      ? describeFlight(valid, schedule)
      : valid.kind === 'HOTEL'
        ? describeHotel(valid, options)
        : describeTransfer(valid, options);

  // Agreement 4.4, 6.4
  if (!isZero(valid.serviceFee)) messages.push(message('common.serviceFeeNonRefundable', { fee: valid.serviceFee }));
  // Agreement 6.5
  messages.push(
    message('common.refundToCard', { minDays: CARD_REFUND_TIME.minDays, maxDays: CARD_REFUND_TIME.maxDays }),
  );

  if (at !== undefined) {
    requireInstant(at, 'at');
    const quote = quoteCancellation(valid, at, options.fx, { schedule });
    messages.push({ key: `reasons.${quote.reason}`, values: {} });
    if (quote.allowed) messages.push(message('common.refundNow', { refund: quote.refund }));
    if (valid.kind === 'TRANSFER') {
      messages.push({ key: `reasons.${checkTransferChange(valid.vehicleClass, valid.pickupAt, at).reason}`, values: {} });
    }
  }
  return messages;
}

function describeFlight(item: FlightItem, schedule: FeeSchedule): MessageDescriptor[] {
  const { refundable, refundPenalty, changeable, changeFee } = item.fareRules;
  const messages: MessageDescriptor[] = [];
  // Agreement 6.1: the fare's own rules, as shown at booking.
  if (!refundable) messages.push(message('flight.nonRefundable', {}));
  else if (refundPenalty && !isZero(refundPenalty)) messages.push(message('flight.refundable', { penalty: refundPenalty }));
  else messages.push(message('flight.refundableWithoutPenalty', {}));
  if (!changeable) messages.push(message('flight.nonChangeable', {}));
  else if (changeFee && !isZero(changeFee)) messages.push(message('flight.changeable', { changeFee }));
  else messages.push(message('flight.changeableWithoutFee', {}));
  if (refundable || changeable) {
    messages.push(message('flight.agencyFee', { fee: schedule.ticketRefundOrExchangeFee }));
  }
  // Agreement 3.1.4
  messages.push(message('flight.passengerDataChange', { fee: schedule.passengerDataChangeFee }));
  // Agreement 4.5
  messages.push(message('flight.notIssuedRefund', { days: NOT_ISSUED_REFUND_DAYS }));
  return messages;
}

function describeHotel(item: HotelItem, options: DescribeItemRulesOptions): MessageDescriptor[] {
  const policy = item.cancellation;
  // Agreement 6.3
  if (policy.type === 'NON_REFUNDABLE') return [message('hotel.nonRefundable', {})];
  // Online cancellation closes at check-in, so a rate "free until" a later moment is free only until then.
  const deadline = new Date(Math.min(policy.freeUntil.getTime(), item.checkInAt.getTime() - 1));
  const messages = [message('hotel.freeCancellation', { deadline })];
  const justAfter = new Date(deadline.getTime() + 1);
  if (justAfter < item.checkInAt) {
    const amount = quoteCancellation(item, justAfter, options.fx, options).penalty;
    messages.push(
      policy.penalty.kind === 'FIRST_NIGHT'
        ? message('hotel.penaltyFirstNight', { deadline, amount })
        : message('hotel.penaltyPercent', { deadline, percent: policy.penalty.percent, amount }),
    );
  }
  messages.push(message('hotel.noCancellationAfterCheckIn', { checkIn: item.checkInAt }));
  return messages;
}

function describeTransfer(item: TransferItem, options: DescribeItemRulesOptions): MessageDescriptor[] {
  // Agreement 6.2
  const hours = TRANSFER_LEAD_HOURS[transferTier(item.vehicleClass)].freeCancellation;
  const deadline = hoursBefore(item.pickupAt.getTime(), hours);
  const late = quoteCancellation(item, new Date(deadline.getTime() + 1), options.fx, options);
  // Only the cutoffs are needed here; they do not depend on the moment of the check.
  const change = checkTransferChange(item.vehicleClass, item.pickupAt, item.pickupAt);
  const extras = checkTransferExtras(item.pickupAt, item.pickupAt);
  return [
    message('transfer.freeCancellation', { deadline, hours }),
    message('transfer.lateCancellation', { deadline, amount: late.penalty }),
    message('transfer.changes', { deadline: change.cutoffAt, hours: change.hoursBefore }),
    message('transfer.extras', { deadline: extras.cutoffAt, hours: extras.hoursBefore }),
    message('transfer.waiting', {
      minutes: TRANSFER_WAITING_TIME.atMeetingPointMinutes,
      delayMinutes: TRANSFER_WAITING_TIME.afterFlightDelayMinutes,
    }),
  ];
}

function message(key: RulesMessageKey, values: MessageDescriptor['values']): MessageDescriptor {
  return { key, values };
}
