import 'server-only';
/**
 * The lowest offer total of many hotel searches in ONE grouped query (the price-alert job, issue 18):
 * the stays `search` offers (every night on sale with the rooms left, the room type holding the guests)
 * priced as `offerOf` does (one room for the stay × rooms, plus the board supplement per guest and
 * night). The check-in-passed cut is applied here as in `search`, per hotel zone and check-in time.
 */
import type { Money } from '../../money';
import { daysBetween, zonedTimeToUtc } from '../catalog/tz';
import type { Queryable } from '../db';
import type { HotelSearchCriteria } from '../supplier';
import { MAX_NIGHTS } from './hotels';

const LOWEST_TOTALS_SQL = `
WITH q AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb)
    AS q(i int, city text, check_in date, check_out date, guests int, rooms int, nights int)
)
SELECT q.i, st.currency, st.check_in_time, st.time_zone,
       min(st.room_total * q.rooms + st.board_supplement_minor::bigint * q.guests * q.nights) AS lowest
FROM q
CROSS JOIN LATERAL (
  SELECT h.currency, h.check_in_time, h.time_zone, rp.board_supplement_minor,
         sum(round(rn.price_minor * (rp.price_factor_bp::numeric / 10000)))::bigint AS room_total
  FROM hotels h
  JOIN room_types rt ON rt.hotel_id = h.id
  JOIN rate_plans rp ON rp.room_type_id = rt.id
  JOIN room_nights rn ON rn.room_type_id = rt.id AND rn.night >= q.check_in AND rn.night < q.check_out
  WHERE h.city_id = q.city AND rt.max_occupancy * q.rooms >= q.guests
  GROUP BY h.id, rt.id, rp.id
  HAVING count(rn.night) = q.nights AND min(rn.allotment - rn.sold) >= q.rooms
) st
GROUP BY q.i, st.currency, st.check_in_time, st.time_zone`;

type Row = { i: number; currency: string; check_in_time: string; time_zone: string; lowest: bigint | number };

/** Per search, in order: the lowest total `search` would offer in each currency it sells in (none: nothing on sale). */
export async function hotelLowestTotals(db: Queryable, criteria: HotelSearchCriteria[], at: Date): Promise<Money[][]> {
  const out: Money[][] = criteria.map(() => []);
  const searches = criteria
    .map((c, i) => ({ i, city: c.cityId, check_in: c.checkIn, check_out: c.checkOut, guests: c.guests, rooms: c.rooms, nights: daysBetween(c.checkIn, c.checkOut) }))
    .filter((s) => s.nights >= 1 && s.nights <= MAX_NIGHTS);
  if (searches.length === 0) return out;
  const rows = await db.$queryRawUnsafe<Row[]>(LOWEST_TOTALS_SQL, JSON.stringify(searches));
  const best = criteria.map(() => new Map<string, number>());
  for (const row of rows) {
    if (zonedTimeToUtc(criteria[row.i]!.checkIn, row.check_in_time, row.time_zone) <= at) continue;
    const currency = row.currency.trim();
    const lowest = Number(row.lowest);
    const seen = best[row.i]!.get(currency);
    if (seen === undefined || lowest < seen) best[row.i]!.set(currency, lowest);
  }
  best.forEach((byCurrency, i) => {
    for (const [currency, amount] of byCurrency) out[i]!.push({ amount, currency });
  });
  return out;
}
