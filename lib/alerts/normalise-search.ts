/**
 * A saved search is the search's own fields in one spelling (filters, sort and page dropped: a price
 * alert watches the search, not a view of it), so identical searches of many travellers share one key
 * and one re-run. The key is also the results page's query string, the link back from the alert.
 */
import {
  FLIGHT_FIELDS,
  HOTEL_FIELDS,
  parseFlightParams,
  parseHotelParams,
  type FlightQuery,
  type HotelQuery,
  type RawParams,
} from '../inventory/search-params';
import { addDays } from '../inventory/catalog/tz';

export type SavedSearchKind = 'FLIGHT' | 'HOTEL';

export type NormalisedSearch =
  | { kind: 'FLIGHT'; queryKey: string; travelDate: string; query: FlightQuery }
  | { kind: 'HOTEL'; queryKey: string; travelDate: string; query: HotelQuery };

function keyOf(fields: readonly string[], values: Record<string, string>): string {
  const out = new URLSearchParams();
  for (const field of [...fields].sort()) {
    const value = values[field]?.trim() ?? '';
    if (value !== '') out.append(field, value);
  }
  return out.toString();
}

/** The search in canonical form, or null when it is not a valid search today. */
export function normaliseSearch(kind: SavedSearchKind, params: RawParams, today: string): NormalisedSearch | null {
  if (kind === 'FLIGHT') {
    const parsed = parseFlightParams(params, today);
    if (parsed.status !== 'VALID') return null;
    const q = parsed.query;
    const values: Record<string, string> = {
      from: q.from.value,
      to: q.to.value,
      trip: q.trip,
      depart: q.depart,
      return: q.return ?? '',
      adults: String(q.adults),
      children: String(q.children),
      infants: String(q.infants),
      cabin: q.cabin,
    };
    return { kind, queryKey: keyOf(FLIGHT_FIELDS, values), travelDate: q.depart, query: q };
  }
  const parsed = parseHotelParams(params, today);
  if (parsed.status !== 'VALID') return null;
  const q = parsed.query;
  const values: Record<string, string> = { city: q.cityId, checkIn: q.checkIn, checkOut: q.checkOut, guests: String(q.guests), rooms: String(q.rooms) };
  return { kind, queryKey: keyOf(HOTEL_FIELDS, values), travelDate: q.checkIn, query: q };
}

/** A stored key read back as a search (null once its date has passed or the place is gone). */
export function parseQueryKey(kind: SavedSearchKind, queryKey: string, today: string): NormalisedSearch | null {
  return normaliseSearch(kind, Object.fromEntries(new URLSearchParams(queryKey)), today);
}

/** The search ends when its travel date has passed everywhere we sell (UTC midnight after it is later than the end of that day in Baku and Almaty). */
export function expiryOf(travelDate: string): Date {
  return new Date(`${addDays(travelDate, 1)}T00:00:00Z`);
}

export function resultsPath(kind: SavedSearchKind, queryKey: string): string {
  return `/${kind === 'FLIGHT' ? 'flights' : 'hotels'}?${queryKey}`;
}
