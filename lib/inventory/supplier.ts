/**
 * The supplier boundary: what the booking system needs from whoever sells the travel service.
 * Pages and checkout talk to these interfaces only; the built-in catalog (`catalog-supplier.ts`) is
 * one implementation, and a GDS or hotel-bank adapter is another that plugs in without touching them.
 *
 * Every offer carries what the rules module needs (lib/rules: FlightItem / HotelItem / TransferItem)
 * in the rules' own shapes: fare rules, the hotel cancellation policy with its deadline as an instant,
 * the transfer's vehicle class and pickup instant. `toRulesItem` (to-rules-item.ts) builds the item.
 *
 * Times are instants (Date, UTC) plus the IANA zone of the place they happen. Local calendar dates
 * (a check-in day, a departure day at the origin) are 'YYYY-MM-DD' strings. Money is integer minor
 * units in the supplier's own currency (Agreement 4.3: the price is shown in the provider's currency).
 */
import type { Money } from '../money';
import type { FareRules, HotelCancellationPolicy, VehicleClass } from '../rules/types';
import type { Queryable } from './db';
import type { Board, Cabin, CancellationPolicy, Localized } from './catalog/types';

export type ProductKind = 'FLIGHT' | 'HOTEL' | 'TRANSFER';

/** A price component the traveller sees: "Adult fare × 2", "Taxes", "Room, 3 nights". */
export type PriceLine = {
  code: PriceLineCode;
  quantity: number;
  unit: Money;
  amount: Money;
};

type PriceLineCode =
  | 'ADULT_FARE'
  | 'CHILD_FARE'
  | 'INFANT_FARE'
  | 'TAXES'
  | 'ROOM_NIGHTS'
  | 'BOARD'
  | 'TRANSFER';

type OfferPrice = {
  /** what the supplier charges for the whole offer (all travellers, all nights) */
  total: Money;
  lines: PriceLine[];
};

// ---------------------------------------------------------------------------------------------
// Flights

export type PassengerCounts = { adults: number; children: number; infants: number };

export type FlightSearchCriteria = {
  /** airport codes the journey may start from (a city expands to its airports) */
  origins: string[];
  destinations: string[];
  /** local date of departure at the origin */
  departDate: string;
  /** local date of the return's departure; absent for one-way */
  returnDate?: string;
  passengers: PassengerCounts;
  cabin: Cabin;
  /** at most this many stops per direction (0 or 1) */
  maxStops?: number;
};

export type FlightSegmentInfo = {
  flightNumber: string;
  airlineCode: string;
  origin: string;
  destination: string;
  departureAt: Date;
  arrivalAt: Date;
  originTimeZone: string;
  destinationTimeZone: string;
  durationMinutes: number;
  aircraft: string;
  bookingClass: string;
};

/** One direction of a journey: a direct flight or a connection. */
export type FlightSlice = {
  origin: string;
  destination: string;
  departureAt: Date;
  arrivalAt: Date;
  originTimeZone: string;
  destinationTimeZone: string;
  /** from first departure to last arrival, connection included */
  durationMinutes: number;
  stops: number;
  segments: FlightSegmentInfo[];
};

export type FareFamilyInfo = {
  code: string;
  cabin: Cabin;
  checkedBags: number;
  checkedBagKg: number;
  cabinBagKg: number;
};

export type FlightOffer = {
  kind: 'FLIGHT';
  offerId: string;
  supplier: string;
  airline: { code: string; name: string };
  fareFamily: FareFamilyInfo;
  slices: FlightSlice[];
  passengers: PassengerCounts;
  price: OfferPrice & { perAdult: Money };
  /** Agreement 6.1: the fare's rules as the rules module reads them (per passenger) */
  fareRules: FareRules;
  /** seats still for sale at this price (the lowest over the segments) */
  seatsLeft: number;
};

export type FlightSearchResult = {
  offers: FlightOffer[];
  /** suppliers that could not answer (down, circuit open): the page says some results are unavailable */
  unavailable?: string[];
};

// ---------------------------------------------------------------------------------------------
// Hotels

export type HotelSearchCriteria = {
  cityId: string;
  /** local dates at the hotel */
  checkIn: string;
  checkOut: string;
  guests: number;
  rooms: number;
};

export type HotelSummary = {
  id: number;
  slug: string;
  name: string;
  cityId: string;
  cityName: Localized;
  district: string;
  address: string;
  stars: number;
  reviewScore: number;
  amenities: string[];
  photos: { path: string; kind: string }[];
  timeZone: string;
  checkInTime: string;
  checkOutTime: string;
  lat: number;
  lon: number;
};

