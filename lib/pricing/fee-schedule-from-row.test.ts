import { describe, expect, it } from 'vitest';
import { CURRENT_FEE_SCHEDULE } from '@/lib/rules';
import { feeScheduleFromRow } from './fee-schedule-from-row';
import { azn } from './test-offers';

const serviceFee = {
  FLIGHT: { type: 'FIXED', amount: { amount: 2_000, currency: 'AZN' } },
  HOTEL: { type: 'PERCENT', percent: 4.5, minimum: null },
  TRANSFER: { type: 'FIXED', amount: { amount: 0, currency: 'AZN' } },
};

describe('feeScheduleFromRow (Agreement 3.1.4, 4.3, 4.4, 6.1)', () => {
  it('a published version prices under its own version string', () => {
    const schedule = feeScheduleFromRow({ version: '2026-11-23.4', serviceFee });
    expect(schedule.agreementVersion).toBe('2026-11-23.4');
    expect(schedule.serviceFee).toEqual(serviceFee);
  });

  it('takes the 15 AZN agency fees from the agreement, whatever the row holds', () => {
    const schedule = feeScheduleFromRow({ version: '2026-11-23.4', serviceFee: { ...serviceFee, ticketRefundOrExchangeFee: azn('1') } });
    expect(schedule.ticketRefundOrExchangeFee).toEqual(CURRENT_FEE_SCHEDULE.ticketRefundOrExchangeFee);
    expect(schedule.passengerDataChangeFee).toEqual(azn('15'));
  });

  it.each([
    ['a negative fixed fee', { ...serviceFee, FLIGHT: { type: 'FIXED', amount: { amount: -1, currency: 'AZN' } } }],
    ['a missing kind', { FLIGHT: serviceFee.FLIGHT, HOTEL: serviceFee.HOTEL }],
    ['a percent above 100', { ...serviceFee, HOTEL: { type: 'PERCENT', percent: 101, minimum: null } }],
  ])('refuses a stored row with %s', (_name, broken) => {
    expect(() => feeScheduleFromRow({ version: '2026-11-23.5', serviceFee: broken })).toThrow(expect.objectContaining({ code: 'INVALID_FEE_SCHEDULE' }));
  });
});
