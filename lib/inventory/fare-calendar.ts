/**
 * The fare calendar of the flight results page (issue 18): the lowest adult fare per local departure
 * day for a route, over the days around the searched one and the searched day's month. One grouped
 * query on the catalog (direct flights: fares × departures, grouped by day and currency), then per day
 * the lowest on the reference rates, still shown in its own currency (Agreement 4.3).
 *
 * Once real suppliers exist, their recent cached results belong here too, marked as such; the catalog
 * is the only source today.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { Money, Rates } from '../money';
import { addDays, FLIGHT_DAYS } from './catalog';
import type { Queryable } from './db';
import { toLocalDate } from './db';
import { recentSupplierFares, withRecentSupplierFares } from './recent-supplier-fares';
import { comparableAmount } from './reference-rates';

/** Days either side of the searched day in the strip. */
const CALENDAR_SPAN_DAYS = 15;

export type FareCalendarRequest = {
  origins: string[];
  destinations: string[];
  cabin: 'ECONOMY' | 'BUSINESS';
  /** seats a fare must still have: adults + children */
  seats: number;
  /** first and last local departure day, inclusive */
  fromDay: string;
  toDay: string;
  /** departures before this instant are not offered any more */
  notBefore: Date;
};

/** Lowest adult fare (base + taxes) per day; a day without a bookable direct flight is absent. */
export type FareCalendarDays = Map<string, Money>;

// Departures by (origin, destination, departure_at) — the direct-flight index; the constant window on
// departure_at around the local days keeps the planner on it (local days are at most 14 h off UTC).
const CALENDAR_SQL = `
SELECT s.departure_date AS day, f.currency, min(f.base_minor + f.tax_minor)::int AS lowest
FROM flight_segments s
JOIN fares f ON f.segment_id = s.id
WHERE s.origin = ANY($1::bpchar[]) AND s.destination = ANY($2::bpchar[])
  AND s.departure_at >= GREATEST($5::timestamptz, ($3::date - 1)::timestamp AT TIME ZONE 'UTC')
  AND s.departure_at < ($4::date + 2)::timestamp AT TIME ZONE 'UTC'
  AND s.departure_date BETWEEN $3::date AND $4::date
  AND f.cabin = $6::catalog_cabin AND f.seats_left >= $7
GROUP BY s.departure_date, f.currency`;

type Row = { day: Date | string; currency: string; lowest: number };

export async function fareCalendar(client: Queryable, request: FareCalendarRequest, rates?: Rates): Promise<FareCalendarDays> {
  const rows = await client.$queryRawUnsafe<Row[]>(
    CALENDAR_SQL,
    request.origins,
    request.destinations,
    request.fromDay,
    request.toDay,
    request.notBefore,
    request.cabin,
    request.seats,
  );
  const days: FareCalendarDays = new Map();
  for (const row of rows) {
    const day = toLocalDate(row.day);
    const price: Money = { amount: Number(row.lowest), currency: row.currency.trim() };
    const best = days.get(day);
    if (!best || comparableAmount(price, rates) < comparableAmount(best, rates)) days.set(day, price);
  }
  return days;
}

/** The days the calendar shows: ±15 around `day` and `day`'s month, inside the bookable window. */
export function calendarRange(day: string, today: string): { fromDay: string; toDay: string; strip: string[]; month: string[] } {
  const lastBookable = addDays(today, FLIGHT_DAYS - 1);
  const clip = (d: string) => (d < today ? today : d > lastBookable ? lastBookable : d);
  const strip = daysFrom(clip(addDays(day, -CALENDAR_SPAN_DAYS)), clip(addDays(day, CALENDAR_SPAN_DAYS)));
  const monthStart = `${day.slice(0, 7)}-01`;
  const monthEnd = addDays(`${nextMonth(day.slice(0, 7))}-01`, -1);
  const month = daysFrom(monthStart, monthEnd);
  const bookable = [...strip, ...month].filter((d) => d >= today && d <= lastBookable).sort();
  return { fromDay: bookable[0] ?? day, toDay: bookable.at(-1) ?? day, strip, month };
}

function nextMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The calendar on the shared client, for the results page (pages never import the database client):
 * the catalog's lowest fares, and a real supplier's recent ones where lower or the catalog has none
 * (`recent` names those days, which the page marks).
 */
export async function fareCalendarForPage(request: FareCalendarRequest, rates?: Rates): Promise<{ days: FareCalendarDays; recent: ReadonlySet<string> }> {
  return withRecentSupplierFares(await fareCalendar(db, request, rates), recentSupplierFares(request), rates);
}