export type HotelOffer = {
  kind: 'HOTEL';
  offerId: string;
  supplier: string;
  hotel: HotelSummary;
  roomType: { id: number; code: string; maxOccupancy: number; beds: string; sizeM2: number };
  ratePlan: { id: number; code: string; board: Board };
  checkIn: string;
  checkOut: string;
  nights: number;
  rooms: number;
  guests: number;
  /** the hotel's check-in time on the check-in day, as an instant */
  checkInAt: Date;
  checkOutAt: Date;
  price: OfferPrice & { firstNight: Money; perNight: Money };
  /** the structured policy as filed (days before check-in) */
  cancellationTerms: CancellationPolicy;
  /** Agreement 6.3: the same policy with its deadline as an instant, as the rules module reads it */
  cancellation: HotelCancellationPolicy;
  /** rooms of this type left for every night of the stay */
  roomsLeft: number;
};

/** Every bookable rate of every hotel in the city for the stay (the page groups them by hotel). */
export type HotelSearchResult = { offers: HotelOffer[]; unavailable?: string[] };

export type RateUnavailableReason = 'TOO_MANY_GUESTS' | 'SOLD_OUT' | 'NOT_ON_SALE';

/** A hotel's page: every room type and rate, bookable or not (and why not), for the stay asked. */
export type HotelDetails = {
  hotel: HotelSummary;
  rooms: {
    roomType: HotelOffer['roomType'];
    rates: {
      ratePlan: HotelOffer['ratePlan'] & { cancellationTerms: CancellationPolicy };
      /** null when the rate cannot be booked for this stay */
      offer: HotelOffer | null;
      unavailable: RateUnavailableReason | null;
    }[];
  }[];
};

// ---------------------------------------------------------------------------------------------
// Transfers

export type TransferSearchCriteria = {
  airportCode: string;
  zoneSlug: string;
  /** local date and time of pickup at the airport */
  pickupDate: string;
  pickupTime: string;
  passengers: number;
  bags: number;
};

export type TransferUnavailableReason =
  /** Agreement 6.2: past the class's booking window (16 h standard, 24 h premium) */
  | 'TRANSFER_BOOKING_TOO_LATE'
  | 'TOO_MANY_PASSENGERS'
  | 'TOO_MANY_BAGS'
  | 'FULLY_BOOKED';

export type TransferOffer = {
  kind: 'TRANSFER';
  offerId: string;
  supplier: string;
  airport: { code: string; name: Localized; timeZone: string };
  zone: { slug: string; name: Localized };
  vehicleClass: VehicleClass;
  tier: 'STANDARD' | 'PREMIUM';
  maxPassengers: number;
  maxBags: number;
  example: string;
  pickupAt: Date;
  pickupTimeZone: string;
  passengers: number;
  bags: number;
  distanceKm: number;
  durationMinutes: number;
  price: OfferPrice;
  /** Agreement 6.2: the last instant this class can be booked for this pickup */
  bookableUntil: Date;
  /** why the class cannot be booked now; empty when it can */
  unavailable: TransferUnavailableReason[];
};

export type TransferSearchResult = { offers: TransferOffer[] };

export type Offer = FlightOffer | HotelOffer | TransferOffer;

// ---------------------------------------------------------------------------------------------
// Booking operations

/**
 * Re-pricing an offer just before the traveller commits: the supplier's current word on it.
 * PRICE_CHANGED carries the new offer; checkout shows it and asks again.
 */
export type RepriceResult<O extends Offer> =
  | { status: 'AVAILABLE'; offer: O }
  | { status: 'PRICE_CHANGED'; offer: O; previousTotal: Money }
  | { status: 'SOLD_OUT' }
  | { status: 'NOT_FOUND' };

export type HoldRequest<O extends Offer> = {
  offer: O;
  /** the booking system's id of the hold (InventoryHold.id); the supplier keys its records by it */
  holdId: string;
  expiresAt: Date;
  /** the moment of the hold; time windows (sales close, Agreement 6.2 lead times) are checked at it */
  at: Date;
  /** who travels: a remote supplier books in their names (the built-in catalog does not need them) */
  travellers?: SupplierTraveller[];
  contact?: { email: string; phone: string };
};

export type SupplierTraveller = {
  type: 'ADULT' | 'CHILD' | 'INFANT';
  givenName: string;
  familyName: string;
  /** 'YYYY-MM-DD' */
  bornOn: string;
  gender: 'm' | 'f';
};

export type HoldResult =
  | { status: 'HELD'; supplierRef: string }
  | { status: 'SOLD_OUT' }
  /** a remote supplier asks more than the offer the traveller accepted (read again at the hold) */
  | { status: 'PRICE_CHANGED' }
  /** the offer can no longer be booked at this moment (a closed booking window) */
  | { status: 'CLOSED'; reason: string };

/**
 * Who travels, given again at confirm: a remote supplier keeps no personal data between hold and
 * confirm, so whichever process confirms reads them from the stored order (lib/booking/order-travellers.ts).
 */
export type ConfirmRequest = { travellers: SupplierTraveller[]; contact: { email: string; phone: string } };

