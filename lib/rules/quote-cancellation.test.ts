import { describe, expect, it } from 'vitest';
import { fromMajor, type Money } from '../money';
import { CURRENT_FEE_SCHEDULE } from './fee-schedule';
import { quoteCancellation } from './quote-cancellation';
import { before, flight, hotel, HOUR, MS, RATES, transfer } from './test-factories';
import type { CancellationQuote, Item, VehicleClass } from './types';

type Expected = Partial<Omit<CancellationQuote, 'penalty' | 'agencyFee' | 'serviceFeeKept' | 'refund'>> & {
  penalty?: string;
  agencyFee?: string;
  serviceFeeKept?: string;
  refund?: string;
};

type Case = { clause: string; name: string; item: Item; at: Date; expected: Expected };

const major = (m: Money) => `${(m.amount / 100).toFixed(2)} ${m.currency}`;

function check({ item, at, expected }: Case) {
  const quote = quoteCancellation(item, at, RATES);
  const shown = {
    allowed: quote.allowed,
    penalty: major(quote.penalty),
    agencyFee: major(quote.agencyFee),
    serviceFeeKept: major(quote.serviceFeeKept),
    refund: major(quote.refund),
    clause: quote.clause,
    reason: quote.reason,
  };
  expect(shown).toMatchObject(expected);
}

// ---------------------------------------------------------------------------------------------------
// Agreement 6.2 — transfers
// ---------------------------------------------------------------------------------------------------
const pickupAt = new Date('2025-07-01T08:00:00Z');
const STANDARD: VehicleClass[] = ['MICRO', 'ECONOMY', 'COMFORT', 'MINIVAN_4', 'MINIBUS_7'];
const PREMIUM: VehicleClass[] = ['PREMIUM_MINIBUS_6', 'MINIBUS_10', 'MINIBUS_13', 'MINIBUS_16', 'MINIBUS_19', 'BUSINESS', 'PREMIUM'];

const free = (price: string, fee: string): Expected => ({
  allowed: true,
  penalty: `0.00 ${price.split(' ')[1]}`,
  refund: price,
  serviceFeeKept: fee,
  clause: 'Agreement 6.2',
  reason: 'TRANSFER_FREE_WINDOW',
});
const late = (price: string, fee: string): Expected => ({
  allowed: true,
  penalty: price,
  refund: `0.00 ${price.split(' ')[1]}`,
  serviceFeeKept: fee,
  clause: 'Agreement 6.2',
  reason: 'TRANSFER_LATE_CANCELLATION',
});
const passed = (price: string, fee: string): Expected => ({
  allowed: false,
  penalty: price,
  refund: `0.00 ${price.split(' ')[1]}`,
  serviceFeeKept: fee,
  clause: 'Agreement 6.2',
  reason: 'TRANSFER_PICKUP_PASSED',
});

