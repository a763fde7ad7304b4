import { describe, expect, it } from 'vitest';
import { routeSpecialPassengers, type PassengerProfile } from './route-special-passengers';

const travelDate = '2025-07-01';
const adult: PassengerProfile = { dateOfBirth: '1990-03-12' };
const child: PassengerProfile = { dateOfBirth: '2015-08-01' };

describe('routeSpecialPassengers (Agreement 8.2)', () => {
  it.each([
    ['an adult alone', [adult], []],
    ['a child with an adult', [adult, child], []],
    ['an infant with an adult', [adult, { dateOfBirth: '2025-01-15' }], []],
    ['a child alone', [child], [{ passenger: 0, reason: 'UNACCOMPANIED_MINOR' }]],
    [
      'two minors, one 17',
      [child, { dateOfBirth: '2007-07-02' }],
      [
        { passenger: 0, reason: 'UNACCOMPANIED_MINOR' },
        { passenger: 1, reason: 'UNACCOMPANIED_MINOR' },
      ],
    ],
    ['a minor turning 18 on the travel date is an adult', [{ dateOfBirth: '2007-07-01' }, child], []],
    ['special assistance', [adult, { ...adult, needsSpecialAssistance: true }], [{ passenger: 1, reason: 'SPECIAL_ASSISTANCE_REQUIRED' }]],
    ['late pregnancy', [{ ...adult, latePregnancy: true }], [{ passenger: 0, reason: 'LATE_PREGNANCY' }]],
    [
      'a child needing assistance alone',
      [{ ...child, needsSpecialAssistance: true }],
      [
        { passenger: 0, reason: 'UNACCOMPANIED_MINOR' },
        { passenger: 0, reason: 'SPECIAL_ASSISTANCE_REQUIRED' },
      ],
    ],
    ['no passengers', [], []],
  ] as const)('Agreement 8.2: %s', (_name, passengers, flags) => {
    const result = routeSpecialPassengers(passengers, travelDate);
    expect(result).toEqual({
      allowed: flags.length === 0,
      routeToSupport: flags.length > 0,
      flags,
      clause: 'Agreement 8.2',
      reason: flags[0]?.reason ?? 'PASSENGERS_BOOKABLE_ONLINE',
    });
  });

  it('Agreement 8.2: an unusable date of birth is flagged but not sent to support', () => {
    const result = routeSpecialPassengers([adult, { dateOfBirth: '2015-02-30' }, { dateOfBirth: '2026-01-01' }], travelDate);
    expect(result).toMatchObject({
      allowed: false,
      routeToSupport: false,
      reason: 'INVALID_DATE_OF_BIRTH',
      flags: [
        { passenger: 1, reason: 'INVALID_DATE_OF_BIRTH' },
        { passenger: 2, reason: 'INVALID_DATE_OF_BIRTH' },
      ],
    });
  });

  it('Agreement 8.2: refuses a malformed travel date', () => {
    expect(() => routeSpecialPassengers([adult], '01.07.2025')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
