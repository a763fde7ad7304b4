/**
 * Search state lives in the URL (shareable, the back button works). These schemas read a page's
 * searchParams into a query, or into field errors whose codes the form shows as
 * `search.errors.<code>` from the message catalogs. The same schemas serve the form and the server.
 */
import { z } from 'zod';
import { FLIGHT_DAYS, HOTEL_DAYS } from './catalog';
import { addDays, daysBetween, isLocalDate } from './catalog/tz';
import { resolveFlightPlace, resolveHotelCity, type Place } from './places';
import { MAX_NIGHTS } from './catalog-supplier/hotels';
import { TRANSFER_ZONES_BY_AIRPORT } from './transfer-places';

export type RawParams = Record<string, string | string[] | undefined>;

export type FieldErrors<F extends string> = Partial<Record<F, ErrorCode>>;

export type ErrorCode =
  | 'required'
  | 'unknownPlace'
  | 'samePlace'
  | 'invalidDate'
  | 'dateInPast'
  | 'dateTooFar'
  | 'returnBeforeDeparture'
  | 'checkOutBeforeCheckIn'
  | 'tooManyNights'
  | 'invalidNumber'
  | 'tooFew'
  | 'tooMany'
  | 'infantsExceedAdults'
  | 'tooManyTravellers'
  | 'fewerGuestsThanRooms'
  | 'tooManyGuestsPerRoom'
  | 'invalidTime'
  | 'unknownZone';

export type Parsed<Q, F extends string> =
  /** nothing asked yet: show the empty form */
  | { status: 'EMPTY'; values: Record<F, string> }
  | { status: 'INVALID'; values: Record<F, string>; errors: FieldErrors<F> }
  | { status: 'VALID'; values: Record<F, string>; query: Q };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? v.split(',') : []).map((s) => s.trim()).filter(Boolean);

function count(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, { error: 'invalidNumber' })
    .transform(Number)
    .pipe(z.number().min(min, { error: 'tooFew' }).max(max, { error: 'tooMany' }));
}

const localDate = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .refine(isLocalDate, { error: 'invalidDate' });

const optionalCount = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? String(fallback) : v), count(min, max));

function collect<F extends string>(error: z.ZodError): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0]) as F;
    if (!errors[field]) errors[field] = (issue.message as ErrorCode) ?? 'required';
  }
  return errors;
}

function checkWindow(date: string, today: string, days: number): ErrorCode | null {
  if (date < today) return 'dateInPast';
  if (daysBetween(today, date) >= days) return 'dateTooFar';
  return null;
}

// ---------------------------------------------------------------------------------------------

export const FLIGHT_FIELDS = ['from', 'to', 'trip', 'depart', 'return', 'adults', 'children', 'infants', 'cabin'] as const;
export type FlightField = (typeof FLIGHT_FIELDS)[number];
export const TIME_BANDS = ['night', 'morning', 'afternoon', 'evening'] as const;
export type TimeBand = (typeof TIME_BANDS)[number];
const FLIGHT_SORTS = ['price', 'duration', 'departure'] as const;
type FlightSort = (typeof FLIGHT_SORTS)[number];

export type FlightQuery = {
  from: Place;
  to: Place;
  trip: 'oneway' | 'return';
  depart: string;
  return: string | null;
  adults: number;
  children: number;
  infants: number;
  cabin: 'ECONOMY' | 'BUSINESS';
  filters: {
    /** most stops per direction; null = any */
    stops: 0 | 1 | null;
    airlines: string[];
    times: TimeBand[];
    /** in AZN, major units, compared on the reference rates */
    maxPrice: number | null;
    refundable: boolean;
  };
  sort: FlightSort;
  page: number;
};

const flightSchema = z.object({
  from: z.string().trim().min(1, { error: 'required' }),
  to: z.string().trim().min(1, { error: 'required' }),
  trip: z.enum(['oneway', 'return']).catch('oneway'),
  depart: localDate,
  return: z.string().trim(),
  adults: optionalCount(1, 9, 1),
  children: optionalCount(0, 8, 0),
  infants: optionalCount(0, 9, 0),
  cabin: z.enum(['ECONOMY', 'BUSINESS']).catch('ECONOMY'),
});