/**
 * A confirmed remote booking's cancellation as its supplier quotes it (issue 21). Flights: Duffel's
 * order cancellation (`quoteId`, the airline's refund of the fare); hotels: no remote quote, the refund
 * is the rate's policy (Agreement 6.3), so `quoteId` and `refund` are null.
 */
export type SupplierCancellationQuote = { quoteId: string | null; refund: Money | null; expiresAt: Date | null };

export type SupplierCancelResult =
  | { status: 'CANCELLED'; refund: Money | null }
  /** the quote expired or no longer stands: quote again and show the traveller the new one */
  | { status: 'QUOTE_EXPIRED' }
  | { status: 'FAILED'; reason: string };

export type ConfirmResult =
  | { status: 'CONFIRMED'; supplierRef: string; documents: string[] }
  | { status: 'FAILED'; reason: string };

/**
 * The caller's transaction: a Prisma transaction client (`db.$transaction(async (tx) => …)`), of
 * which the built-in supplier uses raw SQL only. An adapter that keeps nothing in our database may
 * ignore it.
 */
export type SupplierTx = Queryable;

/**
 * One product kind's supplier. The built-in catalog's `hold`, `confirm` and `release` run inside the
 * caller's transaction so that the order's state change and the inventory change commit or roll back
 * together. A remote supplier's (`isRemoteSupplier`) are network calls: the caller makes them outside
 * any transaction and records intent and outcome in transactions of their own (README, Decisions:
 * "Remote bookings"). All three are idempotent per holdId.
 */
export interface Supplier<C, R, O extends Offer> {
  readonly name: string;
  search(criteria: C, at: Date): Promise<R>;
  /**
   * Optional batch price check (the price-alert job): per criteria, in order, the lowest total that
   * `search` would offer in each currency it sells in, for many searches in one round trip. Without
   * it, callers run `search` once per criteria.
   */
  lowestTotals?(criteria: C[], at: Date): Promise<Money[][]>;
  /** the offer as it stands now, `at` deciding time windows; null if it no longer exists */
  getOffer(offerId: string, at: Date): Promise<O | null>;
  reprice(offer: O, at: Date): Promise<RepriceResult<O>>;
  /** takes the inventory, so nothing oversells: SOLD_OUT if it is not there any more */
  hold(tx: SupplierTx, request: HoldRequest<O>): Promise<HoldResult>;
  /** issues the ticket / voucher for a held offer; a remote supplier books in `people`'s names */
  confirm(tx: SupplierTx, holdId: string, people?: ConfirmRequest): Promise<ConfirmResult>;
  /** gives a held or confirmed offer's inventory back (expiry, cancellation); no-op if already released */
  release(tx: SupplierTx, holdId: string): Promise<void>;
  /**
   * Remote suppliers only (a network call: never inside a transaction). Null when the supplier keeps no
   * confirmed remote booking for the hold; absent for the built-in catalog, whose rules quote and
   * `release` inside the caller's transaction are the whole cancellation.
   */
  quoteCancellation?(holdId: string): Promise<SupplierCancellationQuote | null>;
  /** cancels the confirmed remote booking under that quote; idempotent (an already cancelled booking answers CANCELLED) */
  cancelConfirmed?(holdId: string, quoteId: string | null): Promise<SupplierCancelResult>;
  /** flights at a remote supplier: accepts the airline's pending schedule changes of the booking (network) */
  acceptAirlineChanges?(holdId: string): Promise<{ accepted: number }>;
}

export type FlightSupplier = Supplier<FlightSearchCriteria, FlightSearchResult, FlightOffer>;
export type HotelSupplier = Supplier<HotelSearchCriteria, HotelSearchResult, HotelOffer> & {
  /** a hotel's rooms and rates for a stay; null if there is no such hotel */
  getHotel(slug: string, criteria: Omit<HotelSearchCriteria, 'cityId'>, at: Date): Promise<HotelDetails | null>;
};
export type TransferSupplier = Supplier<TransferSearchCriteria, TransferSearchResult, TransferOffer>;

export type Suppliers = { flights: FlightSupplier; hotels: HotelSupplier; transfers: TransferSupplier };

export class SupplierError extends Error {
  readonly code: SupplierErrorCode;
  constructor(code: SupplierErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'SupplierError';
    this.code = code;
  }
}

export type SupplierErrorCode = 'INVALID_OFFER_ID' | 'INVALID_CRITERIA' | 'UNKNOWN_HOLD' | 'WRONG_SUPPLIER';

/** Offers of these suppliers are booked by network calls, never inside a database transaction. */
export const REMOTE_SUPPLIER_NAMES: readonly string[] = ['duffel'];
const REMOTE_SUPPLIERS = new Set(REMOTE_SUPPLIER_NAMES);

/** Whether an offer's (or a hold's) supplier is a remote one; `supplier` is the name an offer carries. */
export function isRemoteSupplier(supplier: string): boolean {
  return REMOTE_SUPPLIERS.has(supplier);
}
