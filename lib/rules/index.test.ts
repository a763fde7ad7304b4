/**
 * The public contract of issue 3, spelled out as the issue states it, checked against `index.ts`: the
 * types by the compiler (tsc), the exports at run time.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as rules from './index';
import type { CancellationQuote, FlightItem, HotelItem, Item, Money, Rates, TransferItem, VehicleClass, WindowCheck } from './index';

type ContractMoney = { amount: number; currency: string };
type ContractVehicleClass = 'MICRO' | 'ECONOMY' | 'COMFORT' | 'MINIVAN_4' | 'MINIBUS_7' | 'PREMIUM_MINIBUS_6'
  | 'MINIBUS_10' | 'MINIBUS_13' | 'MINIBUS_16' | 'MINIBUS_19' | 'BUSINESS' | 'PREMIUM';
type ContractFlightItem = { kind: 'FLIGHT'; price: ContractMoney; serviceFee: ContractMoney; departureAt: Date; issued: boolean;
  fareRules: { refundable: boolean; refundPenalty: ContractMoney | null; changeable: boolean; changeFee: ContractMoney | null } };
type ContractHotelItem = { kind: 'HOTEL'; price: ContractMoney; serviceFee: ContractMoney; checkInAt: Date; firstNight: ContractMoney;
  cancellation: { type: 'NON_REFUNDABLE' }
    | { type: 'FREE_UNTIL'; freeUntil: Date; penalty: { kind: 'FIRST_NIGHT' } | { kind: 'PERCENT'; percent: number } } };
type ContractTransferItem = { kind: 'TRANSFER'; price: ContractMoney; serviceFee: ContractMoney; vehicleClass: ContractVehicleClass; pickupAt: Date };
type ContractItem = ContractFlightItem | ContractHotelItem | ContractTransferItem;
type ContractCancellationQuote = { allowed: boolean; penalty: ContractMoney; agencyFee: ContractMoney; serviceFeeKept: ContractMoney;
  refund: ContractMoney; clause: string; reason: string };
type ContractWindowCheck = { allowed: boolean; latestAt: Date; clause: string; reason: string };

type Contract = {
  quoteCancellation(item: ContractItem, at: Date, fx?: Rates): ContractCancellationQuote;
  checkTransferBooking(vehicleClass: ContractVehicleClass, pickupAt: Date, at: Date): ContractWindowCheck;
  checkTransferChange(vehicleClass: ContractVehicleClass, pickupAt: Date, at: Date): ContractWindowCheck;
  quotePassengerDataChange(item: ContractFlightItem, airlineCharge: ContractMoney, fx?: Rates): { total: ContractMoney; agencyFee: ContractMoney; clause: string };
  quoteNotIssuedRefund(paid: ContractMoney, paidAt: Date): { refund: ContractMoney; dueBy: Date; clause: string };
};

describe('public contract (lib/rules/index.ts)', () => {
  it('keeps the input shapes of the issue exactly', () => {
    expectTypeOf<Money>().toEqualTypeOf<ContractMoney>();
    expectTypeOf<VehicleClass>().toEqualTypeOf<ContractVehicleClass>();
    expectTypeOf<FlightItem>().toEqualTypeOf<ContractFlightItem>();
    expectTypeOf<HotelItem>().toEqualTypeOf<ContractHotelItem>();
    expectTypeOf<TransferItem>().toEqualTypeOf<ContractTransferItem>();
    expectTypeOf<Item>().toEqualTypeOf<ContractItem>();
  });

  it('returns at least the fields of the issue (it may add more)', () => {
    expectTypeOf<CancellationQuote>().toExtend<ContractCancellationQuote>();
    expectTypeOf<WindowCheck>().toExtend<ContractWindowCheck>();
    const contract: Contract = rules;
    expect(Object.keys(contract)).toEqual(expect.arrayContaining(['quoteCancellation', 'checkTransferBooking', 'checkTransferChange', 'quotePassengerDataChange', 'quoteNotIssuedRefund']));
  });

  it('exports the rest of the module from one place', () => {
    for (const name of [
      'quoteFlightChange',
      'quoteRefusalRefund',
      'checkTransferExtras',
      'checkBookerAge',
      'checkContactDetails',
      'checkCheckoutConsents',
      'routeSpecialPassengers',
      'findDuplicateReservations',
      'evaluatePromo',
      'priceBreakdown',
      'computeServiceFee',
      'feeScheduleFor',
      'requireValidFeeSchedule',
      'describeItemRules',
      'transferTier',
    ] as const) {
      expect(typeof rules[name], name).toBe('function');
    }
    expect(rules.TRANSFER_WAITING_TIME.atMeetingPointMinutes).toBe(60);
    expect(rules.CARD_REFUND_TIME.maxDays).toBe(30);
    expect(rules.REASON_CODES).toContain('TRANSFER_FREE_WINDOW');
    expect(new rules.RulesError('INVALID_ITEM', 'x').code).toBe('INVALID_ITEM');
    expect(new rules.MoneyError('MISSING_RATE', 'x').code).toBe('MISSING_RATE');
  });
});
