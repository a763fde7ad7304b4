import { describe, expect, it } from 'vitest';
import { computeServiceFee } from './compute-service-fee';
import { CURRENT_AGREEMENT_VERSION, CURRENT_FEE_SCHEDULE, DEFAULT_FEE_SCHEDULES, type FeeSchedule } from './fee-schedule';
import { feeScheduleFor } from './fee-schedule-for';
import { requireValidFeeSchedule } from './require-valid-fee-schedule';
import { azn, kzt, RATES, usd } from './test-factories';

const older: FeeSchedule = {
  agreementVersion: '2024-01',
  serviceFee: {
    FLIGHT: { type: 'FIXED', amount: azn('8') },
    HOTEL: { type: 'PERCENT', percent: 2.5, minimum: null },
    TRANSFER: { type: 'FIXED', amount: azn('0') },
  },
  ticketRefundOrExchangeFee: azn('15'),
  passengerDataChangeFee: azn('15'),
};

describe('fee schedule (Agreement 3.1.4, 4.3, 4.4, 6.1)', () => {
  it('Agreement 6.1, 3.1.4: the current schedule carries the agreement’s 15 AZN fees', () => {
    expect(feeScheduleFor(CURRENT_AGREEMENT_VERSION)).toBe(CURRENT_FEE_SCHEDULE);
    expect(DEFAULT_FEE_SCHEDULES).toContain(CURRENT_FEE_SCHEDULE);
    expect(CURRENT_FEE_SCHEDULE.ticketRefundOrExchangeFee).toEqual(azn('15'));
    expect(CURRENT_FEE_SCHEDULE.passengerDataChangeFee).toEqual(azn('15'));
  });

  it('Agreement 2.2: an order keeps the schedule of the version it accepted', () => {
    expect(feeScheduleFor('2024-01', [older, CURRENT_FEE_SCHEDULE])).toBe(older);
    expect(() => feeScheduleFor('1999-01')).toThrow(expect.objectContaining({ code: 'UNKNOWN_AGREEMENT_VERSION' }));
  });

  it.each([
    ['FLIGHT fixed, AZN', 'FLIGHT', azn('250'), CURRENT_FEE_SCHEDULE, azn('10')],
    ['FLIGHT fixed, converted to USD', 'FLIGHT', usd('200'), CURRENT_FEE_SCHEDULE, usd('5.88')],
    ['FLIGHT fixed, converted to KZT', 'FLIGHT', kzt('100000'), CURRENT_FEE_SCHEDULE, kzt('2964.70')],
    ['HOTEL 3 % above the minimum', 'HOTEL', azn('400'), CURRENT_FEE_SCHEDULE, azn('12')],
    ['HOTEL minimum 5 AZN', 'HOTEL', azn('100'), CURRENT_FEE_SCHEDULE, azn('5')],
    ['HOTEL minimum in KZT', 'HOTEL', kzt('10000'), CURRENT_FEE_SCHEDULE, kzt('1482.35')],
    ['HOTEL 2.5 % without minimum', 'HOTEL', azn('99.99'), older, azn('2.50')],
    ['TRANSFER fixed', 'TRANSFER', azn('60'), CURRENT_FEE_SCHEDULE, azn('5')],
  ] as const)('Agreement 4.3: %s', (_name, kind, price, schedule, fee) => {
    expect(computeServiceFee(kind, price, schedule, RATES)).toEqual(fee);
  });

  it('Agreement 4.3: needs rates only across currencies; refuses a negative price', () => {
    expect(computeServiceFee('FLIGHT', azn('100'))).toEqual(azn('10'));
    expect(() => computeServiceFee('FLIGHT', usd('100'))).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
    expect(() => computeServiceFee('FLIGHT', azn('-1'))).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it.each([
    ['an empty version', { ...older, agreementVersion: '' }],
    ['a missing kind', { ...older, serviceFee: { ...older.serviceFee, HOTEL: undefined } }],
    ['a negative fixed fee', { ...older, serviceFee: { ...older.serviceFee, FLIGHT: { type: 'FIXED', amount: azn('-1') } } }],
    ['a percent above 100', { ...older, serviceFee: { ...older.serviceFee, HOTEL: { type: 'PERCENT', percent: 120, minimum: null } } }],
    ['a negative minimum', { ...older, serviceFee: { ...older.serviceFee, HOTEL: { type: 'PERCENT', percent: 2, minimum: azn('-1') } } }],
    ['an unknown rule type', { ...older, serviceFee: { ...older.serviceFee, TRANSFER: { type: 'TIERED' } } }],
    ['a negative refund fee', { ...older, ticketRefundOrExchangeFee: azn('-15') }],
    ['a negative data-change fee', { ...older, passengerDataChangeFee: azn('-15') }],
  ])('refuses a schedule with %s', (_name, schedule) => {
    expect(() => requireValidFeeSchedule(schedule as unknown as FeeSchedule)).toThrow(
      expect.objectContaining({ code: 'INVALID_FEE_SCHEDULE' }),
    );
  });
});
