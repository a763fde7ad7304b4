import { describe, expect, it } from 'vitest';
import { checkBookerAge } from './check-booker-age';
import { before, MS } from './test-factories';

// Midnight of 10 May 2025 in Baku (UTC+4) is 20:00 UTC on 9 May.
const bakuMidnight = new Date('2025-05-09T20:00:00Z');

describe('checkBookerAge (Agreement 1, 3.1.1)', () => {
  it.each([
    ['turns 18 at midnight in Baku', '2007-05-10', bakuMidnight, { allowed: true, age: 18, reason: 'BOOKER_ADULT', adultOn: '2025-05-10' }],
    ['1 ms before that midnight is still 17', '2007-05-10', before(bakuMidnight, 0, MS), { allowed: false, age: 17, reason: 'BOOKER_UNDER_18', adultOn: '2025-05-10' }],
    ['well over 18', '1980-01-31', bakuMidnight, { allowed: true, age: 45 }],
    ['born 29 Feb 2008: not yet 18 on 28 Feb 2026', '2008-02-29', new Date('2026-02-28T12:00:00Z'), { allowed: false, age: 17, adultOn: '2026-03-01' }],
    ['born 29 Feb 2008: 18 on 1 Mar 2026', '2008-02-29', new Date('2026-03-01T00:00:00+04:00'), { allowed: true, age: 18 }],
    ['born 29 Feb 2004: adult from 1 Mar 2022', '2004-02-29', new Date('2022-03-01T08:00:00Z'), { allowed: true, adultOn: '2022-03-01' }],
    ['born 29 Feb 2000: still 17 on 28 Feb 2018', '2000-02-29', new Date('2018-02-28T08:00:00Z'), { allowed: false, adultOn: '2018-03-01' }],
    ['born 1 Mar 2007: adult on 1 Mar 2025', '2007-03-01', new Date('2025-03-01T08:00:00Z'), { allowed: true, adultOn: '2025-03-01' }],
    ['a child', '2015-06-01', bakuMidnight, { allowed: false, age: 9, reason: 'BOOKER_UNDER_18' }],
  ])('Agreement 3.1.1: %s', (_name, dob, at, expected) => {
    expect(checkBookerAge(dob, at)).toMatchObject({ clause: 'Agreement 3.1.1', ...expected });
  });

  it('Agreement 3.1.1: the birthday begins at midnight of the zone given', () => {
    // 20:00 UTC on 9 May is already 10 May in Baku but still 9 May in London (BST, UTC+1).
    expect(checkBookerAge('2007-05-10', bakuMidnight, 'Europe/London').allowed).toBe(false);
    expect(checkBookerAge('2007-05-10', bakuMidnight, 'Asia/Almaty').allowed).toBe(true);
  });

  it.each(['2007-02-29', '2100-02-29', '2025-05-11', '2007-13-01', '2007-04-31', '2007-00-10', '10.05.2007', '', '2030-01-01', '1850-01-01'])(
    'Agreement 3.1.1: %j is not a usable date of birth',
    (dob) => {
      expect(checkBookerAge(dob, bakuMidnight)).toEqual({
        allowed: false,
        age: null,
        adultOn: null,
        clause: 'Agreement 3.1.1',
        reason: 'INVALID_DATE_OF_BIRTH',
      });
    },
  );

  it('Agreement 3.1.1: refuses an invalid instant or zone with coded errors', () => {
    expect(() => checkBookerAge('2000-01-01', new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => checkBookerAge('2000-01-01', bakuMidnight, 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'INVALID_TIME_ZONE' }));
  });
});
