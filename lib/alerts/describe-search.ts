import type { Locale } from '../i18n/locales';
import { airportLabel, cityName, resolveFlightPlace } from '../inventory/places';
import type { SavedSearchKind } from './normalise-search';

export type SearchSummary =
  | { kind: 'FLIGHT'; from: string; to: string; depart: string; return: string | null; travellers: number }
  | { kind: 'HOTEL'; city: string; checkIn: string; checkOut: string; guests: number };

function placeLabel(value: string, locale: Locale): string {
  const place = resolveFlightPlace(value);
  if (!place) return value;
  return place.kind === 'CITY' ? cityName(place.cityId, locale) : `${airportLabel(place.value, locale).cityName} (${place.value})`;
}

/** A saved search in words for the account page and the alert mail (no I/O; dates as stored). */
export function summariseSearch(kind: SavedSearchKind, queryKey: string, locale: Locale): SearchSummary {
  const q = new URLSearchParams(queryKey);
  if (kind === 'FLIGHT') {
    return {
      kind,
      from: placeLabel(q.get('from') ?? '', locale),
      to: placeLabel(q.get('to') ?? '', locale),
      depart: q.get('depart') ?? '',
      return: q.get('return'),
      travellers: ['adults', 'children', 'infants'].reduce((n, k) => n + Number(q.get(k) ?? 0), 0),
    };
  }
  let city = q.get('city') ?? '';
  try {
    city = cityName(city, locale);
  } catch {
    // a city no longer in the catalog keeps its id
  }
  return { kind, city, checkIn: q.get('checkIn') ?? '', checkOut: q.get('checkOut') ?? '', guests: Number(q.get('guests') ?? 1) };
}
