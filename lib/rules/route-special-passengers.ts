import { ADULT_AGE } from './check-booker-age';
import { ageOn, parseIsoDate } from './calendar';
import { RulesError } from './errors';
import type { ReasonCode } from './reasons';

export type PassengerProfile = {
  dateOfBirth: string;
  /** Declared need for assistance (reduced mobility, disability) that the airline must arrange. */
  needsSpecialAssistance?: boolean;
  /** Declared late-stage pregnancy, which airlines accept only on conditions. */
  latePregnancy?: boolean;
};

export type PassengerFlagReason = Extract<
  ReasonCode,
  'UNACCOMPANIED_MINOR' | 'SPECIAL_ASSISTANCE_REQUIRED' | 'LATE_PREGNANCY' | 'INVALID_DATE_OF_BIRTH'
>;

export type PassengerRouting = {
  /** True when the passengers can be booked online. */
  allowed: boolean;
  /** True when the booking must go to support instead (Agreement 8.2). */
  routeToSupport: boolean;
  /** One entry per passenger and problem, by the passenger's index in the input. */
  flags: Array<{ passenger: number; reason: PassengerFlagReason }>;
  clause: string;
  reason: ReasonCode;
};

/**
 * Agreement 8.2: the site does not sell tickets to unaccompanied minors, to passengers who need special
 * assistance, or in late pregnancy; such bookings go to support. A minor (under 18 on `travelDate`, the
 * local date of the first departure) is unaccompanied when nobody in the same booking is 18 or older on
 * that date. A date of birth that is not a real date is flagged too, as ages cannot be decided without it.
 */
export function routeSpecialPassengers(passengers: readonly PassengerProfile[], travelDate: string): PassengerRouting {
  const on = parseIsoDate(travelDate);
  if (!on) throw new RulesError('INVALID_DATE', `travel date "${travelDate}" is not YYYY-MM-DD`);
  const ages = passengers.map((p) => {
    const birth = parseIsoDate(p.dateOfBirth);
    return birth ? ageOn(birth, on) : null;
  });
  const accompanied = ages.some((age) => age !== null && age >= ADULT_AGE);
  const flags: PassengerRouting['flags'] = [];
  passengers.forEach((p, index) => {
    const age = ages[index] ?? null;
    if (age === null || age < 0) flags.push({ passenger: index, reason: 'INVALID_DATE_OF_BIRTH' });
    else if (age < ADULT_AGE && !accompanied) flags.push({ passenger: index, reason: 'UNACCOMPANIED_MINOR' });
    if (p.needsSpecialAssistance) flags.push({ passenger: index, reason: 'SPECIAL_ASSISTANCE_REQUIRED' });
    if (p.latePregnancy) flags.push({ passenger: index, reason: 'LATE_PREGNANCY' });
  });
  return {
    allowed: flags.length === 0,
    routeToSupport: flags.some((f) => f.reason !== 'INVALID_DATE_OF_BIRTH'),
    flags,
    clause: 'Agreement 8.2',
    reason: flags[0]?.reason ?? 'PASSENGERS_BOOKABLE_ONLINE',
  };
}