const transferCases: Case[] = [
  ...STANDARD.flatMap((vehicleClass): Case[] => [
    { clause: '6.2', name: `${vehicleClass}: exactly 5 h before is free`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 5), expected: free('60.00 AZN', '5.00 AZN') },
    { clause: '6.2', name: `${vehicleClass}: 5 h + 1 ms before is free`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 5, MS), expected: free('60.00 AZN', '5.00 AZN') },
    { clause: '6.2', name: `${vehicleClass}: 5 h − 1 ms before costs 100 %`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 5, -MS), expected: late('60.00 AZN', '5.00 AZN') },
  ]),
  ...PREMIUM.flatMap((vehicleClass): Case[] => [
    { clause: '6.2', name: `${vehicleClass}: exactly 24 h before is free`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 24), expected: free('60.00 AZN', '5.00 AZN') },
    { clause: '6.2', name: `${vehicleClass}: 24 h + 1 ms before is free`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 24, MS), expected: free('60.00 AZN', '5.00 AZN') },
    { clause: '6.2', name: `${vehicleClass}: 24 h − 1 ms before costs 100 %`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 24, -MS), expected: late('60.00 AZN', '5.00 AZN') },
    { clause: '6.2', name: `${vehicleClass}: 5 h before is already late`, item: transfer({ vehicleClass, pickupAt }), at: before(pickupAt, 5), expected: late('60.00 AZN', '5.00 AZN') },
  ]),
  { clause: '6.2', name: 'standard: 1 ms before pickup costs 100 %', item: transfer({ pickupAt }), at: before(pickupAt, 0, MS), expected: late('60.00 AZN', '5.00 AZN') },
  { clause: '6.2', name: 'standard: at the pickup instant it is refused', item: transfer({ pickupAt }), at: pickupAt, expected: passed('60.00 AZN', '5.00 AZN') },
  { clause: '6.2', name: 'premium: an hour after pickup it is refused', item: transfer({ vehicleClass: 'BUSINESS', pickupAt }), at: before(pickupAt, -1), expected: passed('60.00 AZN', '5.00 AZN') },
  {
    clause: '6.2', name: 'KZT transfer, free window',
    item: transfer({ price: fromMajor('15000', 'KZT'), serviceFee: fromMajor('1500', 'KZT'), pickupAt }),
    at: before(pickupAt, 6), expected: free('15000.00 KZT', '1500.00 KZT'),
  },
  {
    clause: '6.2', name: 'KZT transfer, late',
    item: transfer({ price: fromMajor('15000', 'KZT'), serviceFee: fromMajor('1500', 'KZT'), pickupAt }),
    at: before(pickupAt, 4), expected: late('15000.00 KZT', '1500.00 KZT'),
  },
  {
    clause: '6.2', name: 'USD premium transfer, free at exactly 24 h',
    item: transfer({ vehicleClass: 'PREMIUM', price: fromMajor('120', 'USD'), serviceFee: fromMajor('3', 'USD'), pickupAt }),
    at: before(pickupAt, 24), expected: free('120.00 USD', '3.00 USD'),
  },
  {
    clause: '6.2', name: 'USD premium transfer, late by 1 ms',
    item: transfer({ vehicleClass: 'PREMIUM', price: fromMajor('120', 'USD'), serviceFee: fromMajor('3', 'USD'), pickupAt }),
    at: before(pickupAt, 24, -MS), expected: late('120.00 USD', '3.00 USD'),
  },
];

// ---------------------------------------------------------------------------------------------------
// Agreement 6.3 — hotels
// ---------------------------------------------------------------------------------------------------
const freeUntil = new Date('2025-06-28T20:00:00Z');
const checkInAt = new Date('2025-07-01T10:00:00Z');
const firstNightPolicy = { type: 'FREE_UNTIL', freeUntil, penalty: { kind: 'FIRST_NIGHT' } } as const;
const percentPolicy = (percent: number) => ({ type: 'FREE_UNTIL', freeUntil, penalty: { kind: 'PERCENT', percent } }) as const;

const hotelCases: Case[] = [
  {
    clause: '6.3', name: 'non-refundable rate is refused',
    item: hotel({ cancellation: { type: 'NON_REFUNDABLE' } }), at: before(checkInAt, 24 * 30),
    expected: { allowed: false, penalty: '400.00 AZN', refund: '0.00 AZN', serviceFeeKept: '12.00 AZN', clause: 'Agreement 6.3', reason: 'NON_REFUNDABLE_RATE' },
  },
  {
    clause: '6.3', name: 'exactly at the free-cancellation deadline is free',
    item: hotel({ checkInAt, cancellation: firstNightPolicy }), at: freeUntil,
    expected: { allowed: true, penalty: '0.00 AZN', refund: '400.00 AZN', serviceFeeKept: '12.00 AZN', reason: 'HOTEL_FREE_CANCELLATION' },
  },
  {
    clause: '6.3', name: '1 ms before the deadline is free',
    item: hotel({ checkInAt, cancellation: firstNightPolicy }), at: before(freeUntil, 0, MS),
    expected: { allowed: true, refund: '400.00 AZN', reason: 'HOTEL_FREE_CANCELLATION' },
  },
  {
    clause: '6.3', name: '1 ms after the deadline costs the first night',
    item: hotel({ checkInAt, cancellation: firstNightPolicy }), at: before(freeUntil, 0, -MS),
    expected: { allowed: true, penalty: '100.00 AZN', refund: '300.00 AZN', serviceFeeKept: '12.00 AZN', clause: 'Agreement 6.3', reason: 'HOTEL_CANCELLATION_PENALTY' },
  },
  {
    clause: '6.3', name: 'a percentage penalty rounds half away from zero',
    item: hotel({ checkInAt, price: fromMajor('333.33', 'AZN'), cancellation: percentPolicy(50) }), at: before(checkInAt, 1),
    expected: { penalty: '166.67 AZN', refund: '166.66 AZN', reason: 'HOTEL_CANCELLATION_PENALTY' },
  },
  {
    clause: '6.3', name: 'a 100 % penalty leaves nothing',
    item: hotel({ checkInAt, cancellation: percentPolicy(100) }), at: before(checkInAt, 1),
    expected: { allowed: true, penalty: '400.00 AZN', refund: '0.00 AZN' },
  },
  {
    clause: '6.3', name: 'a first night dearer than the stay is capped: refund floored at zero',
    item: hotel({ checkInAt, price: fromMajor('80', 'AZN'), firstNight: fromMajor('100', 'AZN'), cancellation: firstNightPolicy }),
    at: before(checkInAt, 1),
    expected: { penalty: '80.00 AZN', refund: '0.00 AZN', serviceFeeKept: '12.00 AZN' },
  },
  {
    clause: '6.3', name: '1 ms before check-in still follows the rate',
    item: hotel({ checkInAt, cancellation: percentPolicy(30) }), at: before(checkInAt, 0, MS),
    expected: { allowed: true, penalty: '120.00 AZN', refund: '280.00 AZN' },
  },
  {
    clause: '6.3', name: 'at the check-in instant it is refused online',
    item: hotel({ checkInAt, cancellation: percentPolicy(30) }), at: checkInAt,
    expected: { allowed: false, penalty: '400.00 AZN', refund: '0.00 AZN', reason: 'HOTEL_CHECK_IN_PASSED' },
  },
  {
    clause: '6.3', name: 'KZT hotel, first night',
    item: hotel({ checkInAt, price: fromMajor('180000', 'KZT'), serviceFee: fromMajor('5000', 'KZT'), firstNight: fromMajor('60000', 'KZT'), cancellation: firstNightPolicy }),
    at: before(checkInAt, 2),
    expected: { penalty: '60000.00 KZT', refund: '120000.00 KZT', serviceFeeKept: '5000.00 KZT' },
  },
  {
    clause: '6.3', name: 'USD hotel, free',
    item: hotel({ checkInAt, price: fromMajor('250', 'USD'), serviceFee: fromMajor('7.5', 'USD'), firstNight: fromMajor('125', 'USD'), cancellation: firstNightPolicy }),
    at: before(freeUntil, 48),
    expected: { penalty: '0.00 USD', refund: '250.00 USD', serviceFeeKept: '7.50 USD', agencyFee: '0.00 USD' },
  },
];

