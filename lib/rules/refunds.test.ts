import { describe, expect, it } from 'vitest';
import { fromMajor } from '../money';
import { CURRENT_FEE_SCHEDULE } from './fee-schedule';
import { quoteFlightChange } from './quote-flight-change';
import { NOT_ISSUED_REFUND_DAYS, quoteNotIssuedRefund } from './quote-not-issued-refund';
import { quotePassengerDataChange } from './quote-passenger-data-change';
import { quoteRefusalRefund } from './quote-refusal-refund';
import { CARD_REFUND_TIME, TRANSFER_WAITING_TIME } from './service-facts';
import { azn, before, flight, HOUR, kzt, MS, RATES, usd } from './test-factories';

const departureAt = new Date('2025-07-01T06:00:00Z');

describe('quoteNotIssuedRefund (Agreement 4.5)', () => {
  it.each([
    ['AZN', azn('310')],
    ['KZT', kzt('95000')],
    ['USD', usd('182.5')],
  ])('Agreement 4.5: %s — everything paid, due 72 h after payment', (_currency, paid) => {
    const paidAt = new Date('2025-03-29T22:30:00Z'); // the night of a DST change in Europe changes nothing
    const result = quoteNotIssuedRefund(paid, paidAt);
    expect(result).toEqual({ refund: paid, dueBy: new Date(paidAt.getTime() + 72 * HOUR), clause: 'Agreement 4.5' });
    expect(NOT_ISSUED_REFUND_DAYS).toBe(3);
  });

  it('Agreement 4.5: refuses a negative payment and an invalid instant', () => {
    expect(() => quoteNotIssuedRefund(azn('-1'), departureAt)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => quoteNotIssuedRefund(azn('1'), new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('quoteRefusalRefund (Agreement 8.5)', () => {
  it.each([azn('310'), kzt('95000'), usd('182.5'), azn('0')])('Agreement 8.5: everything paid (%j), told at once, same method', (paid) => {
    const refusedAt = new Date('2025-06-01T10:00:00Z');
    expect(quoteRefusalRefund(paid, refusedAt)).toEqual({
      refund: paid,
      notifyBy: refusedAt,
      refundTo: 'ORIGINAL_PAYMENT_METHOD',
      clause: 'Agreement 8.5',
      reason: 'REFUSED_BY_AGENCY',
    });
  });

  it('Agreement 8.5: refuses a negative payment and an invalid instant', () => {
    expect(() => quoteRefusalRefund(azn('-1'), departureAt)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => quoteRefusalRefund(azn('1'), new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('quotePassengerDataChange (Agreement 3.1.4)', () => {
  it.each([
    ['AZN ticket, AZN charge', flight(), azn('50'), { total: azn('65'), agencyFee: azn('15'), airlineCharge: azn('50') }],
    ['USD ticket, USD charge', flight({ price: usd('200') }), usd('40'), { total: usd('48.82'), agencyFee: usd('8.82'), airlineCharge: usd('40') }],
    ['KZT ticket, KZT charge', flight({ price: kzt('120000') }), kzt('20000'), { total: kzt('24447.05'), agencyFee: kzt('4447.05'), airlineCharge: kzt('20000') }],
    ['AZN ticket, USD charge converted', flight(), usd('58.82'), { total: azn('115'), agencyFee: azn('15'), airlineCharge: azn('100') }],
    ['no airline charge: the fee alone', flight(), azn('0'), { total: azn('15'), agencyFee: azn('15'), airlineCharge: azn('0') }],
  ])('Agreement 3.1.4: %s', (_name, item, charge, expected) => {
    expect(quotePassengerDataChange(item, charge, RATES)).toEqual({ ...expected, clause: 'Agreement 3.1.4' });
  });

  it('Agreement 3.1.4: uses the fee of the order’s schedule', () => {
    const schedule = { ...CURRENT_FEE_SCHEDULE, passengerDataChangeFee: azn('25') };
    expect(quotePassengerDataChange(flight(), azn('10'), undefined, schedule).total).toEqual(azn('35'));
  });

  it('Agreement 3.1.4: refuses a negative airline charge; needs rates for a USD ticket', () => {
    expect(() => quotePassengerDataChange(flight(), azn('-1'))).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => quotePassengerDataChange(flight({ price: usd('200') }), usd('40'))).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
  });
});

describe('quoteFlightChange (Agreement 6.1, 6.4)', () => {
  const at = before(departureAt, 48);
  it.each([
    ['AZN: change fee + 15 AZN', flight(), {}, { allowed: true, changeFee: azn('30'), fareDifference: azn('0'), agencyFee: azn('15'), total: azn('45') }],
    ['AZN: plus the fare difference', flight(), { fareDifference: azn('20') }, { total: azn('65'), fareDifference: azn('20') }],
    ['a cheaper fare pays nothing back here', flight(), { fareDifference: azn('-20') }, { total: azn('45'), fareDifference: azn('0') }],
    ['no change fee', flight({ fareRules: { changeFee: null } }), {}, { changeFee: azn('0'), total: azn('15') }],
    ['USD with rates', flight({ price: usd('200') }), { fx: RATES }, { changeFee: usd('30'), agencyFee: usd('8.82'), total: usd('38.82') }],
    ['KZT fare difference quoted in AZN', flight({ price: kzt('120000') }), { fx: RATES, fareDifference: azn('10') }, { changeFee: kzt('30'), fareDifference: kzt('2964.7'), total: kzt('7441.75') }],
    ['not issued', flight({ issued: false }), {}, { allowed: false, reason: 'TICKET_NOT_YET_ISSUED', total: azn('0') }],
    ['non-changeable fare', flight({ fareRules: { changeable: false } }), {}, { allowed: false, reason: 'NON_CHANGEABLE_FARE' }],
  ] as const)('Agreement 6.1: %s', (_name, item, options, expected) => {
    const quote = quoteFlightChange(item, at, options);
    expect(quote).toMatchObject({ clause: 'Agreement 6.1', ...expected });
    if (quote.allowed) expect(quote.reason).toBe('FARE_RULES_CHANGE');
  });

  it('Agreement 6.1: 1 ms before departure is allowed, at departure refused', () => {
    expect(quoteFlightChange(flight({ departureAt }), before(departureAt, 0, MS)).allowed).toBe(true);
    expect(quoteFlightChange(flight({ departureAt }), departureAt)).toMatchObject({ allowed: false, reason: 'FLIGHT_DEPARTED' });
  });

  it('Agreement 6.1: uses the schedule given, refuses an invalid moment', () => {
    const schedule = { ...CURRENT_FEE_SCHEDULE, ticketRefundOrExchangeFee: fromMajor('20', 'AZN') };
    expect(quoteFlightChange(flight(), at, { schedule }).agencyFee).toEqual(azn('20'));
    expect(() => quoteFlightChange(flight(), new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('facts shown as they are', () => {
  it('Agreement 6.2: the driver waits 60 min, 30 min after a flight delay', () => {
    expect(TRANSFER_WAITING_TIME).toEqual({ atMeetingPointMinutes: 60, afterFlightDelayMinutes: 30, clause: 'Agreement 6.2' });
  });
  it('Agreement 6.5: card refunds take 1 to 30 days, to the original method', () => {
    expect(CARD_REFUND_TIME).toEqual({ minDays: 1, maxDays: 30, refundTo: 'ORIGINAL_PAYMENT_METHOD', clause: 'Agreement 6.5' });
  });
});