function page(params: RawParams): number {
  const n = Number(first(params.page));
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

function maxPrice(params: RawParams): number | null {
  const n = Number(first(params.maxPrice));
  return first(params.maxPrice) !== '' && Number.isFinite(n) && n > 0 ? Math.floor(n) : null;
}

export function parseFlightParams(params: RawParams, today: string): Parsed<FlightQuery, FlightField> {
  const values = Object.fromEntries(FLIGHT_FIELDS.map((f) => [f, first(params[f])])) as Record<FlightField, string>;
  if (!values.from && !values.to && !values.depart) return { status: 'EMPTY', values };
  const parsed = flightSchema.safeParse(values);
  const errors: FieldErrors<FlightField> = parsed.success ? {} : collect<FlightField>(parsed.error);
  const from = values.from ? resolveFlightPlace(values.from) : null;
  const to = values.to ? resolveFlightPlace(values.to) : null;
  if (values.from && !from) errors.from = 'unknownPlace';
  if (values.to && !to) errors.to = 'unknownPlace';
  if (from && to && from.cityId === to.cityId) errors.to = 'samePlace';
  if (!parsed.success) return { status: 'INVALID', values, errors };
  const d = parsed.data;
  const departProblem = checkWindow(d.depart, today, FLIGHT_DAYS);
  if (departProblem) errors.depart = departProblem;
  let returnDate: string | null = null;
  if (d.trip === 'return') {
    if (!d.return) errors.return = 'required';
    else if (!isLocalDate(d.return)) errors.return = 'invalidDate';
    else if (d.return < d.depart) errors.return = 'returnBeforeDeparture';
    else if (checkWindow(d.return, today, FLIGHT_DAYS)) errors.return = checkWindow(d.return, today, FLIGHT_DAYS)!;
    else returnDate = d.return;
  }
  if (d.infants > d.adults) errors.infants = 'infantsExceedAdults';
  if (d.adults + d.children > 9) errors.children = 'tooManyTravellers';
  if (Object.keys(errors).length > 0 || !from || !to) return { status: 'INVALID', values, errors };
  const stops = first(params.stops);
  return {
    status: 'VALID',
    values,
    query: {
      from,
      to,
      trip: d.trip,
      depart: d.depart,
      return: returnDate,
      adults: d.adults,
      children: d.children,
      infants: d.infants,
      cabin: d.cabin,
      filters: {
        stops: stops === '0' ? 0 : stops === '1' ? 1 : null,
        airlines: all(params.airline).filter((a) => /^[A-Z0-9]{2}$/.test(a)),
        times: all(params.time).filter((t): t is TimeBand => (TIME_BANDS as readonly string[]).includes(t)),
        maxPrice: maxPrice(params),
        refundable: first(params.refundable) === '1',
      },
      sort: (FLIGHT_SORTS as readonly string[]).includes(first(params.sort)) ? (first(params.sort) as FlightSort) : 'price',
      page: page(params),
    },
  };
}

// ---------------------------------------------------------------------------------------------

export const HOTEL_FIELDS = ['city', 'checkIn', 'checkOut', 'guests', 'rooms'] as const;
export type HotelField = (typeof HOTEL_FIELDS)[number];
const HOTEL_SORTS = ['price', 'stars', 'rating'] as const;
type HotelSort = (typeof HOTEL_SORTS)[number];
const BOARDS = ['RO', 'BB', 'HB', 'FB', 'AI'] as const;

type HotelStay = { checkIn: string; checkOut: string; guests: number; rooms: number };

export type HotelQuery = HotelStay & {
  cityId: string;
  filters: {
    /** in the city's currency, major units */
    maxPrice: number | null;
    stars: number[];
    /** district names as the catalog spells them */
    districts: string[];
    freeCancellation: boolean;
    boards: (typeof BOARDS)[number][];
  };
  sort: HotelSort;
  page: number;
};

const staySchema = z.object({
  checkIn: localDate,
  checkOut: localDate,
  guests: optionalCount(1, 12, 2),
  rooms: optionalCount(1, 5, 1),
});

/** Dates and party of a stay, shared by the hotel results and the hotel page. */
export function parseStay(values: Record<'checkIn' | 'checkOut' | 'guests' | 'rooms', string>, today: string) {
  const parsed = staySchema.safeParse(values);
  const errors: FieldErrors<HotelField> = parsed.success ? {} : collect<HotelField>(parsed.error);
  if (!parsed.success) return { errors, stay: null };
  const s = parsed.data;
  const inProblem = checkWindow(s.checkIn, today, HOTEL_DAYS);
  if (inProblem) errors.checkIn = inProblem;
  if (s.checkOut <= s.checkIn) errors.checkOut = 'checkOutBeforeCheckIn';
  else if (daysBetween(s.checkIn, s.checkOut) > MAX_NIGHTS) errors.checkOut = 'tooManyNights';
  else if (daysBetween(today, s.checkOut) > HOTEL_DAYS) errors.checkOut = 'dateTooFar';
  if (s.guests < s.rooms) errors.guests = 'fewerGuestsThanRooms';
  else if (s.guests > s.rooms * 4) errors.guests = 'tooManyGuestsPerRoom';
  return Object.keys(errors).length > 0 ? { errors, stay: null } : { errors, stay: s as HotelStay };
}

export function parseHotelParams(params: RawParams, today: string): Parsed<HotelQuery, HotelField> {
  const values = Object.fromEntries(HOTEL_FIELDS.map((f) => [f, first(params[f])])) as Record<HotelField, string>;
  if (!values.city && !values.checkIn && !values.checkOut) return { status: 'EMPTY', values };
  const errors: FieldErrors<HotelField> = {};
  const cityId = values.city ? resolveHotelCity(values.city) : null;
  if (!values.city) errors.city = 'required';
  else if (!cityId) errors.city = 'unknownPlace';
  const { errors: stayErrors, stay } = parseStay(values, today);
  Object.assign(errors, stayErrors);
  if (!stay || !cityId || Object.keys(errors).length > 0) return { status: 'INVALID', values, errors };
  const stars = all(params.stars)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 2 && n <= 5);
  return {
    status: 'VALID',
    values,
    query: {
      cityId,
      ...stay,
      filters: {
        maxPrice: maxPrice(params),
        stars: [...new Set(stars)].sort(),
        districts: [...new Set(all(params.district).filter((d) => d.length > 0 && d.length <= 80))].sort(),
        freeCancellation: first(params.free) === '1',
        boards: all(params.board).filter((b): b is (typeof BOARDS)[number] => (BOARDS as readonly string[]).includes(b)),
      },
      sort: (HOTEL_SORTS as readonly string[]).includes(first(params.sort)) ? (first(params.sort) as HotelSort) : 'price',
      page: page(params),
    },
  };
}

