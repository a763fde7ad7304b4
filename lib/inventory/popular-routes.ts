import 'server-only';
/**
 * Home's popular routes with "from" prices: the lowest adult economy fare (base + taxes) on each
 * route's direct flights over the coming weeks, and the day it departs so the link opens that day's
 * results. One grouped query on the catalog; the same for everyone, so home stays one cached page.
 * Each price stays in its own currency (Agreement 4.3); currencies are compared on the reference rates.
 */
import { db } from '@/lib/db/client';
import type { Money } from '../money';
import type { Queryable } from './db';
import { toLocalDate } from './db';
import { comparableAmount } from './reference-rates';

/** [from city, to city]: the agency's busiest pairs, both countries' capitals first. */
export const POPULAR_ROUTES: readonly (readonly [string, string])[] = [
  ['baku', 'istanbul'],
  ['baku', 'almaty'],
  ['almaty', 'baku'],
  ['baku', 'dubai'],
  ['astana', 'istanbul'],
  ['almaty', 'tbilisi'],
];

/** How far ahead the "from" price looks. */
const POPULAR_WINDOW_DAYS = 30;

export type PopularRoute = { from: string; to: string; lowest: Money; day: string };

const POPULAR_SQL = `
SELECT oa.city_id AS from_city, da.city_id AS to_city, f.currency,
       min(f.base_minor + f.tax_minor)::int AS lowest,
       (array_agg(s.departure_date ORDER BY f.base_minor + f.tax_minor, s.departure_date))[1] AS day
FROM unnest($1::text[], $2::text[]) AS p(from_city, to_city)
JOIN airports oa ON oa.city_id = p.from_city
JOIN airports da ON da.city_id = p.to_city
JOIN flight_segments s ON s.origin = oa.code AND s.destination = da.code
  AND s.departure_at >= $3::timestamptz AND s.departure_at < $4::timestamptz
JOIN fares f ON f.segment_id = s.id AND f.cabin = 'ECONOMY' AND f.seats_left >= 1
GROUP BY oa.city_id, da.city_id, f.currency`;

type Row = { from_city: string; to_city: string; currency: string; lowest: number; day: Date | string };

export async function popularRoutes(client: Queryable, now: Date, routes = POPULAR_ROUTES): Promise<PopularRoute[]> {
  // From tomorrow: today's flights may leave before the cached page is read.
  const start = new Date(now.getTime() + 24 * 3600_000);
  const end = new Date(now.getTime() + (POPULAR_WINDOW_DAYS + 1) * 24 * 3600_000);
  const rows = await client.$queryRawUnsafe<Row[]>(
    POPULAR_SQL,
    routes.map(([from]) => from),
    routes.map(([, to]) => to),
    start,
    end,
  );
  const best = new Map<string, PopularRoute>();
  for (const row of rows) {
    const lowest: Money = { amount: Number(row.lowest), currency: row.currency.trim() };
    const key = `${row.from_city}→${row.to_city}`;
    const seen = best.get(key);
    if (!seen || comparableAmount(lowest) < comparableAmount(seen.lowest)) best.set(key, { from: row.from_city, to: row.to_city, lowest, day: toLocalDate(row.day) });
  }
  // In the list's order; a route without a flight in the window is left out.
  return routes.flatMap(([from, to]) => best.get(`${from}→${to}`) ?? []);
}

/**
 * Popular routes on the shared client, for home (pages never import the database client). Home is
 * prerendered by `next build`, which may run without a database (a container image): then home is
 * built without the list and gets it at its first revalidation (an hour at most) instead of the build
 * failing. At run time a database error still fails the render, so a cached home never loses the list.
 */
export async function popularRoutesForHome(now: Date): Promise<PopularRoute[]> {
  try {
    return await popularRoutes(db, now);
  } catch (error) {
    if (process.env.NEXT_PHASE === 'phase-production-build') return [];
    throw error;
  }
}

