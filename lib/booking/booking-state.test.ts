import { describe, expect, it } from 'vitest';
import { bookingPhase, itemDocuments } from './booking-state';

describe('bookingPhase (issue 20, bugs 3 and 13)', () => {
  it('an issued booking with one item cancelled is partly cancelled, not "everything is booked"', () => {
    expect(bookingPhase({ status: 'ISSUED', items: [{ cancelled: false }, { cancelled: true }] })).toBe('PARTLY_CANCELLED');
    expect(bookingPhase({ status: 'ISSUED', items: [{ cancelled: false }, { cancelled: false }] })).toBe('ISSUED');
  });

  it('a refunded booking that got back only part of the payment is partly refunded', () => {
    expect(bookingPhase({ status: 'REFUNDED', items: [{ cancelled: true }], paidMinor: 10_000, refundedMinor: 7_000 })).toBe('PARTLY_REFUNDED');
    expect(bookingPhase({ status: 'REFUNDED', items: [{ cancelled: true }, { cancelled: false }] })).toBe('PARTLY_REFUNDED');
    expect(bookingPhase({ status: 'REFUNDED', items: [{ cancelled: true }], paidMinor: 10_000, refundedMinor: 10_000 })).toBe('REFUNDED');
  });
});

describe('itemDocuments', () => {
  it('a cancelled item whose voucher was issued keeps the voucher, marked void, never "not issued yet"', () => {
    expect(itemDocuments({ status: 'RELEASED', documents: ['TRF-1'] }, true)).toEqual({ state: 'void', documents: ['TRF-1'] });
    expect(itemDocuments({ status: 'RELEASED', documents: [] }, true)).toEqual({ state: 'cancelled', documents: [] });
    expect(itemDocuments({ status: 'CONFIRMED', documents: ['T1'] }, false)).toEqual({ state: 'issued', documents: ['T1'] });
    expect(itemDocuments({ status: 'HELD', documents: [] }, false)).toEqual({ state: 'pending', documents: [] });
  });
});