// ---------------------------------------------------------------------------------------------

const TRANSFER_FIELDS = ['airport', 'zone', 'date', 'time', 'passengers', 'bags'] as const;
export type TransferField = (typeof TRANSFER_FIELDS)[number];

export type TransferQuery = {
  airportCode: string;
  zoneSlug: string;
  pickupDate: string;
  pickupTime: string;
  passengers: number;
  bags: number;
};

const transferSchema = z.object({
  airport: z.string().trim().min(1, { error: 'required' }),
  zone: z.string().trim().min(1, { error: 'required' }),
  date: localDate,
  time: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalidTime' }),
  passengers: optionalCount(1, 19, 1),
  bags: optionalCount(0, 30, 1),
});

export function parseTransferParams(params: RawParams, today: string): Parsed<TransferQuery, TransferField> {
  const values = Object.fromEntries(TRANSFER_FIELDS.map((f) => [f, first(params[f])])) as Record<TransferField, string>;
  if (!values.airport && !values.zone && !values.date) return { status: 'EMPTY', values };
  const parsed = transferSchema.safeParse(values);
  const errors: FieldErrors<TransferField> = parsed.success ? {} : collect<TransferField>(parsed.error);
  const airport = values.airport.toUpperCase();
  const zones = TRANSFER_ZONES_BY_AIRPORT.get(airport);
  if (values.airport && !zones) errors.airport = 'unknownPlace';
  else if (zones && values.zone && !zones.some((z) => z.slug === values.zone)) errors.zone = 'unknownZone';
  if (!parsed.success || Object.keys(errors).length > 0) return { status: 'INVALID', values, errors };
  const d = parsed.data;
  // A pickup can be today (it will show as too late to book) but not in the past, nor past the year.
  if (d.date < addDays(today, -1)) errors.date = 'dateInPast';
  else if (daysBetween(today, d.date) >= HOTEL_DAYS) errors.date = 'dateTooFar';
  if (Object.keys(errors).length > 0) return { status: 'INVALID', values, errors };
  return {
    status: 'VALID',
    values,
    query: { airportCode: airport, zoneSlug: d.zone, pickupDate: d.date, pickupTime: d.time, passengers: d.passengers, bags: d.bags },
  };
}

