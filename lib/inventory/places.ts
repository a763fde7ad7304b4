/**
 * Cities and airports as the search forms offer and read them. A flight search place is an airport
 * (IATA code, 'GYD') or a city (slug, 'istanbul': all its airports). Typed text that was not picked
 * from the list is matched against every language's names, so "Баку" and "Bakı" both find Baku.
 */
import { AIRPORTS, CITIES, airportOf, cityOf } from './catalog/geo';
import { HOTEL_CITY_IDS } from './catalog/hotels';
import type { Locale, Localized } from './catalog/types';

export type Place =
  | { kind: 'CITY'; value: string; cityId: string; airports: string[] }
  | { kind: 'AIRPORT'; value: string; cityId: string; airports: string[] };

export type PlaceOption = {
  value: string;
  kind: 'CITY' | 'AIRPORT';
  /** 'Baku' or 'Heydar Aliyev International' */
  name: string;
  /** the city of an airport, or the city itself */
  cityName: string;
  countryCode: string;
  /** IATA code of an airport; null for a city */
  code: string | null;
  /** how many airports a city option covers */
  airportCount: number;
  /** lower-case names in every language and the codes, for matching typed text */
  keywords: string;
};

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const allNames = (name: Localized) => Object.values(name).join(' ');

const airportsByCity = new Map<string, string[]>();
for (const a of AIRPORTS) airportsByCity.set(a.cityId, [...(airportsByCity.get(a.cityId) ?? []), a.code]);

const flightOptionsByLocale = new Map<Locale, PlaceOption[]>();

/** Every city with an airport, each followed by its airports (the list is the same for every request). */
export function flightPlaceOptions(locale: Locale): PlaceOption[] {
  const cached = flightOptionsByLocale.get(locale);
  if (cached) return cached;
  const options: PlaceOption[] = [];
  for (const city of CITIES) {
    const airports = airportsByCity.get(city.id);
    if (!airports) continue;
    options.push({
      value: city.id,
      kind: 'CITY',
      name: city.name[locale],
      cityName: city.name[locale],
      countryCode: city.countryCode,
      code: null,
      airportCount: airports.length,
      keywords: normalize(`${allNames(city.name)} ${airports.join(' ')}`),
    });
    for (const code of airports) {
      const airport = airportOf(code);
      options.push({
        value: code,
        kind: 'AIRPORT',
        name: airport.name[locale],
        cityName: city.name[locale],
        countryCode: city.countryCode,
        code,
        airportCount: 1,
        keywords: normalize(`${code} ${allNames(airport.name)} ${allNames(city.name)}`),
      });
    }
  }
  flightOptionsByLocale.set(locale, options);
  return options;
}

export function hotelCityOptions(locale: Locale): PlaceOption[] {
  return HOTEL_CITY_IDS.map((id) => {
    const city = cityOf(id);
    return {
      value: id,
      kind: 'CITY' as const,
      name: city.name[locale],
      cityName: city.name[locale],
      countryCode: city.countryCode,
      code: null,
      airportCount: 0,
      keywords: normalize(allNames(city.name)),
    };
  });
}

/** The place a form value names: an IATA code, a city slug, or a name in any language. */
export function resolveFlightPlace(input: string): Place | null {
  const text = input.trim();
  if (!text) return null;
  const upper = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) {
    const airport = AIRPORTS.find((a) => a.code === upper);
    if (airport) return { kind: 'AIRPORT', value: airport.code, cityId: airport.cityId, airports: [airport.code] };
  }
  const lower = text.toLowerCase();
  const cityById = CITIES.find((c) => c.id === lower && airportsByCity.has(c.id));
  if (cityById) return { kind: 'CITY', value: cityById.id, cityId: cityById.id, airports: airportsByCity.get(cityById.id)! };
  const wanted = normalize(text);
  const city = CITIES.find((c) => airportsByCity.has(c.id) && Object.values(c.name).some((n) => normalize(n) === wanted));
  if (city) return { kind: 'CITY', value: city.id, cityId: city.id, airports: airportsByCity.get(city.id)! };
  const airport = AIRPORTS.find((a) => Object.values(a.name).some((n) => normalize(n) === wanted));
  if (airport) return { kind: 'AIRPORT', value: airport.code, cityId: airport.cityId, airports: [airport.code] };
  return null;
}

/** A hotel city by slug or by name in any language. */
export function resolveHotelCity(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (HOTEL_CITY_IDS.includes(text.toLowerCase())) return text.toLowerCase();
  const wanted = normalize(text);
  return HOTEL_CITY_IDS.find((id) => Object.values(cityOf(id).name).some((n) => normalize(n) === wanted)) ?? null;
}

export function cityName(cityId: string, locale: Locale): string {
  return cityOf(cityId).name[locale];
}

export function airportLabel(code: string, locale: Locale): { code: string; name: string; cityName: string } {
  const airport = airportOf(code);
  return { code, name: airport.name[locale], cityName: cityOf(airport.cityId).name[locale] };
}
