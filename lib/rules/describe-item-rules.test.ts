import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, type Money } from '../money';
import { checkTransferChange } from './check-transfer-change';
import { describeItemRules } from './describe-item-rules';
import { CURRENT_FEE_SCHEDULE } from './fee-schedule';
import { quoteCancellation } from './quote-cancellation';
import { azn, before, flight, hotel, MS, RATES, transfer, usd } from './test-factories';
import { VEHICLE_CLASSES } from './transfer-classes';
import type { HotelItem, Item, MessageDescriptor, TransferItem } from './types';

const keys = (messages: MessageDescriptor[]) => messages.map((m) => m.key);
const valuesOf = (messages: MessageDescriptor[], key: string) => messages.find((m) => m.key === key)?.values;

describe('describeItemRules: flights (Agreement 3.1.4, 4.5, 6.1, 6.4, 6.5)', () => {
  it.each([
    [
      'refundable with penalty, changeable with fee',
      flight(),
      ['flight.refundable', 'flight.changeable', 'flight.agencyFee'],
    ],
    [
      'refundable and changeable without airline charges',
      flight({ fareRules: { refundPenalty: null, changeFee: azn('0') } }),
      ['flight.refundableWithoutPenalty', 'flight.changeableWithoutFee', 'flight.agencyFee'],
    ],
    [
      'zero penalty, no change fee',
      flight({ fareRules: { refundPenalty: azn('0'), changeFee: null } }),
      ['flight.refundableWithoutPenalty', 'flight.changeableWithoutFee', 'flight.agencyFee'],
    ],
    [
      'non-refundable, non-changeable: no agency fee to mention',
      flight({ fareRules: { refundable: false, changeable: false } }),
      ['flight.nonRefundable', 'flight.nonChangeable'],
    ],
    [
      'non-refundable but changeable',
      flight({ fareRules: { refundable: false } }),
      ['flight.nonRefundable', 'flight.changeable', 'flight.agencyFee'],
    ],
  ])('Agreement 6.1: %s', (_name, item, fareKeys) => {
    const messages = describeItemRules(item);
    expect(keys(messages)).toEqual([
      ...fareKeys,
      'flight.passengerDataChange',
      'flight.notIssuedRefund',
      'common.serviceFeeNonRefundable',
      'common.refundToCard',
    ]);
    expect(valuesOf(messages, 'flight.passengerDataChange')).toEqual({ fee: azn('15') });
    expect(valuesOf(messages, 'flight.notIssuedRefund')).toEqual({ days: 3 });
    expect(valuesOf(messages, 'common.refundToCard')).toEqual({ minDays: 1, maxDays: 30 });
    expect(valuesOf(messages, 'common.serviceFeeNonRefundable')).toEqual({ fee: item.serviceFee });
  });

  it('Agreement 6.1: shows the penalty and the fees of the order’s schedule', () => {
    const schedule = { ...CURRENT_FEE_SCHEDULE, ticketRefundOrExchangeFee: azn('20') };
    const messages = describeItemRules(flight(), undefined, { schedule });
    expect(valuesOf(messages, 'flight.refundable')).toEqual({ penalty: azn('50') });
    expect(valuesOf(messages, 'flight.changeable')).toEqual({ changeFee: azn('30') });
    expect(valuesOf(messages, 'flight.agencyFee')).toEqual({ fee: azn('20') });
  });

  it('Agreement 6.1: with `at`, a USD ticket states the refund in USD using the order rates', () => {
    const item = flight({ price: usd('200') });
    const at = before(item.departureAt, 48);
    const messages = describeItemRules(item, at, { fx: RATES });
    expect(keys(messages).slice(-2)).toEqual(['reasons.FARE_RULES_REFUND', 'common.refundNow']);
    expect(valuesOf(messages, 'common.refundNow')).toEqual({ refund: usd('141.18') });
    expect(() => describeItemRules(item, at)).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
  });

  it('Agreement 4.5: with `at`, a ticket not yet issued promises everything back', () => {
    const item = flight({ issued: false });
    const messages = describeItemRules(item, before(item.departureAt, 48));
    expect(valuesOf(messages, 'reasons.TICKET_NOT_ISSUED')).toEqual({});
    expect(valuesOf(messages, 'common.refundNow')).toEqual({ refund: azn('310') });
  });

  it('Agreement 4.4: a zero service fee is not mentioned', () => {
    expect(keys(describeItemRules(flight({ serviceFee: azn('0') })))).not.toContain('common.serviceFeeNonRefundable');
  });
});

