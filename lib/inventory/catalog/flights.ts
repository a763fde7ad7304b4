import { airlineOf, familyTemplatesOf, generateFareFamilies } from './airlines';
import { airportOf } from './geo';
import { usdToMinor } from './money';
import { rngFor } from './prng';
import { generateFlightRoutes } from './routes';
import { addDays, isoWeekday, utcToZoned, zonedTimeToUtc } from './tz';
import type { FareRow, FlightRouteRow, FlightSegmentRow } from './types';

export type FlightCatalogOptions = {
  seed: number;
  /** first local departure date, 'YYYY-MM-DD' */
  startDate: string;
  /** length of the window in days (the demo catalog uses 180) */
  days: number;
};

/** Fares per segment are numbered segmentId × FARES_PER_SEGMENT + family rank. */
export const FARES_PER_SEGMENT = 10;

/** Peak periods in the region: New Year, Nowruz, summer holidays. */
function seasonFactor(date: string): number {
  const md = date.slice(5);
  if (md >= '12-20' || md <= '01-08') return 1.3;
  if (md >= '03-18' && md <= '03-26') return 1.2;
  if (md >= '06-15' && md <= '08-31') return 1.2;
  return 1;
}

const WEEKDAY_FACTOR = [0, 1, 0.95, 0.93, 1.02, 1.15, 1.05, 1.12] as const;

/** Cheapest adult economy fare of a segment in USD, before the airline's family mark-ups. */
function lightFareUsd(route: FlightRouteRow, date: string, departureMinute: number, noise: number): number {
  const airline = airlineOf(route.airlineCode);
  const km = route.distanceKm;
  const distanceCurve = 32 + 0.075 * km - 0.0000035 * km * km * (km < 8000 ? 1 : 0);
  const redEye = departureMinute < 6 * 60 || departureMinute >= 23 * 60 ? 0.9 : 1;
  return distanceCurve * airline.priceFactor * seasonFactor(date) * WEEKDAY_FACTOR[isoWeekday(date)]! * redEye * noise;
}

function taxesUsd(route: FlightRouteRow): number {
  const domestic = airportOf(route.origin).countryCode === airportOf(route.destination).countryCode;
  return domestic ? 6 + route.distanceKm * 0.004 : 22 + route.distanceKm * 0.009;
}

export type GeneratedFlight = { segment: FlightSegmentRow; fares: FareRow[] };

/**
 * Dated departures over the window, each with its fares, in a stable order (route, then date).
 * A departure's times, prices and seats depend only on the seed, the flight number and the date,
 * not on the window, so re-seeding a later window agrees with the earlier one where they overlap.
 */
export function* generateFlights(options: FlightCatalogOptions): Generator<GeneratedFlight> {
  const { seed, startDate, days } = options;
  const routes = generateFlightRoutes(seed);
  const familiesByAirline = new Map<string, ReturnType<typeof generateFareFamilies>>();
  for (const family of generateFareFamilies(seed)) {
    const list = familiesByAirline.get(family.airlineCode) ?? [];
    list.push(family);
    familiesByAirline.set(family.airlineCode, list);
  }
  let segmentId = 0;
  for (const route of routes) {
    const origin = airportOf(route.origin);
    const templates = familyTemplatesOf(route.airlineCode);
    const families = familiesByAirline.get(route.airlineCode)!;
    const currency = airlineOf(route.airlineCode).currency;
    for (let d = 0; d < days; d++) {
      const date = addDays(startDate, d);
      if (!route.days.includes(isoWeekday(date))) continue;
      segmentId++;
      const departureAt = zonedTimeToUtc(date, route.departureTime, origin.timeZone);
      const arrivalAt = new Date(departureAt.getTime() + route.blockMinutes * 60_000);
      const departureMinuteLocal = utcToZoned(departureAt, origin.timeZone).minuteOfDay;
      const segment: FlightSegmentRow = {
        id: segmentId,
        routeId: route.id,
        airlineCode: route.airlineCode,
        flightNumber: route.flightNumber,
        origin: route.origin,
        destination: route.destination,
        departureDate: date,
        departureAt,
        arrivalAt,
        departureMinuteLocal,
        durationMinutes: route.blockMinutes,
        aircraft: route.aircraft,
      };

      const rng = rngFor(seed, 'departure', route.flightNumber, date);
      const light = lightFareUsd(route, date, departureMinuteLocal, rng.real(0.82, 1.3));
      const tax = usdToMinor(taxesUsd(route), currency);
      // Demand: a few departures are nearly full, a few fares sold out.
      const load = rng.weighted([
        [0.2, 3],
        [0.5, 5],
        [0.8, 2],
        [0.95, 1],
      ] as const);
      const fares: FareRow[] = templates.map((t, rank) => {
        const family = families[rank]!;
        const capacity = t.cabin === 'BUSINESS' ? 8 : rank === 0 ? 40 : rank === 1 ? 30 : 20;
        const sold = Math.round(capacity * Math.min(1, load * rng.real(0.7, 1.15)));
        const soldOut = rng.chance(t.cabin === 'BUSINESS' ? 0.08 : 0.04);
        return {
          id: segmentId * FARES_PER_SEGMENT + rank,
          segmentId,
          fareFamilyId: family.id,
          cabin: t.cabin,
          bookingClass: t.bookingClass,
          currency,
          baseMinor: usdToMinor(light * t.multiplier + t.addUsd, currency),
          taxMinor: tax,
          seatsLeft: soldOut ? 0 : Math.max(0, capacity - sold),
        };
      });
      yield { segment, fares };
    }
  }
}
