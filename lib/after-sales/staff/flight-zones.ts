import 'server-only';
import type { Db, Tx } from '@/lib/db/client';

export type FlightZones = { origin: string; destination: string; originZone: string; destinationZone: string };

/**
 * The airports and time zones of a dated flight, from the built-in supplier's catalog (flight numbers
 * there read "J2 8" or "J2 008"); null when the catalog does not know it. Staff enter local times; the
 * zones turn them into instants.
 */
export async function findFlightZones(client: Db | Tx, carrier: string, flightNumber: string, departureDate: string): Promise<FlightZones | null> {
  const rows = await client.$queryRaw<FlightZones[]>`
    SELECT s.origin, s.destination, o.time_zone AS "originZone", d.time_zone AS "destinationZone"
    FROM flight_segments s
    JOIN airports o ON o.code = s.origin
    JOIN airports d ON d.code = s.destination
    WHERE s.airline_code = ${carrier}
      AND s.departure_date = ${departureDate}::date
      AND regexp_replace(upper(replace(s.flight_number, ' ', '')), ${`^${carrier}0*`}, '') = ${flightNumber}
    LIMIT 1`;
  return rows[0] ?? null;
}
