import { describe, expect, it } from 'vitest';
import { computeServiceFee, CURRENT_FEE_SCHEDULE } from '@/lib/rules';
import { feeScheduleInputSchema, FEE_KINDS, serviceFeeFromInput } from './fee-schedule-input';
import { azn } from './test-offers';

const form = {
  FLIGHT_type: 'FIXED',
  FLIGHT_amount: '12.50',
  FLIGHT_percent: '',
  FLIGHT_minimum: '',
  HOTEL_type: 'PERCENT',
  HOTEL_amount: '',
  HOTEL_percent: '3.75',
  HOTEL_minimum: '6',
  TRANSFER_type: 'PERCENT',
  TRANSFER_amount: '',
  TRANSFER_percent: '0',
  TRANSFER_minimum: '',
};

describe('the fee schedule form (Agreement 4.3, 4.4)', () => {
  it('covers every product kind', () => {
    expect(FEE_KINDS).toEqual(['FLIGHT', 'HOTEL', 'TRANSFER']);
  });

  it('becomes service fee rules in AZN minor units', () => {
    const serviceFee = serviceFeeFromInput(feeScheduleInputSchema.parse(form));
    expect(serviceFee).toEqual({
      FLIGHT: { type: 'FIXED', amount: azn('12.50') },
      HOTEL: { type: 'PERCENT', percent: 3.75, minimum: azn('6') },
      TRANSFER: { type: 'PERCENT', percent: 0, minimum: null },
    });
    // and prices like any schedule: 3.75 % of 400 AZN = 15 AZN, above the 6 AZN minimum
    expect(computeServiceFee('HOTEL', azn('400'), { ...CURRENT_FEE_SCHEDULE, serviceFee })).toEqual(azn('15'));
  });

  it.each([
    ['a fixed fee without an amount', { FLIGHT_amount: '' }, 'FLIGHT_amount', 'backOffice.validation.amount'],
    ['a percentage fee without a percent', { HOTEL_percent: '' }, 'HOTEL_percent', 'backOffice.validation.percent'],
    ['a percent above 100', { HOTEL_percent: '100.01' }, 'HOTEL_percent', 'backOffice.validation.percent'],
    ['an amount with three decimals', { FLIGHT_amount: '1.005' }, 'FLIGHT_amount', 'backOffice.validation.amount'],
    ['a negative minimum', { HOTEL_minimum: '-1' }, 'HOTEL_minimum', 'backOffice.validation.amount'],
    ['an unknown fee type', { TRANSFER_type: 'TIERED' }, 'TRANSFER_type', 'backOffice.validation.feeType'],
  ])('refuses %s, naming the field', (_name, change, path, message) => {
    const result = feeScheduleInputSchema.safeParse({ ...form, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [path], message }));
  });

  it('accepts 100 % and a zero fee as the limits', () => {
    const serviceFee = serviceFeeFromInput(feeScheduleInputSchema.parse({ ...form, FLIGHT_amount: '0', HOTEL_percent: '100', HOTEL_minimum: '' }));
    expect(serviceFee.FLIGHT).toEqual({ type: 'FIXED', amount: azn('0') });
    expect(serviceFee.HOTEL).toEqual({ type: 'PERCENT', percent: 100, minimum: null });
  });
});
