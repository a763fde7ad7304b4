/**
 * Agreement 8.1: more than one reservation of the same passenger on the same flight, for one date or
 * several, may be cancelled. Two reservations of one person on one flight and date are refused; on the
 * same flight number but different dates they are flagged for support, because a commuter may
 * legitimately take the same flight every week.
 *
 * A person is the same when both records carry the same travel document number, or when surname, given
 * names and date of birth match after normalisation (case, accents, spaces and punctuation ignored).
 * Names in different scripts are not transliterated: ticket names are in Latin letters.
 */
import type { ReasonCode } from './reasons';

export type ReservationRecord = {
  passenger: { surname: string; givenNames: string; dateOfBirth: string; documentNumber?: string | null };
  /** `departureDate` is the local date of departure, YYYY-MM-DD. */
  flight: { carrier: string; number: string; departureDate: string };
};

export type DuplicateMatch = {
  /** Index in `candidates`. */
  candidate: number;
  /** The other reservation: an earlier candidate of the same order, or an existing reservation. */
  other: { list: 'CANDIDATES' | 'EXISTING'; index: number };
  action: 'REFUSE' | 'FLAG';
  reason: Extract<ReasonCode, 'DUPLICATE_SAME_DATE' | 'DUPLICATE_OTHER_DATE'>;
};

export type DuplicateCheck = { allowed: boolean; duplicates: DuplicateMatch[]; clause: string };

type Indexed = { record: ReservationRecord; list: DuplicateMatch['other']['list']; index: number };

/**
 * Compares the passengers of a new order with each other and with existing reservations (those still
 * active on the same flights, loaded by the caller). `allowed` is false when any match must be refused.
 */
export function findDuplicateReservations(
  candidates: readonly ReservationRecord[],
  existing: readonly ReservationRecord[] = [],
): DuplicateCheck {
  const byFlight = new Map<string, Indexed[]>();
  const remember = (entry: Indexed) => {
    const key = flightKey(entry.record);
    byFlight.set(key, [...(byFlight.get(key) ?? []), entry]);
  };
  existing.forEach((record, index) => remember({ record, list: 'EXISTING', index }));

  const duplicates: DuplicateMatch[] = [];
  candidates.forEach((record, index) => {
    for (const other of byFlight.get(flightKey(record)) ?? []) {
      if (!samePerson(record.passenger, other.record.passenger)) continue;
      const sameDate = record.flight.departureDate === other.record.flight.departureDate;
      duplicates.push({
        candidate: index,
        other: { list: other.list, index: other.index },
        action: sameDate ? 'REFUSE' : 'FLAG',
        reason: sameDate ? 'DUPLICATE_SAME_DATE' : 'DUPLICATE_OTHER_DATE',
      });
    }
    remember({ record, list: 'CANDIDATES', index });
  });
  return { allowed: duplicates.every((d) => d.action !== 'REFUSE'), duplicates, clause: 'Agreement 8.1' };
}

function flightKey(record: ReservationRecord): string {
  // "J2 08" and "j28" are the same flight: carrier code, then the number without leading zeros.
  const number = record.flight.number.replace(/\s/g, '').toUpperCase().replace(/^0+(?=.)/, '');
  return `${record.flight.carrier.trim().toUpperCase()}-${number}`;
}

function samePerson(a: ReservationRecord['passenger'], b: ReservationRecord['passenger']): boolean {
  const docA = normalise(a.documentNumber ?? '');
  const docB = normalise(b.documentNumber ?? '');
  if (docA && docA === docB) return true;
  return (
    a.dateOfBirth === b.dateOfBirth &&
    normalise(a.surname) === normalise(b.surname) &&
    normalise(a.givenNames) === normalise(b.givenNames)
  );
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
