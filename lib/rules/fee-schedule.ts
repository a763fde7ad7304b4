/**
 * The fees the agency itself charges, versioned with the agreement: an order stores the agreement
 * version the traveller accepted (Agreement 2.2, 4.7), and its fees are read from the schedule of that
 * version for as long as the order lives, even after the admin publishes new amounts.
 *
 * Amounts are in AZN, the agency's currency; rules convert them into an item's currency with the rates
 * stored on the order.
 */
import { fromMajor, type Money } from '../money';
import type { ItemKind } from './types';

/**
 * The service fee of one item (Agreement 4.3, 4.4): a fixed amount, or a percentage of the provider's
 * price with an optional floor.
 */
export type ServiceFeeRule =
  | { type: 'FIXED'; amount: Money }
  | { type: 'PERCENT'; percent: number; minimum: Money | null };

export type FeeSchedule = {
  agreementVersion: string;
  serviceFee: Readonly<Record<ItemKind, ServiceFeeRule>>;
  /** Charged per flight ticket refunded or exchanged, on top of the airline's charges (Agreement 6.1). */
  ticketRefundOrExchangeFee: Money;
  /** Charged for changing a passenger's personal data on a placed order (Agreement 3.1.4). */
  passengerDataChangeFee: Money;
};

/** Must equal the `version` of content/legal/<locale>/agreement.md (tests/unit/legal-content.test.ts checks it). */
export const CURRENT_AGREEMENT_VERSION = '2026-11-23';

/**
 * Default schedule of the current agreement. The 15 AZN fees are the agreement's own figures; the service
 * fee amounts are the product's starting values, which the admin can replace with a new schedule.
 */
export const CURRENT_FEE_SCHEDULE: FeeSchedule = {
  agreementVersion: CURRENT_AGREEMENT_VERSION,
  serviceFee: {
    FLIGHT: { type: 'FIXED', amount: fromMajor('10', 'AZN') },
    HOTEL: { type: 'PERCENT', percent: 3, minimum: fromMajor('5', 'AZN') },
    TRANSFER: { type: 'FIXED', amount: fromMajor('5', 'AZN') },
  },
  ticketRefundOrExchangeFee: fromMajor('15', 'AZN'), // Agreement 6.1
  passengerDataChangeFee: fromMajor('15', 'AZN'), // Agreement 3.1.4
};

export const DEFAULT_FEE_SCHEDULES: readonly FeeSchedule[] = [CURRENT_FEE_SCHEDULE];
