import { add, convert, requireMoney, type Money, type Rates } from '../money';
import { RulesError } from './errors';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from './fee-schedule';
import { requireValidItem } from './require-valid-item';
import type { FlightItem } from './types';

export type PassengerDataChangeQuote = {
  /** Airline charge plus agency fee, in the item's currency. */
  total: Money;
  agencyFee: Money;
  /** The airline's charge converted into the item's currency. */
  airlineCharge: Money;
  clause: string;
};

/**
 * Changing a passenger's personal data on a placed order (Agreement 3.1.4): the airline reissues the
 * ticket at its own charge, which support obtains from the airline, and the agency adds its 15 AZN fee.
 * Everything is expressed in the item's currency so it can be paid as one amount; `fx` is needed when the
 * item or the airline's charge is not in AZN.
 */
export function quotePassengerDataChange(
  item: FlightItem,
  airlineCharge: Money,
  fx?: Rates,
  schedule: FeeSchedule = CURRENT_FEE_SCHEDULE,
): PassengerDataChangeQuote {
  requireValidItem(item);
  const currency = item.price.currency;
  const charge = convert(requireMoney(airlineCharge), currency, fx);
  if (charge.amount < 0) throw new RulesError('INVALID_AMOUNT', 'the airline charge is negative');
  const agencyFee = convert(schedule.passengerDataChangeFee, currency, fx);
  return { total: add(charge, agencyFee), agencyFee, airlineCharge: charge, clause: 'Agreement 3.1.4' };
}
