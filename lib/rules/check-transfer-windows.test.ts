import { describe, expect, it } from 'vitest';
import { checkTransferBooking } from './check-transfer-booking';
import { checkTransferChange } from './check-transfer-change';
import { checkTransferExtras } from './check-transfer-extras';
import { before, HOUR, MS } from './test-factories';
import { TRANSFER_EXTRAS_LEAD_HOURS, TRANSFER_LEAD_HOURS, transferTier, VEHICLE_CLASSES } from './transfer-classes';
import type { VehicleClass, WindowCheck } from './types';

const pickupAt = new Date('2025-07-01T08:00:00Z');

type Case = {
  clause: string;
  name: string;
  run: (at: Date) => WindowCheck;
  at: Date;
  allowed: boolean;
  reason: string;
};

const booking = (c: VehicleClass) => (at: Date) => checkTransferBooking(c, pickupAt, at);
const change = (c: VehicleClass) => (at: Date) => checkTransferChange(c, pickupAt, at);
const extras = (at: Date) => checkTransferExtras(pickupAt, at);

const cases: Case[] = [
  // Booking: "up to 16 h / 24 h before" includes the cutoff.
  { clause: '6.2', name: 'standard booking exactly 16 h before', run: booking('MICRO'), at: before(pickupAt, 16), allowed: true, reason: 'TRANSFER_BOOKING_OPEN' },
  { clause: '6.2', name: 'standard booking 16 h + 1 ms before', run: booking('COMFORT'), at: before(pickupAt, 16, MS), allowed: true, reason: 'TRANSFER_BOOKING_OPEN' },
  { clause: '6.2', name: 'standard booking 16 h − 1 ms before', run: booking('MINIBUS_7'), at: before(pickupAt, 16, -MS), allowed: false, reason: 'TRANSFER_BOOKING_TOO_LATE' },
  { clause: '6.2', name: 'premium booking exactly 24 h before', run: booking('PREMIUM_MINIBUS_6'), at: before(pickupAt, 24), allowed: true, reason: 'TRANSFER_BOOKING_OPEN' },
  { clause: '6.2', name: 'premium booking 24 h + 1 ms before', run: booking('MINIBUS_19'), at: before(pickupAt, 24, MS), allowed: true, reason: 'TRANSFER_BOOKING_OPEN' },
  { clause: '6.2', name: 'premium booking 24 h − 1 ms before', run: booking('BUSINESS'), at: before(pickupAt, 24, -MS), allowed: false, reason: 'TRANSFER_BOOKING_TOO_LATE' },
  { clause: '6.2', name: 'premium booking 16 h before (fine for standard only)', run: booking('PREMIUM'), at: before(pickupAt, 16), allowed: false, reason: 'TRANSFER_BOOKING_TOO_LATE' },
  { clause: '6.2', name: 'booking after pickup', run: booking('ECONOMY'), at: before(pickupAt, -1), allowed: false, reason: 'TRANSFER_BOOKING_TOO_LATE' },
  // Changes: "more than 16 h / 24 h in advance" excludes the cutoff.
  { clause: '6.2', name: 'standard change exactly 16 h before', run: change('ECONOMY'), at: before(pickupAt, 16), allowed: false, reason: 'TRANSFER_CHANGE_TOO_LATE' },
  { clause: '6.2', name: 'standard change 16 h + 1 ms before', run: change('ECONOMY'), at: before(pickupAt, 16, MS), allowed: true, reason: 'TRANSFER_CHANGE_OPEN' },
  { clause: '6.2', name: 'standard change 16 h − 1 ms before', run: change('MINIVAN_4'), at: before(pickupAt, 16, -MS), allowed: false, reason: 'TRANSFER_CHANGE_TOO_LATE' },
  { clause: '6.2', name: 'premium change exactly 24 h before', run: change('MINIBUS_10'), at: before(pickupAt, 24), allowed: false, reason: 'TRANSFER_CHANGE_TOO_LATE' },
  { clause: '6.2', name: 'premium change 24 h + 1 ms before', run: change('MINIBUS_13'), at: before(pickupAt, 24, MS), allowed: true, reason: 'TRANSFER_CHANGE_OPEN' },
  { clause: '6.2', name: 'premium change 24 h − 1 ms before', run: change('MINIBUS_16'), at: before(pickupAt, 24, -MS), allowed: false, reason: 'TRANSFER_CHANGE_TOO_LATE' },
  // Extras: "no later than 24 h before" includes the cutoff, every class.
  { clause: '6.2', name: 'extras exactly 24 h before', run: extras, at: before(pickupAt, 24), allowed: true, reason: 'TRANSFER_EXTRAS_OPEN' },
  { clause: '6.2', name: 'extras 24 h + 1 ms before', run: extras, at: before(pickupAt, 24, MS), allowed: true, reason: 'TRANSFER_EXTRAS_OPEN' },
  { clause: '6.2', name: 'extras 24 h − 1 ms before', run: extras, at: before(pickupAt, 24, -MS), allowed: false, reason: 'TRANSFER_EXTRAS_TOO_LATE' },
];

