import { ageOn, anniversary, compareDates, dateInZone, formatIsoDate, parseIsoDate } from './calendar';
import { requireInstant } from './instants';
import type { ReasonCode } from './reasons';

/** Agreement 1, 3.1.1: only adults may hold an account and book. */
export const ADULT_AGE = 18;

/** Older than this is taken as a typing error rather than a real booker. */
const MAX_PLAUSIBLE_AGE = 130;

export type BookerAgeCheck = {
  allowed: boolean;
  /** Completed years on the day of `at`; null when the date of birth is not a real past date. */
  age: number | null;
  /** The date (YYYY-MM-DD) on which the person turns 18; null when the date of birth is invalid. */
  adultOn: string | null;
  clause: string;
  reason: ReasonCode;
};

/**
 * Whether the booker is 18 or older at `at` (Agreement 1, 3.1.1). The birthday counts from midnight in
 * `timeZone`, Baku by default since the agreement is made there; 18 is reached on the 18th birthday
 * itself (1 March for someone born on 29 February, in common years).
 * @example checkBookerAge('2007-05-10', new Date('2025-05-09T21:00:00Z')) // allowed: 10 May has begun in Baku
 */
export function checkBookerAge(dateOfBirth: string, at: Date, timeZone = 'Asia/Baku'): BookerAgeCheck {
  requireInstant(at, 'at');
  const birth = parseIsoDate(dateOfBirth);
  const today = dateInZone(at, timeZone);
  const age = birth ? ageOn(birth, today) : -1;
  if (!birth || compareDates(birth, today) > 0 || age > MAX_PLAUSIBLE_AGE) {
    return { allowed: false, age: null, adultOn: null, clause: 'Agreement 3.1.1', reason: 'INVALID_DATE_OF_BIRTH' };
  }
  const allowed = age >= ADULT_AGE;
  return {
    allowed,
    age,
    adultOn: formatIsoDate(anniversary(birth, ADULT_AGE)),
    clause: 'Agreement 3.1.1',
    reason: allowed ? 'BOOKER_ADULT' : 'BOOKER_UNDER_18',
  };
}
