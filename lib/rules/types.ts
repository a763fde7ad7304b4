/**
 * Shapes of the rules contract. Plain data only (no Prisma or Next.js types), so an order item's
 * stored snapshot can be passed in as it is.
 *
 * Every `price` is what the traveller paid for the travel service itself (the provider's cost, after
 * any promo discount), without the service fee. Every `serviceFee` is in the same currency as the
 * `price` it goes with (Agreement 4.3: the price is shown in the provider's currency).
 */
import type { Money } from '../money';
import type { ReasonCode } from './reasons';

;

export type VehicleClass =
  | 'MICRO'
  | 'ECONOMY'
  | 'COMFORT'
  | 'MINIVAN_4'
  | 'MINIBUS_7'
  | 'PREMIUM_MINIBUS_6'
  | 'MINIBUS_10'
  | 'MINIBUS_13'
  | 'MINIBUS_16'
  | 'MINIBUS_19'
  | 'BUSINESS'
  | 'PREMIUM';

export type FareRules = {
  refundable: boolean;
  /** The airline's refund penalty; null means the fare refunds without one. */
  refundPenalty: Money | null;
  changeable: boolean;
  /** The airline's change fee; null means the fare changes without one (fare difference aside). */
  changeFee: Money | null;
};

export type FlightItem = {
  kind: 'FLIGHT';
  price: Money;
  serviceFee: Money;
  departureAt: Date;
  /** True once the airline has issued the e-ticket. */
  issued: boolean;
  fareRules: FareRules;
};

export type HotelPenalty = { kind: 'FIRST_NIGHT' } | { kind: 'PERCENT'; percent: number };

export type HotelCancellationPolicy =
  | { type: 'NON_REFUNDABLE' }
  | { type: 'FREE_UNTIL'; freeUntil: Date; penalty: HotelPenalty };

export type HotelItem = {
  kind: 'HOTEL';
  price: Money;
  serviceFee: Money;
  checkInAt: Date;
  firstNight: Money;
  cancellation: HotelCancellationPolicy;
};

export type TransferItem = {
  kind: 'TRANSFER';
  price: Money;
  serviceFee: Money;
  vehicleClass: VehicleClass;
  pickupAt: Date;
};

export type Item = FlightItem | HotelItem | TransferItem;
export type ItemKind = Item['kind'];

/**
 * `penalty + agencyFee + serviceFeeKept + refund` always equals `price + serviceFee`: each part of what
 * was paid for the item is accounted for exactly once. When `allowed` is false nothing is refunded and
 * `penalty` is the whole price.
 */
export type CancellationQuote = {
  allowed: boolean;
  penalty: Money;
  agencyFee: Money;
  serviceFeeKept: Money;
  refund: Money;
  clause: string;
  reason: ReasonCode;
};

/**
 * `allowed` is exactly `at <= latestAt`. `latestAt` is the last allowed millisecond; `cutoffAt` is the
 * instant the agreement counts from (`hoursBefore` before pickup). They are equal when the agreement
 * says "at least" / "up to" and one millisecond apart when it says "more than".
 */
export type WindowCheck = {
  allowed: boolean;
  latestAt: Date;
  cutoffAt: Date;
  hoursBefore: number;
  clause: string;
  reason: ReasonCode;
};

/** A value a message placeholder receives; the UI formats Money and Date before rendering. */
export type MessageValue = string | number | Date | Money;

/** A message of the `rules` catalog namespace and the values of its placeholders. */
export type MessageDescriptor = { key: string; values: Record<string, MessageValue> };