describe('describeItemRules: hotels (Agreement 6.3)', () => {
  const freeUntil = new Date('2025-06-28T20:00:00Z');
  const checkInAt = new Date('2025-07-01T10:00:00Z');

  it('Agreement 6.3: non-refundable rate', () => {
    const messages = describeItemRules(hotel({ cancellation: { type: 'NON_REFUNDABLE' } }));
    expect(keys(messages)).toEqual(['hotel.nonRefundable', 'common.serviceFeeNonRefundable', 'common.refundToCard']);
  });

  it('Agreement 6.3: free until a deadline, then the first night', () => {
    const item = hotel({ checkInAt, cancellation: { type: 'FREE_UNTIL', freeUntil, penalty: { kind: 'FIRST_NIGHT' } } });
    expect(describeItemRules(item).slice(0, 3)).toEqual([
      { key: 'hotel.freeCancellation', values: { deadline: freeUntil } },
      { key: 'hotel.penaltyFirstNight', values: { deadline: freeUntil, amount: azn('100') } },
      { key: 'hotel.noCancellationAfterCheckIn', values: { checkIn: checkInAt } },
    ]);
  });

  it('Agreement 6.3: free until a deadline, then a percentage, shown as the amount the server will charge', () => {
    const item = hotel({ checkInAt, price: azn('333.33'), cancellation: { type: 'FREE_UNTIL', freeUntil, penalty: { kind: 'PERCENT', percent: 50 } } });
    expect(valuesOf(describeItemRules(item), 'hotel.penaltyPercent')).toEqual({ deadline: freeUntil, percent: 50, amount: azn('166.67') });
  });

  it.each([
    ['1 ms before check-in', before(checkInAt, 0, MS)],
    ['at check-in', checkInAt],
    ['after check-in', before(checkInAt, -24)],
  ])('Agreement 6.3: free until %s: free until just before check-in, no penalty period', (_name, until) => {
    const item = hotel({ checkInAt, cancellation: { type: 'FREE_UNTIL', freeUntil: until, penalty: { kind: 'FIRST_NIGHT' } } });
    expect(describeItemRules(item).slice(0, 2)).toEqual([
      { key: 'hotel.freeCancellation', values: { deadline: before(checkInAt, 0, MS) } },
      { key: 'hotel.noCancellationAfterCheckIn', values: { checkIn: checkInAt } },
    ]);
  });

  it('Agreement 6.3: with `at` after the deadline, the reason and the refund', () => {
    const item = hotel({ checkInAt, cancellation: { type: 'FREE_UNTIL', freeUntil, penalty: { kind: 'FIRST_NIGHT' } } });
    const messages = describeItemRules(item, before(checkInAt, 1));
    expect(keys(messages).slice(-2)).toEqual(['reasons.HOTEL_CANCELLATION_PENALTY', 'common.refundNow']);
    expect(valuesOf(messages, 'common.refundNow')).toEqual({ refund: azn('300') });
  });

  it('Agreement 6.3: with `at` on a non-refundable rate, the reason and no refund line', () => {
    const messages = describeItemRules(hotel({ cancellation: { type: 'NON_REFUNDABLE' } }), checkInAt);
    expect(keys(messages).at(-1)).toBe('reasons.NON_REFUNDABLE_RATE');
    expect(keys(messages)).not.toContain('common.refundNow');
  });
});