describe('transfer windows (Agreement 6.2)', () => {
  it.each(cases.map((c) => [`Agreement ${c.clause}: ${c.name}`, c] as const))('%s', (_name, c) => {
    const result = c.run(c.at);
    expect(result).toMatchObject({ allowed: c.allowed, reason: c.reason, clause: 'Agreement 6.2' });
    expect(result.allowed).toBe(c.at.getTime() <= result.latestAt.getTime());
  });

  it('Agreement 6.2: booking and extras deadlines are the cutoff itself, changes end 1 ms before it', () => {
    const b = checkTransferBooking('ECONOMY', pickupAt, pickupAt);
    expect(b).toMatchObject({ hoursBefore: 16, cutoffAt: before(pickupAt, 16), latestAt: before(pickupAt, 16) });
    const c = checkTransferChange('BUSINESS', pickupAt, pickupAt);
    expect(c).toMatchObject({ hoursBefore: 24, cutoffAt: before(pickupAt, 24), latestAt: before(pickupAt, 24, MS) });
    const e = checkTransferExtras(pickupAt, pickupAt);
    expect(e).toMatchObject({ hoursBefore: 24, cutoffAt: before(pickupAt, 24), latestAt: before(pickupAt, 24) });
  });

  it.each([
    ['MICRO', 'STANDARD'],
    ['ECONOMY', 'STANDARD'],
    ['COMFORT', 'STANDARD'],
    ['MINIVAN_4', 'STANDARD'],
    ['MINIBUS_7', 'STANDARD'],
    ['PREMIUM_MINIBUS_6', 'PREMIUM'],
    ['MINIBUS_10', 'PREMIUM'],
    ['MINIBUS_13', 'PREMIUM'],
    ['MINIBUS_16', 'PREMIUM'],
    ['MINIBUS_19', 'PREMIUM'],
    ['BUSINESS', 'PREMIUM'],
    ['PREMIUM', 'PREMIUM'],
  ] as const)('Agreement 6.2: %s is a %s class', (vehicleClass, tier) => {
    expect(transferTier(vehicleClass)).toBe(tier);
  });

  it('Agreement 6.2: lead times per tier', () => {
    expect(VEHICLE_CLASSES).toHaveLength(12);
    expect(TRANSFER_LEAD_HOURS).toEqual({
      STANDARD: { booking: 16, change: 16, freeCancellation: 5 },
      PREMIUM: { booking: 24, change: 24, freeCancellation: 24 },
    });
    expect(TRANSFER_EXTRAS_LEAD_HOURS).toBe(24);
  });

  it('Agreement 6.2: booked the day before across a DST change, a premium pickup at the same wall time is only 23 h away', () => {
    // Europe/Berlin: 09:00 +01:00 on 29 March, 09:00 +02:00 on 30 March 2025.
    const pickup = new Date('2025-03-30T09:00:00+02:00');
    const bookedAt = new Date('2025-03-29T09:00:00+01:00');
    expect(pickup.getTime() - bookedAt.getTime()).toBe(23 * HOUR);
    expect(checkTransferBooking('PREMIUM', pickup, bookedAt)).toMatchObject({ allowed: false, latestAt: new Date('2025-03-29T07:00:00Z') });
    expect(checkTransferBooking('ECONOMY', pickup, bookedAt).allowed).toBe(true);
    expect(checkTransferChange('PREMIUM', pickup, bookedAt).allowed).toBe(false);
  });

  it('Agreement 6.2: refuses malformed input with coded errors', () => {
    expect(() => checkTransferBooking('LIMO' as VehicleClass, pickupAt, pickupAt)).toThrow(expect.objectContaining({ code: 'INVALID_ITEM' }));
    expect(() => checkTransferChange('ECONOMY', new Date('x'), pickupAt)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => checkTransferExtras(pickupAt, new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
