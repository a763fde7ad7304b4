/**
 * Test data builders with partial overrides, shared by the rules tests. Not exported from index.ts.
 */
import { fromMajor, type Money, type Rates } from '../money';
import type { FareRules, FlightItem, HotelItem, TransferItem } from './types';

export const azn = (major: string): Money => fromMajor(major, 'AZN');
export const kzt = (major: string): Money => fromMajor(major, 'KZT');
export const usd = (major: string): Money => fromMajor(major, 'USD');

/** Rates as an order would store them: units per 1 AZN. */
export const RATES: Rates = { asOf: '2025-03-01', base: 'AZN', perBase: { USD: '0.5882', KZT: '296.47', EUR: '0.565' } };

export const HOUR = 3_600_000;
export const MS = 1;

/** The instant `hours` (plus `extraMs`) before `date`. */
export function before(date: Date, hours: number, extraMs = 0): Date {
  return new Date(date.getTime() - hours * HOUR - extraMs);
}

export function flight(overrides: Partial<Omit<FlightItem, 'fareRules'>> & { fareRules?: Partial<FareRules> } = {}): FlightItem {
  const { fareRules, ...rest } = overrides;
  const currency = rest.price?.currency ?? 'AZN';
  return {
    kind: 'FLIGHT',
    price: azn('300'),
    serviceFee: fromMajor('10', currency),
    departureAt: new Date('2025-07-01T06:00:00Z'),
    issued: true,
    ...rest,
    fareRules: {
      refundable: true,
      refundPenalty: fromMajor('50', currency),
      changeable: true,
      changeFee: fromMajor('30', currency),
      ...fareRules,
    },
  };
}

export function hotel(overrides: Partial<HotelItem> = {}): HotelItem {
  const currency = overrides.price?.currency ?? 'AZN';
  return {
    kind: 'HOTEL',
    price: azn('400'),
    serviceFee: fromMajor('12', currency),
    checkInAt: new Date('2025-07-01T10:00:00Z'),
    firstNight: fromMajor('100', currency),
    cancellation: { type: 'FREE_UNTIL', freeUntil: new Date('2025-06-28T19:59:00Z'), penalty: { kind: 'FIRST_NIGHT' } },
    ...overrides,
  };
}

export function transfer(overrides: Partial<TransferItem> = {}): TransferItem {
  const currency = overrides.price?.currency ?? 'AZN';
  return {
    kind: 'TRANSFER',
    price: azn('60'),
    serviceFee: fromMajor('5', currency),
    vehicleClass: 'ECONOMY',
    pickupAt: new Date('2025-07-01T08:00:00Z'),
    ...overrides,
  };
}