// ---------------------------------------------------------------------------------------------------
// Agreement 6.1 / 6.4 / 4.5 — flights
// ---------------------------------------------------------------------------------------------------
const departureAt = new Date('2025-07-01T06:00:00Z');

const flightCases: Case[] = [
  {
    clause: '6.1', name: 'AZN: price − airline penalty − 15 AZN agency fee; fee kept (6.4)',
    item: flight({ departureAt }), at: before(departureAt, 48),
    expected: { allowed: true, penalty: '50.00 AZN', agencyFee: '15.00 AZN', serviceFeeKept: '10.00 AZN', refund: '235.00 AZN', clause: 'Agreement 6.1', reason: 'FARE_RULES_REFUND' },
  },
  {
    clause: '6.1', name: 'USD: the 15 AZN fee is converted with the order rates (8.823 → 8.82 USD)',
    item: flight({ departureAt, price: fromMajor('200', 'USD') }), at: before(departureAt, 48),
    expected: { penalty: '50.00 USD', agencyFee: '8.82 USD', serviceFeeKept: '10.00 USD', refund: '141.18 USD' },
  },
  {
    clause: '6.1', name: 'KZT: the 15 AZN fee is 4447.05 KZT',
    item: flight({ departureAt, price: fromMajor('120000', 'KZT'), fareRules: { refundPenalty: fromMajor('20000', 'KZT') } }), at: before(departureAt, 48),
    expected: { penalty: '20000.00 KZT', agencyFee: '4447.05 KZT', refund: '95552.95 KZT' },
  },
  {
    clause: '6.1', name: 'a fare without a penalty still pays the agency fee',
    item: flight({ departureAt, fareRules: { refundPenalty: null } }), at: before(departureAt, 48),
    expected: { penalty: '0.00 AZN', agencyFee: '15.00 AZN', refund: '285.00 AZN' },
  },
  {
    clause: '6.1', name: 'refund floored at zero: the agency fee takes only what is left',
    item: flight({ departureAt, price: fromMajor('60', 'AZN'), fareRules: { refundPenalty: fromMajor('50', 'AZN') } }), at: before(departureAt, 48),
    expected: { allowed: true, penalty: '50.00 AZN', agencyFee: '10.00 AZN', refund: '0.00 AZN', serviceFeeKept: '10.00 AZN' },
  },
  {
    clause: '6.1', name: 'a penalty above the price is capped at the price',
    item: flight({ departureAt, price: fromMajor('40', 'AZN'), fareRules: { refundPenalty: fromMajor('50', 'AZN') } }), at: before(departureAt, 48),
    expected: { penalty: '40.00 AZN', agencyFee: '0.00 AZN', refund: '0.00 AZN' },
  },
  {
    clause: '6.1', name: 'non-refundable fare is refused',
    item: flight({ departureAt, fareRules: { refundable: false } }), at: before(departureAt, 24 * 10),
    expected: { allowed: false, penalty: '300.00 AZN', agencyFee: '0.00 AZN', refund: '0.00 AZN', serviceFeeKept: '10.00 AZN', clause: 'Agreement 6.1', reason: 'NON_REFUNDABLE_FARE' },
  },
  {
    clause: '6.1', name: '1 ms before departure follows the fare rules',
    item: flight({ departureAt }), at: before(departureAt, 0, MS),
    expected: { allowed: true, refund: '235.00 AZN' },
  },
  {
    clause: '6.1', name: 'at the departure instant it is refused online',
    item: flight({ departureAt }), at: departureAt,
    expected: { allowed: false, refund: '0.00 AZN', reason: 'FLIGHT_DEPARTED' },
  },
  {
    clause: '4.5', name: 'paid but not issued: everything back, service fee included',
    item: flight({ departureAt, issued: false }), at: before(departureAt, 48),
    expected: { allowed: true, penalty: '0.00 AZN', agencyFee: '0.00 AZN', serviceFeeKept: '0.00 AZN', refund: '310.00 AZN', clause: 'Agreement 4.5', reason: 'TICKET_NOT_ISSUED' },
  },
  {
    clause: '4.5', name: 'not issued, non-refundable fare, after departure: still everything back',
    item: flight({ departureAt, issued: false, fareRules: { refundable: false } }), at: before(departureAt, -5),
    expected: { allowed: true, refund: '310.00 AZN', clause: 'Agreement 4.5' },
  },
  {
    clause: '4.5', name: 'not issued, USD: everything back in USD, no rate needed',
    item: flight({ departureAt, issued: false, price: fromMajor('200', 'USD') }), at: before(departureAt, 48),
    expected: { refund: '210.00 USD', serviceFeeKept: '0.00 USD' },
  },
];