describe('describeItemRules: transfers (Agreement 6.2)', () => {
  const pickupAt = new Date('2025-07-01T08:00:00Z');

  it.each([
    ['ECONOMY', 5, 16],
    ['PREMIUM_MINIBUS_6', 24, 24],
  ] as const)('Agreement 6.2: %s — free until %i h, changes before %i h, extras by 24 h, waiting times', (vehicleClass, freeHours, changeHours) => {
    const item = transfer({ vehicleClass, pickupAt });
    expect(describeItemRules(item)).toEqual([
      { key: 'transfer.freeCancellation', values: { deadline: before(pickupAt, freeHours), hours: freeHours } },
      { key: 'transfer.lateCancellation', values: { deadline: before(pickupAt, freeHours), amount: azn('60') } },
      { key: 'transfer.changes', values: { deadline: before(pickupAt, changeHours), hours: changeHours } },
      { key: 'transfer.extras', values: { deadline: before(pickupAt, 24), hours: 24 } },
      { key: 'transfer.waiting', values: { minutes: 60, delayMinutes: 30 } },
      { key: 'common.serviceFeeNonRefundable', values: { fee: azn('5') } },
      { key: 'common.refundToCard', values: { minDays: 1, maxDays: 30 } },
    ]);
  });

  it.each([
    [before(pickupAt, 24, MS), ['reasons.TRANSFER_FREE_WINDOW', 'common.refundNow', 'reasons.TRANSFER_CHANGE_OPEN']],
    [before(pickupAt, 16), ['reasons.TRANSFER_FREE_WINDOW', 'common.refundNow', 'reasons.TRANSFER_CHANGE_TOO_LATE']],
    [before(pickupAt, 4), ['reasons.TRANSFER_LATE_CANCELLATION', 'common.refundNow', 'reasons.TRANSFER_CHANGE_TOO_LATE']],
    [pickupAt, ['reasons.TRANSFER_PICKUP_PASSED', 'reasons.TRANSFER_CHANGE_TOO_LATE']],
  ])('Agreement 6.2: with `at` = %s, where the booking stands', (at, tail) => {
    const messages = describeItemRules(transfer({ pickupAt }), at);
    expect(keys(messages).slice(-tail.length)).toEqual(tail);
  });

  it('refuses an invalid moment', () => {
    expect(() => describeItemRules(transfer(), new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('describeItemRules says what the server enforces', () => {
  const instant = fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2025-12-31') }).map((ms) => new Date(ms));
  const amount = fc.integer({ min: 0, max: 100_000_000 });
  const currency = fc.constantFrom('AZN', 'KZT', 'USD');
  const item: fc.Arbitrary<HotelItem | TransferItem> = fc.oneof(
    fc
      .record({ c: currency, price: amount, night: amount, checkInAt: instant, freeUntil: instant, percent: fc.option(fc.integer({ min: 0, max: 100 })) })
      .map(({ c, price, night, checkInAt, freeUntil, percent }): HotelItem => ({
        kind: 'HOTEL',
        price: money(price, c),
        serviceFee: money(0, c),
        checkInAt,
        firstNight: money(night, c),
        cancellation: { type: 'FREE_UNTIL', freeUntil, penalty: percent === null ? { kind: 'FIRST_NIGHT' } : { kind: 'PERCENT', percent } },
      })),
    fc
      .record({ c: currency, price: amount, pickupAt: instant, vehicleClass: fc.constantFrom(...VEHICLE_CLASSES) })
      .map(({ c, price, pickupAt, vehicleClass }): TransferItem => ({ kind: 'TRANSFER', price: money(price, c), serviceFee: money(0, c), pickupAt, vehicleClass })),
  );

  it('at the stated deadline cancelling is free; 1 ms later it costs the stated amount; changes close when stated', () => {
    fc.assert(
      fc.property(item, (it: Item) => {
        const messages = describeItemRules(it);
        const free = messages.find((m) => m.key.endsWith('.freeCancellation'))!.values.deadline as Date;
        expect(quoteCancellation(it, free).penalty.amount).toBe(0);
        const late = messages.find((m) => ['hotel.penaltyFirstNight', 'hotel.penaltyPercent', 'transfer.lateCancellation'].includes(m.key));
        if (late) {
          expect(quoteCancellation(it, new Date(free.getTime() + 1)).penalty).toEqual(late.values.amount as Money);
        }
        if (it.kind === 'TRANSFER') {
          const changeBy = valuesOf(messages, 'transfer.changes')!.deadline as Date;
          expect(checkTransferChange(it.vehicleClass, it.pickupAt, new Date(changeBy.getTime() - 1)).allowed).toBe(true);
          expect(checkTransferChange(it.vehicleClass, it.pickupAt, changeBy).allowed).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

