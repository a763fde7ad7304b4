import { describe, expect, it } from 'vitest';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from '@/lib/rules';
import { orderFeeSchedule } from './order-fee-schedule';
import { azn } from './test-offers';

const second: FeeSchedule = { ...CURRENT_FEE_SCHEDULE, agreementVersion: '2026-11-23.2', serviceFee: { ...CURRENT_FEE_SCHEDULE.serviceFee, FLIGHT: { type: 'FIXED', amount: azn('20') } } };
const third: FeeSchedule = { ...second, agreementVersion: '2026-11-23.3', serviceFee: { ...second.serviceFee, FLIGHT: { type: 'FIXED', amount: azn('25') } } };
const schedules = [CURRENT_FEE_SCHEDULE, second, third];

describe('orderFeeSchedule: an order keeps the schedule it was priced with (Agreement 2.2, 4.3, 6.1)', () => {
  it('finds the order’s own version, not the newest', () => {
    expect(orderFeeSchedule('2026-11-23.2', schedules)).toBe(second);
    expect(orderFeeSchedule('2026-11-23.3', schedules)).toBe(third);
    expect(orderFeeSchedule(CURRENT_FEE_SCHEDULE.agreementVersion, schedules)).toBe(CURRENT_FEE_SCHEDULE);
  });

  it.each([null, undefined, ''])('an order that names no version (%s) is quoted by the current schedule', (version) => {
    expect(orderFeeSchedule(version, schedules)).toBe(CURRENT_FEE_SCHEDULE);
  });

  it('an unknown or unreadable version falls back to the current schedule, whose 15 AZN agency fees every schedule shares', () => {
    expect(orderFeeSchedule('1999-01-01.7', schedules)).toBe(CURRENT_FEE_SCHEDULE);
    const broken = { ...second, agreementVersion: 'broken', serviceFee: { ...second.serviceFee, HOTEL: { type: 'PERCENT', percent: 400, minimum: null } } } as FeeSchedule;
    expect(orderFeeSchedule('broken', [broken])).toBe(CURRENT_FEE_SCHEDULE);
    expect(CURRENT_FEE_SCHEDULE.ticketRefundOrExchangeFee).toEqual(azn('15'));
  });

  it('does not hide an error that is not about the schedule', () => {
    const malformed = { agreementVersion: 'odd', serviceFee: null } as unknown as FeeSchedule;
    expect(() => orderFeeSchedule('odd', [malformed])).toThrow(TypeError);
  });
});