describe.each([
  ['Agreement 6.2 — transfers', transferCases],
  ['Agreement 6.3 — hotels', hotelCases],
  ['Agreement 6.1, 6.4, 4.5 — flights', flightCases],
])('quoteCancellation: %s', (_title, cases) => {
  it.each(cases.map((c) => [`Agreement ${c.clause}: ${c.name}`, c] as const))('%s', (_name, c) => check(c));
});

describe('quoteCancellation: accounting (Agreement 4.4, 6.4)', () => {
  it.each([...transferCases, ...hotelCases, ...flightCases].map((c) => [`Agreement ${c.clause}: ${c.name}`, c] as const))(
    'penalty + agency fee + fee kept + refund = price + service fee — %s',
    (_name, { item, at }) => {
      const q = quoteCancellation(item, at, RATES);
      expect(q.penalty.amount + q.agencyFee.amount + q.serviceFeeKept.amount + q.refund.amount).toBe(
        item.price.amount + item.serviceFee.amount,
      );
      for (const m of [q.penalty, q.agencyFee, q.serviceFeeKept, q.refund]) expect(m.currency).toBe(item.price.currency);
    },
  );
});

describe('quoteCancellation: time is measured between instants', () => {
  // Europe/Berlin springs forward on 2025-03-30: the same wall-clock time a day earlier is only 23 h before.
  const wall = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  it('Agreement 6.2: a premium pickup at 09:00 after the DST change, cancelled at 09:00 the day before, is late', () => {
    const pickup = new Date('2025-03-30T09:00:00+02:00');
    const cancelledAt = new Date('2025-03-29T09:00:00+01:00');
    expect([wall(pickup.toISOString()), wall(cancelledAt.toISOString())]).toEqual(['30/03/2025, 09:00', '29/03/2025, 09:00']);
    expect(pickup.getTime() - cancelledAt.getTime()).toBe(23 * HOUR);
    const q = quoteCancellation(transfer({ vehicleClass: 'BUSINESS', pickupAt: pickup }), cancelledAt);
    expect(q.reason).toBe('TRANSFER_LATE_CANCELLATION');
  });

  it('Agreement 6.2: after the autumn change the same wall-clock time a day earlier is 25 h and free', () => {
    const pickup = new Date('2025-10-26T09:00:00+01:00');
    const cancelledAt = new Date('2025-10-25T09:00:00+02:00');
    expect(pickup.getTime() - cancelledAt.getTime()).toBe(25 * HOUR);
    expect(quoteCancellation(transfer({ vehicleClass: 'BUSINESS', pickupAt: pickup }), cancelledAt).reason).toBe(
      'TRANSFER_FREE_WINDOW',
    );
  });

  it('Agreement 6.2: Baku and New York offsets of the same instant give the same answer', () => {
    const pickup = new Date('2025-07-01T12:00:00+04:00');
    const inNewYork = new Date('2025-06-30T23:00:00-04:00'); // = 07:00 in Baku, exactly 5 h before
    expect(quoteCancellation(transfer({ pickupAt: pickup }), inNewYork).reason).toBe('TRANSFER_FREE_WINDOW');
  });
});

