/** Plain rows produced by the demo catalog generators; the seed script writes them as they are. */

export type Locale = 'en' | 'ru' | 'az' | 'kk';

/** A name in each of the product's languages. */
export type Localized = Record<Locale, string>;

export type CurrencyCode = 'AZN' | 'KZT' | 'USD' | 'EUR';

export type CityRow = {
  /** slug used in URLs: 'baku', 'istanbul' */
  id: string;
  name: Localized;
  countryCode: string;
  timeZone: string;
  lat: number;
  lon: number;
};

export type AirportRow = {
  /** IATA code */
  code: string;
  name: Localized;
  cityId: string;
  countryCode: string;
  timeZone: string;
  lat: number;
  lon: number;
};

export type AirlineRow = {
  /** IATA designator */
  code: string;
  name: string;
  countryCode: string;
  /** the currency its fares are filed in */
  currency: CurrencyCode;
  lowCost: boolean;
};

export type Cabin = 'ECONOMY' | 'BUSINESS';

/** What happens to the fare if the traveller cancels (before departure, per passenger). */
export type RefundRule =
  | { kind: 'NON_REFUNDABLE' }
  /** penaltyMinor 0 = fully refundable */
  | { kind: 'REFUNDABLE'; penaltyMinor: number };

/** Whether the traveller may change dates (per passenger, per change), fare difference extra. */
export type ChangeRule = { kind: 'NOT_CHANGEABLE' } | { kind: 'CHANGEABLE'; feeMinor: number };

export type FareFamilyRow = {
  id: number;
  airlineCode: string;
  cabin: Cabin;
  /** 'LIGHT' | 'STANDARD' | 'FLEX' | 'BUSINESS' | 'BUSINESS_FLEX' */
  code: string;
  currency: CurrencyCode;
  checkedBags: number;
  checkedBagKg: number;
  cabinBagKg: number;
  refund: RefundRule;
  change: ChangeRule;
  /** order within the cabin, cheapest first */
  rank: number;
};

export type FlightRouteRow = {
  id: number;
  airlineCode: string;
  /** 'J2 27' style: designator and number */
  flightNumber: string;
  origin: string;
  destination: string;
  /** ISO weekdays (local at origin) the flight operates */
  days: number[];
  /** local departure time at the origin, 'HH:MM' */
  departureTime: string;
  blockMinutes: number;
  distanceKm: number;
  aircraft: string;
};

export type FlightSegmentRow = {
  id: number;
  routeId: number;
  airlineCode: string;
  flightNumber: string;
  origin: string;
  destination: string;
  /** local date of departure at the origin */
  departureDate: string;
  departureAt: Date;
  arrivalAt: Date;
  /** minutes after local midnight at the origin, for time-of-day filters */
  departureMinuteLocal: number;
  durationMinutes: number;
  aircraft: string;
};

export type FareRow = {
  id: number;
  segmentId: number;
  fareFamilyId: number;
  cabin: Cabin;
  /** one-letter booking class */
  bookingClass: string;
  currency: CurrencyCode;
  /** adult base fare, minor units */
  baseMinor: number;
  /** adult taxes and carrier charges, minor units */
  taxMinor: number;
  seatsLeft: number;
};

export type Board = 'RO' | 'BB' | 'HB' | 'FB' | 'AI';

/** Structured hotel cancellation policy (Agreement 6.3: by the rate's own rules). */
export type CancellationPolicy =
  | { kind: 'NON_REFUNDABLE' }
  | {
      kind: 'FREE_UNTIL';
      /** free until this many days before check-in (at the hotel's check-in time, local) */
      daysBefore: number;
      penalty: { kind: 'FIRST_NIGHT' } | { kind: 'PERCENT'; percent: number };
    };

export type HotelRow = {
  id: number;
  /** stable slug for URLs */
  slug: string;
  name: string;
  cityId: string;
  district: string;
  address: string;
  stars: number;
  lat: number;
  lon: number;
  timeZone: string;
  currency: CurrencyCode;
  checkInTime: string;
  checkOutTime: string;
  amenities: string[];
  photos: { path: string; kind: string }[];
  /** 0–10, for sorting */
  reviewScore: number;
};

export type RoomTypeRow = {
  id: number;
  hotelId: number;
  /** message key: 'STANDARD_DOUBLE', 'DELUXE_KING', … */
  code: string;
  maxOccupancy: number;
  beds: string;
  sizeM2: number;
  /** rooms of this type the hotel sells through us per night, before sales */
  baseAllotment: number;
  /** nightly room price of the base rate, hotel currency, minor units */
  basePriceMinor: number;
};

export type RatePlanRow = {
  id: number;
  roomTypeId: number;
  hotelId: number;
  code: string;
  board: Board;
  cancellation: CancellationPolicy;
  /** multiplies the room-night base price, in basis points (10000 = ×1) */
  priceFactorBp: number;
  /** board supplement per guest per night, minor units */
  boardSupplementMinor: number;
};

export type RoomNightRow = {
  roomTypeId: number;
  /** local date of the night (check-in day) */
  night: string;
  allotment: number;
  sold: number;
  priceMinor: number;
};

export type VehicleClass =
  | 'MICRO'
  | 'ECONOMY'
  | 'COMFORT'
  | 'MINIVAN_4'
  | 'MINIBUS_7'
  | 'PREMIUM_MINIBUS_6'
  | 'MINIBUS_10'
  | 'MINIBUS_13'
  | 'MINIBUS_16'
  | 'MINIBUS_19'
  | 'BUSINESS'
  | 'PREMIUM';

export type TransferZoneRow = {
  id: number;
  slug: string;
  cityId: string;
  name: Localized;
  lat: number;
  lon: number;
};

export type TransferRouteRow = {
  id: number;
  airportCode: string;
  zoneId: number;
  distanceKm: number;
  durationMinutes: number;
  currency: CurrencyCode;
};

export type TransferPriceRow = {
  routeId: number;
  vehicleClass: VehicleClass;
  amountMinor: number;
  currency: CurrencyCode;
};

export type TransferFleetRow = {
  airportCode: string;
  vehicleClass: VehicleClass;
  /** vehicles of this class serving the airport */
  vehicles: number;
  /** transfers the fleet can run per local day */
  dailyCapacity: number;
};
