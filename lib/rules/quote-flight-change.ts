/**
 * Exchange of an issued ticket (Agreement 6.1): the fare's change fee, the fare difference the airline
 * quotes, and the 15 AZN agency fee (converted with the order's rates) are payable; the original service
 * fee stays with the agency (Agreement 6.4). A fare that became cheaper is not paid out here: any residual
 * value follows the airline's rules and is settled by support, so the fare difference is floored at zero.
 * Not yet issued, non-changeable and departed tickets cannot be changed online.
 */
import { add, convert, nonNegative, requireMoney, zero, type Money, type Rates } from '../money';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from './fee-schedule';
import { requireInstant } from './instants';
import type { ReasonCode } from './reasons';
import { requireValidItem } from './require-valid-item';
import type { FlightItem } from './types';

export type QuoteFlightChangeOptions = {
  /** New fare minus old fare as quoted by the airline, in any currency the rates cover. */
  fareDifference?: Money;
  fx?: Rates;
  schedule?: FeeSchedule;
};

export type FlightChangeQuote = {
  allowed: boolean;
  changeFee: Money;
  fareDifference: Money;
  agencyFee: Money;
  /** What the traveller pays for the change, in the item's currency. */
  total: Money;
  clause: string;
  reason: ReasonCode;
};

export function quoteFlightChange(item: FlightItem, at: Date, options: QuoteFlightChangeOptions = {}): FlightChangeQuote {
  const atMs = requireInstant(at, 'at');
  requireValidItem(item);
  const currency = item.price.currency;
  const none = zero(currency);
  const refused = (reason: ReasonCode): FlightChangeQuote => ({
    allowed: false,
    changeFee: none,
    fareDifference: none,
    agencyFee: none,
    total: none,
    clause: 'Agreement 6.1',
    reason,
  });
  if (!item.issued) return refused('TICKET_NOT_YET_ISSUED');
  if (!item.fareRules.changeable) return refused('NON_CHANGEABLE_FARE');
  if (atMs >= item.departureAt.getTime()) return refused('FLIGHT_DEPARTED');

  const changeFee = item.fareRules.changeFee ?? none;
  const fareDifference = options.fareDifference
    ? nonNegative(convert(requireMoney(options.fareDifference), currency, options.fx))
    : none;
  const agencyFee = convert((options.schedule ?? CURRENT_FEE_SCHEDULE).ticketRefundOrExchangeFee, currency, options.fx);
  return {
    allowed: true,
    changeFee,
    fareDifference,
    agencyFee,
    total: add(add(changeFee, fareDifference), agencyFee),
    clause: 'Agreement 6.1',
    reason: 'FARE_RULES_CHANGE',
  };
}
