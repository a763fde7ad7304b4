import { describe, expect, it } from 'vitest';
import { findDuplicateReservations, type ReservationRecord } from './find-duplicate-reservations';

function reservation(
  passenger: Partial<ReservationRecord['passenger']> = {},
  flight: Partial<ReservationRecord['flight']> = {},
): ReservationRecord {
  return {
    passenger: { surname: 'Mammadov', givenNames: 'Rashad', dateOfBirth: '1988-04-02', documentNumber: 'C01234567', ...passenger },
    flight: { carrier: 'J2', number: '8', departureDate: '2025-07-01', ...flight },
  };
}

describe('findDuplicateReservations (Agreement 8.1)', () => {
  it('Agreement 8.1: the same person on the same flight and date is refused', () => {
    expect(findDuplicateReservations([reservation()], [reservation()])).toEqual({
      allowed: false,
      clause: 'Agreement 8.1',
      duplicates: [{ candidate: 0, other: { list: 'EXISTING', index: 0 }, action: 'REFUSE', reason: 'DUPLICATE_SAME_DATE' }],
    });
  });

  it('Agreement 8.1: the same flight number on another date is flagged, not refused', () => {
    const result = findDuplicateReservations([reservation()], [reservation({}, { departureDate: '2025-07-08' })]);
    expect(result).toMatchObject({ allowed: true, duplicates: [{ action: 'FLAG', reason: 'DUPLICATE_OTHER_DATE' }] });
  });

  it('Agreement 8.1: the same passenger twice in one new order is caught', () => {
    const result = findDuplicateReservations([reservation(), reservation({ documentNumber: null })]);
    expect(result.duplicates).toEqual([
      { candidate: 1, other: { list: 'CANDIDATES', index: 0 }, action: 'REFUSE', reason: 'DUPLICATE_SAME_DATE' },
    ]);
  });

  it.each([
    ['document number alone, names spelt differently', { surname: 'Mamedov', givenNames: 'Rashad' }, {}, true],
    ['case, accents and spaces ignored', { surname: 'MAMMADÓV ', givenNames: 'ra-shad', documentNumber: null }, {}, true],
    ['flight number with leading zero and spaces', {}, { carrier: ' j2', number: '0 08' }, true],
    ['another person with the same name', { dateOfBirth: '1990-01-01', documentNumber: 'C999' }, {}, false],
    ['same person, another flight', {}, { number: '18' }, false],
    ['same person, another carrier', {}, { carrier: 'TK' }, false],
    ['no documents, same name and birth date', { documentNumber: '' }, {}, true],
  ])('Agreement 8.1: %s', (_name, passenger, flight, duplicate) => {
    const result = findDuplicateReservations([reservation(passenger, flight)], [reservation()]);
    expect(result.duplicates.length > 0).toBe(duplicate);
  });

  it('Agreement 8.1: records without document numbers on either side match by name and birth date', () => {
    const result = findDuplicateReservations([reservation({ documentNumber: undefined })], [reservation({ documentNumber: null })]);
    expect(result.allowed).toBe(false);
  });

  it('Agreement 8.1: nothing to compare, nothing found', () => {
    expect(findDuplicateReservations([])).toEqual({ allowed: true, duplicates: [], clause: 'Agreement 8.1' });
  });
});