describe('quoteCancellation: options and errors', () => {
  it('Agreement 6.1: uses the agency fee of the order’s fee schedule', () => {
    const schedule = { ...CURRENT_FEE_SCHEDULE, agreementVersion: 'old', ticketRefundOrExchangeFee: fromMajor('20', 'AZN') };
    const q = quoteCancellation(flight(), before(departureAt, 48), undefined, { schedule });
    expect(q.agencyFee).toEqual(fromMajor('20', 'AZN'));
  });

  it('Agreement 6.1: a USD ticket without rates throws MISSING_RATE rather than dropping the fee', () => {
    expect(() => quoteCancellation(flight({ price: fromMajor('200', 'USD') }), before(departureAt, 48))).toThrow(
      expect.objectContaining({ code: 'MISSING_RATE' }),
    );
  });

  it('AZN items need no rates', () => {
    expect(quoteCancellation(flight(), before(departureAt, 48)).refund).toEqual(fromMajor('235', 'AZN'));
  });

  const invalid: Array<[string, Item, Date, string]> = [
    ['an invalid moment', transfer(), new Date(Number.NaN), 'INVALID_DATE'],
    ['a moment that is not a Date', transfer(), '2025-01-01' as unknown as Date, 'INVALID_DATE'],
    ['a negative price', transfer({ price: fromMajor('-1', 'AZN') }), pickupAt, 'INVALID_ITEM'],
    ['a fraction of a minor unit', transfer({ price: { amount: 1.5, currency: 'AZN' } }), pickupAt, 'INVALID_AMOUNT'],
    ['a fee in another currency', transfer({ serviceFee: fromMajor('5', 'USD') }), pickupAt, 'INVALID_ITEM'],
    ['an unknown vehicle class', transfer({ vehicleClass: 'LIMO' as VehicleClass }), pickupAt, 'INVALID_ITEM'],
    ['an invalid pickup', transfer({ pickupAt: new Date('nope') }), pickupAt, 'INVALID_DATE'],
    ['an invalid departure', flight({ departureAt: new Date('nope') }), pickupAt, 'INVALID_DATE'],
    ['a penalty in another currency', flight({ fareRules: { refundPenalty: fromMajor('5', 'USD') } }), pickupAt, 'INVALID_ITEM'],
    ['a negative change fee', flight({ fareRules: { changeFee: fromMajor('-5', 'AZN') } }), pickupAt, 'INVALID_ITEM'],
    ['an invalid check-in', hotel({ checkInAt: new Date('nope') }), pickupAt, 'INVALID_DATE'],
    ['a first night in another currency', hotel({ firstNight: fromMajor('5', 'KZT') }), pickupAt, 'INVALID_ITEM'],
    ['an invalid free-until', hotel({ cancellation: { type: 'FREE_UNTIL', freeUntil: new Date('nope'), penalty: { kind: 'FIRST_NIGHT' } } }), pickupAt, 'INVALID_DATE'],
    ['a 150 % penalty', hotel({ cancellation: percentPolicy(150) }), pickupAt, 'INVALID_ITEM'],
    ['a NaN % penalty', hotel({ cancellation: percentPolicy(Number.NaN) }), pickupAt, 'INVALID_ITEM'],
    ['an unknown kind', { ...transfer(), kind: 'CRUISE' } as unknown as Item, pickupAt, 'INVALID_ITEM'],
  ];
  it.each(invalid)('refuses %s with a coded error', (_name, item, at, code) => {
    expect(() => quoteCancellation(item, at, RATES)).toThrow(expect.objectContaining({ code }));
  });
});
