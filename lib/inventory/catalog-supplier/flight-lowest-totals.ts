import 'server-only';
/**
 * The lowest offer total of many flight searches in ONE grouped query (the price-alert job, issue 18).
 * It composes the same itineraries as `search` (direct flights and same-airline one-stop connections,
 * one fare family throughout, seats on every flight, the return at least two hours after the outbound
 * lands) and prices them as `buildFlightOffer` does, in SQL: through fares on connections at 75 % of
 * each flight's base, children 75 % and infants 10 % of each flight's base (rounded per flight, half
 * up, as Math.round does on these non-negative integers), taxes per seat. The integration test
 * tests/integration/alerts-lowest-price.test.ts holds it equal to the cheapest offer of `search`.
 */
import type { Money } from '../../money';
import type { Queryable } from '../db';
import type { FlightSearchCriteria } from '../supplier';
import {
  CHILD_BASE_PERCENT,
  CONNECTION_BASE_PERCENT,
  FLIGHT_SALES_CLOSE_MINUTES,
  INFANT_BASE_PERCENT,
  MAX_CONNECTION_MINUTES,
  MIN_CONNECTION_MINUTES,
  MIN_STAY_MINUTES,
  seatsNeeded,
} from './flights';

/** x × percent / 100 rounded half up, in integers (bigint: tiyn amounts × 75 pass int4). */
const pct = (x: string, percent: number) => `((${x})::bigint * ${percent} + 50) / 100`;

// One row per search in $1 (jsonb), $2 = no departure before this instant. Each leg (outbound, and the
// return when there is one) probes the same indexes as ITINERARY_SQL: (origin, departure_date) for the
// first flight, (origin, destination, departure_at) inside a constant window for the second.
const LOWEST_TOTALS_SQL = `
WITH q AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb)
    AS q(i int, origins text[], destinations text[], depart date, back date, cabin text, seats int,
         adults int, children int, infants int, max_stops int)
),
legs AS (
  SELECT i, 0 AS dir, origins::bpchar[] AS orig, destinations::bpchar[] AS dest, depart AS day, cabin::catalog_cabin AS cabin, seats, max_stops FROM q
  UNION ALL
  SELECT i, 1, destinations::bpchar[], origins::bpchar[], back, cabin::catalog_cabin, seats, max_stops FROM q WHERE back IS NOT NULL
),
slices AS (
  SELECT l.i, l.dir, x.*
  FROM legs l
  CROSS JOIN LATERAL (
    SELECT f.fare_family_id AS family, f.currency, s.departure_at AS dep, s.arrival_at AS arr,
           f.base_minor::bigint AS adult_base,
           ${pct('f.base_minor', CHILD_BASE_PERCENT)} AS child_base,
           ${pct('f.base_minor', INFANT_BASE_PERCENT)} AS infant_base,
           f.tax_minor::bigint AS tax
    FROM flight_segments s
    JOIN fares f ON f.segment_id = s.id AND f.cabin = l.cabin AND f.seats_left >= l.seats
    WHERE s.origin = ANY(l.orig) AND s.departure_date = l.day AND s.departure_at >= $2::timestamptz
      AND s.destination = ANY(l.dest)
    UNION ALL
    SELECT f1.fare_family_id, f1.currency, s1.departure_at, s2.arrival_at,
           b.b1 + b.b2,
           ${pct('b.b1', CHILD_BASE_PERCENT)} + ${pct('b.b2', CHILD_BASE_PERCENT)},
           ${pct('b.b1', INFANT_BASE_PERCENT)} + ${pct('b.b2', INFANT_BASE_PERCENT)},
           f1.tax_minor::bigint + f2.tax_minor
    FROM flight_segments s1
    JOIN fares f1 ON f1.segment_id = s1.id AND f1.cabin = l.cabin AND f1.seats_left >= l.seats
    JOIN flight_segments s2
      ON s2.origin = s1.destination AND s2.destination = ANY(l.dest) AND s2.airline_code = s1.airline_code
     AND s2.departure_at >= s1.arrival_at + make_interval(mins => ${MIN_CONNECTION_MINUTES})
     AND s2.departure_at <= s1.arrival_at + make_interval(mins => ${MAX_CONNECTION_MINUTES})
     AND s2.departure_at >= (l.day - 1)::timestamp AT TIME ZONE 'UTC' AND s2.departure_at < (l.day + 3)::timestamp AT TIME ZONE 'UTC'
    JOIN fares f2 ON f2.segment_id = s2.id AND f2.fare_family_id = f1.fare_family_id AND f2.cabin = l.cabin AND f2.seats_left >= l.seats
    CROSS JOIN LATERAL (
      SELECT ${pct('f1.base_minor', CONNECTION_BASE_PERCENT)} AS b1, ${pct('f2.base_minor', CONNECTION_BASE_PERCENT)} AS b2
    ) b
    WHERE s1.origin = ANY(l.orig) AND s1.departure_date = l.day AND s1.departure_at >= $2::timestamptz
      AND s1.destination <> ALL(l.dest) AND l.max_stops >= 1
  ) x
),
journeys AS (
  SELECT o.i, o.currency,
         o.adult_base + coalesce(r.adult_base, 0) AS adult_base,
         o.child_base + coalesce(r.child_base, 0) AS child_base,
         o.infant_base + coalesce(r.infant_base, 0) AS infant_base,
         o.tax + coalesce(r.tax, 0) AS tax
  FROM slices o
  JOIN q ON q.i = o.i
  LEFT JOIN slices r
    ON q.back IS NOT NULL AND r.i = o.i AND r.dir = 1 AND r.family = o.family
   AND r.dep >= o.arr + make_interval(mins => ${MIN_STAY_MINUTES})
  WHERE o.dir = 0 AND (q.back IS NULL OR r.i IS NOT NULL)
)
SELECT j.i, j.currency,
       min(q.adults * j.adult_base + q.children * j.child_base + q.infants * j.infant_base + (q.adults + q.children) * j.tax) AS lowest
FROM journeys j JOIN q ON q.i = j.i
GROUP BY j.i, j.currency`;

/** Per search, in order: the lowest total `search` would offer in each currency it sells in (none: nothing on sale). */
export async function flightLowestTotals(db: Queryable, criteria: FlightSearchCriteria[], at: Date): Promise<Money[][]> {
  const out: Money[][] = criteria.map(() => []);
  if (criteria.length === 0) return out;
  const searches = criteria.map((c, i) => ({
    i,
    origins: c.origins,
    destinations: c.destinations,
    depart: c.departDate,
    back: c.returnDate ?? null,
    cabin: c.cabin,
    seats: seatsNeeded(c.passengers),
    adults: c.passengers.adults,
    children: c.passengers.children,
    infants: c.passengers.infants,
    max_stops: c.maxStops ?? 1,
  }));
  const notBefore = new Date(at.getTime() + FLIGHT_SALES_CLOSE_MINUTES * 60_000);
  const rows = await db.$queryRawUnsafe<{ i: number; currency: string; lowest: bigint | number }[]>(LOWEST_TOTALS_SQL, JSON.stringify(searches), notBefore.toISOString());
  for (const row of rows) out[row.i]!.push({ amount: Number(row.lowest), currency: row.currency.trim() });
  return out;
}
