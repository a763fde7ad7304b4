import 'server-only';
import type { Tx } from '@/lib/db/client';
import { decryptField } from '@/lib/crypto/field-encryption';
import { findDuplicateReservations, type ReservationRecord } from '@/lib/rules';
import { LIVE_ORDER_STATUSES } from '../constants';
import { BookingError, type FieldErrors } from '../errors';
import { flightLegs, type FlightLeg } from '../offer-facts';
import { errorKey } from './error-key';
import type { DocumentHash, PreparedOrder } from './types';

/**
 * Agreement 8.1: the same person twice on the same flight. Candidates are this order's passengers on
 * every leg; existing are the passengers of live orders on the same flights. Same date → refused;
 * another date of the same flight → flagged for support (returned, and kept in the order's event).
 * Advisory locks per flight and date make two orders for the same person on the same flight run one
 * after the other, so the second one sees the first.
 */
export async function requireNoDuplicateReservations(tx: Tx, p: PreparedOrder, docHash: DocumentHash): Promise<{ field: string; reason: string }[]> {
  const candidates: ReservationRecord[] = [];
  const where: { path: string }[] = [];
  const legs: FlightLeg[] = [];
  p.items.forEach(({ input, offer }, index) => {
    if (input.kind !== 'FLIGHT' || offer.kind !== 'FLIGHT') return;
    const itemIndex = p.input.items.indexOf(input);
    const offerLegs = flightLegs(offer);
    legs.push(...offerLegs);
    input.passengers.forEach((passenger, j) => {
      for (const leg of offerLegs) {
        candidates.push({
          passenger: { surname: passenger.lastName, givenNames: passenger.firstName, dateOfBirth: passenger.dateOfBirth, documentNumber: docHash(passenger.documentNumber) },
          flight: leg,
        });
        where.push({ path: `items.${itemIndex >= 0 ? itemIndex : index}.passengers.${j}.documentNumber` });
      }
    });
  });
  if (candidates.length === 0) return [];

  const lockKeys = [...new Set(legs.map((l) => `dup:${l.carrier}-${l.number}-${l.departureDate}`))].sort();
  for (const key of lockKeys) {
    await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
  }
  const flights = [...new Map(legs.map((l) => [`${l.carrier}-${l.number}`, l])).values()];
  const rows = await tx.$queryRaw<
    { carrier: string; flight_number: string; departure_date: Date; document_number_hash: string | null; first_name: string; last_name: string; date_of_birth_enc: string | null }[]
  >`
    SELECT r.carrier, r.flight_number, r.departure_date, r.document_number_hash, p.first_name, p.last_name, p.date_of_birth_enc
    FROM order_flight_reservations r
    JOIN order_passengers p ON p.id = r.passenger_id
    JOIN orders o ON o.id = r.order_id
    WHERE (r.carrier, r.flight_number) IN (SELECT * FROM unnest(${flights.map((f) => f.carrier)}::text[], ${flights.map((f) => f.number)}::text[]))
      AND o.status::text = ANY(${[...LIVE_ORDER_STATUSES]}::text[])`;
  const existing: ReservationRecord[] = rows.map((r) => ({
    passenger: {
      surname: r.last_name,
      givenNames: r.first_name,
      dateOfBirth: r.date_of_birth_enc ? decryptField(r.date_of_birth_enc) : '',
      documentNumber: r.document_number_hash,
    },
    flight: { carrier: r.carrier.trim(), number: r.flight_number, departureDate: r.departure_date.toISOString().slice(0, 10) },
  }));

  const check = findDuplicateReservations(candidates, existing);
  if (!check.allowed) {
    const fieldErrors: FieldErrors = {};
    for (const d of check.duplicates) {
      if (d.action === 'REFUSE') fieldErrors[where[d.candidate]!.path] ??= `rules.reasons.${d.reason}`;
    }
    throw new BookingError('DUPLICATE_RESERVATION', errorKey('duplicateReservation'), { fieldErrors });
  }
  return check.duplicates.filter((d) => d.action === 'FLAG').map((d) => ({ field: where[d.candidate]!.path, reason: d.reason }));
}
