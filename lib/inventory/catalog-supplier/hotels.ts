/**
 * Hotels of the built-in catalog. A rate is bookable for a stay when every night of it is on sale
 * with enough rooms left, and the room type holds the guests (spread evenly over the rooms).
 * Agreement 6.3: each rate carries its own cancellation policy; its deadline becomes an instant at the
 * hotel's check-in time, in the hotel's zone, N days before check-in.
 */
import 'server-only';
import type { Money } from '../../money';
import type { HotelCancellationPolicy } from '../../rules/types';
import { cityOf } from '../catalog/geo';
import { addDays, daysBetween, zonedTimeToUtc } from '../catalog/tz';
import type { Board, CancellationPolicy } from '../catalog/types';
import { toLocalDate, type Queryable } from '../db';
import { decodeOfferId, encodeOfferId } from '../offer-id';
import type {
  ConfirmResult,
  HotelDetails,
  HotelOffer,
  HotelSearchCriteria,
  HotelSearchResult,
  HotelSummary,
  HotelSupplier,
  HoldRequest,
  HoldResult,
  PriceLine,
  RateUnavailableReason,
  RepriceResult,
  SupplierTx,
} from '../supplier';
import { lockHold, markHoldConfirmed, markHoldReleased, recordHold } from './holds';
import { SUPPLIER_NAME } from './name';
import { hashSeed } from '../catalog/prng';

export const MAX_NIGHTS = 30;

type HotelColumns = {
  hotel_id: number;
  slug: string;
  name: string;
  city_id: string;
  district: string;
  address: string;
  stars: number;
  lat: number;
  lon: number;
  time_zone: string;
  currency: string;
  check_in_time: string;
  check_out_time: string;
  amenities: string[];
  photos: { path: string; kind: string }[];
  review_score: number;
};

type RateColumns = {
  room_type_id: number;
  room_code: string;
  max_occupancy: number;
  beds: string;
  size_m2: number;
  rate_plan_id: number;
  rate_code: string;
  board: Board;
  cancellation: 'NON_REFUNDABLE' | 'FREE_UNTIL';
  free_until_days: number | null;
  penalty: 'FIRST_NIGHT' | 'PERCENT' | null;
  penalty_percent: number | null;
  board_supplement_minor: number;
};

type StayColumns = {
  nights: number;
  rooms_left: number;
  /** one room for the whole stay at this rate, minor units */
  room_total: number;
  first_night: number;
};

type StayRow = HotelColumns & RateColumns & StayColumns;

const HOTEL_SELECT = `
  h.id AS hotel_id, h.slug, h.name, h.city_id, h.district, h.address, h.stars, h.lat, h.lon, h.time_zone, h.currency,
  h.check_in_time, h.check_out_time, h.amenities, h.photos, h.review_score`;

const RATE_SELECT = `
  rt.id AS room_type_id, rt.code AS room_code, rt.max_occupancy, rt.beds, rt.size_m2,
  rp.id AS rate_plan_id, rp.code AS rate_code, rp.board::text AS board, rp.cancellation::text AS cancellation,
  rp.free_until_days, rp.penalty::text AS penalty, rp.penalty_percent, rp.board_supplement_minor`;

// The stay at each rate plan: nights on sale in [check-in, check-out), rooms left on the fullest
// night, and the price of one room with the plan's factor applied night by night. Grouping by the
// primary keys lets the hotel's and the plan's columns ride along.
const STAY_AGGREGATES = `
  count(rn.night)::int AS nights,
  min(rn.allotment - rn.sold)::int AS rooms_left,
  sum(round(rn.price_minor * (rp.price_factor_bp::numeric / 10000)))::int AS room_total,
  max(CASE WHEN rn.night = $2::date THEN round(rn.price_minor * (rp.price_factor_bp::numeric / 10000)) END)::int AS first_night`;

const CITY_STAYS_SQL = `
SELECT ${HOTEL_SELECT}, ${RATE_SELECT}, ${STAY_AGGREGATES}
FROM hotels h
JOIN room_types rt ON rt.hotel_id = h.id
JOIN rate_plans rp ON rp.room_type_id = rt.id
JOIN room_nights rn ON rn.room_type_id = rt.id AND rn.night >= $2::date AND rn.night < $3::date
WHERE h.city_id = $1 AND rt.max_occupancy * $4 >= $5
GROUP BY h.id, rt.id, rp.id
HAVING count(rn.night) = $6 AND min(rn.allotment - rn.sold) >= $4`;

// One hotel: every rate, with whatever part of the stay is on sale (LEFT JOIN keeps unsold rates).
const HOTEL_STAYS_SQL = `
SELECT ${HOTEL_SELECT}, ${RATE_SELECT}, ${STAY_AGGREGATES}
FROM hotels h
JOIN room_types rt ON rt.hotel_id = h.id
JOIN rate_plans rp ON rp.room_type_id = rt.id
LEFT JOIN room_nights rn ON rn.room_type_id = rt.id AND rn.night >= $2::date AND rn.night < $3::date
WHERE h.slug = $1
GROUP BY h.id, rt.id, rp.id
ORDER BY rt.id, rp.id`;

const RATE_STAY_SQL = `
SELECT ${HOTEL_SELECT}, ${RATE_SELECT}, ${STAY_AGGREGATES}
FROM rate_plans rp
JOIN room_types rt ON rt.id = rp.room_type_id
JOIN hotels h ON h.id = rp.hotel_id
LEFT JOIN room_nights rn ON rn.room_type_id = rt.id AND rn.night >= $2::date AND rn.night < $3::date
WHERE rp.id = $1
GROUP BY h.id, rt.id, rp.id`;

const money = (amount: number, currency: string): Money => ({ amount, currency });

function summaryOf(row: HotelColumns): HotelSummary {
  return {
    id: row.hotel_id,
    slug: row.slug,
    name: row.name,
    cityId: row.city_id,
    cityName: cityOf(row.city_id).name,
    district: row.district,
    address: row.address,
    stars: row.stars,
    reviewScore: row.review_score / 10,
    amenities: row.amenities,
    photos: row.photos,
    timeZone: row.time_zone,
    checkInTime: row.check_in_time,
    checkOutTime: row.check_out_time,
    lat: row.lat,
    lon: row.lon,
  };
}

function cancellationTermsOf(row: RateColumns): CancellationPolicy {
  if (row.cancellation === 'NON_REFUNDABLE' || row.free_until_days === null) return { kind: 'NON_REFUNDABLE' };
  return {
    kind: 'FREE_UNTIL',
    daysBefore: row.free_until_days,
    penalty: row.penalty === 'PERCENT' ? { kind: 'PERCENT', percent: row.penalty_percent ?? 100 } : { kind: 'FIRST_NIGHT' },
  };
}

/**
 * The rules module's policy for a stay: the deadline is the hotel's check-in time, local, N days
 * before the check-in day. A deadline already past still counts as FREE_UNTIL (in the past), so the
 * rules quote the penalty; the page does not call such a rate "free cancellation".
 */
function cancellationFor(terms: CancellationPolicy, checkIn: string, checkInTime: string, timeZone: string): HotelCancellationPolicy {
  if (terms.kind === 'NON_REFUNDABLE') return { type: 'NON_REFUNDABLE' };
  return {
    type: 'FREE_UNTIL',
    freeUntil: zonedTimeToUtc(addDays(checkIn, -terms.daysBefore), checkInTime, timeZone),
    penalty: terms.penalty,
  };
}

function offerOf(row: StayRow, criteria: Omit<HotelSearchCriteria, 'cityId'>): HotelOffer {
  const { checkIn, checkOut, rooms, guests } = criteria;
  const nights = daysBetween(checkIn, checkOut);
  const currency = row.currency;
  const lines: PriceLine[] = [{ code: 'ROOM_NIGHTS', quantity: rooms, unit: money(row.room_total, currency), amount: money(row.room_total * rooms, currency) }];
  if (row.board_supplement_minor > 0) {
    const quantity = guests * nights;
    lines.push({ code: 'BOARD', quantity, unit: money(row.board_supplement_minor, currency), amount: money(row.board_supplement_minor * quantity, currency) });
  }
  const total = lines.reduce((n, l) => n + l.amount.amount, 0);
  const terms = cancellationTermsOf(row);
  return {
    kind: 'HOTEL',
    offerId: encodeOfferId({ kind: 'HOTEL', ratePlanId: row.rate_plan_id, checkIn, checkOut, rooms, guests }),
    supplier: SUPPLIER_NAME,
    hotel: summaryOf(row),
    roomType: { id: row.room_type_id, code: row.room_code, maxOccupancy: row.max_occupancy, beds: row.beds, sizeM2: row.size_m2 },
    ratePlan: { id: row.rate_plan_id, code: row.rate_code, board: row.board },
    checkIn,
    checkOut,
    nights,
    rooms,
    guests,
    checkInAt: zonedTimeToUtc(checkIn, row.check_in_time, row.time_zone),
    checkOutAt: zonedTimeToUtc(checkOut, row.check_out_time, row.time_zone),
    price: {
      total: money(total, currency),
      lines,
      firstNight: money(row.first_night * rooms + row.board_supplement_minor * guests, currency),
      perNight: money(Math.round(total / nights), currency),
    },
    cancellationTerms: terms,
    cancellation: cancellationFor(terms, checkIn, row.check_in_time, row.time_zone),
    roomsLeft: row.rooms_left,
  };
}

function unavailableReason(row: StayRow, criteria: Omit<HotelSearchCriteria, 'cityId'>, at: Date): RateUnavailableReason | null {
  const nights = daysBetween(criteria.checkIn, criteria.checkOut);
  if (row.max_occupancy * criteria.rooms < criteria.guests) return 'TOO_MANY_GUESTS';
  if (row.nights !== nights || zonedTimeToUtc(criteria.checkIn, row.check_in_time, row.time_zone) <= at) return 'NOT_ON_SALE';
  if (row.rooms_left < criteria.rooms) return 'SOLD_OUT';
  return null;
}

type HoldRow = { hold_id: string; status: string; room_type_id: number | null; check_in: Date | null; check_out: Date | null; rooms: number | null; documents: string[] };

export function createCatalogHotelSupplier(db: Queryable): HotelSupplier {
  async function search(criteria: HotelSearchCriteria, at: Date): Promise<HotelSearchResult> {
    const nights = daysBetween(criteria.checkIn, criteria.checkOut);
    if (nights < 1 || nights > MAX_NIGHTS) return { offers: [] };
    const rows = await db.$queryRawUnsafe<StayRow[]>(
      CITY_STAYS_SQL,
      criteria.cityId,
      criteria.checkIn,
      criteria.checkOut,
      criteria.rooms,
      criteria.guests,
      nights,
    );
    const offers = rows
      .filter((row) => zonedTimeToUtc(criteria.checkIn, row.check_in_time, row.time_zone) > at)
      .map((row) => offerOf(row, criteria));
    return { offers };
  }

  async function getHotel(slug: string, criteria: Omit<HotelSearchCriteria, 'cityId'>, at: Date): Promise<HotelDetails | null> {
    const rows = await db.$queryRawUnsafe<StayRow[]>(HOTEL_STAYS_SQL, slug, criteria.checkIn, criteria.checkOut);
    if (rows.length === 0) return null;
    const rooms = new Map<number, HotelDetails['rooms'][number]>();
    for (const row of rows) {
      let room = rooms.get(row.room_type_id);
      if (!room) {
        room = { roomType: { id: row.room_type_id, code: row.room_code, maxOccupancy: row.max_occupancy, beds: row.beds, sizeM2: row.size_m2 }, rates: [] };
        rooms.set(row.room_type_id, room);
      }
      const unavailable = unavailableReason(row, criteria, at);
      room.rates.push({
        ratePlan: { id: row.rate_plan_id, code: row.rate_code, board: row.board, cancellationTerms: cancellationTermsOf(row) },
        offer: unavailable ? null : offerOf(row, criteria),
        unavailable,
      });
    }
    return { hotel: summaryOf(rows[0]!), rooms: [...rooms.values()] };
  }

  // An offer is what the rate costs for the stay; whether it can still be booked at a given moment
  // (check-in passed, rooms left) is for reprice and hold to say.
  async function getOffer(offerId: string): Promise<HotelOffer | null> {
    const key = decodeOfferId(offerId);
    if (!key || key.kind !== 'HOTEL') return null;
    const nights = daysBetween(key.checkIn, key.checkOut);
    if (nights < 1 || nights > MAX_NIGHTS) return null;
    const [row] = await db.$queryRawUnsafe<StayRow[]>(RATE_STAY_SQL, key.ratePlanId, key.checkIn, key.checkOut);
    if (!row || row.nights !== nights || row.max_occupancy * key.rooms < key.guests || key.guests < key.rooms) return null;
    return offerOf(row, key);
  }

  async function reprice(offer: HotelOffer, at: Date): Promise<RepriceResult<HotelOffer>> {
    const current = await getOffer(offer.offerId);
    if (!current) return { status: 'NOT_FOUND' };
    if (current.roomsLeft < current.rooms || current.checkInAt <= at) return { status: 'SOLD_OUT' };
    if (current.price.total.amount !== offer.price.total.amount || current.price.total.currency !== offer.price.total.currency) {
      return { status: 'PRICE_CHANGED', offer: current, previousTotal: offer.price.total };
    }
    return { status: 'AVAILABLE', offer: current };
  }

  async function hold(tx: SupplierTx, request: HoldRequest<HotelOffer>): Promise<HoldResult> {
    const existing = await lockHold<HoldRow>(tx, request.holdId);
    if (existing && existing.status !== 'RELEASED') return { status: 'HELD', supplierRef: request.holdId };
    const key = decodeOfferId(request.offer.offerId);
    if (!key || key.kind !== 'HOTEL') return { status: 'SOLD_OUT' };
    const [plan] = await tx.$queryRawUnsafe<{ room_type_id: number; check_in_time: string; time_zone: string }[]>(
      `SELECT rp.room_type_id, h.check_in_time, h.time_zone FROM rate_plans rp JOIN hotels h ON h.id = rp.hotel_id WHERE rp.id = $1`,
      key.ratePlanId,
    );
    if (!plan) return { status: 'SOLD_OUT' };
    if (zonedTimeToUtc(key.checkIn, plan.check_in_time, plan.time_zone) <= request.at) return { status: 'CLOSED', reason: 'CHECK_IN_PASSED' };
    const nights = daysBetween(key.checkIn, key.checkOut);
    const taken = await tx.$queryRawUnsafe<{ night: Date }[]>(
      `UPDATE room_nights SET sold = sold + $4
       WHERE room_type_id = $1 AND night >= $2::date AND night < $3::date AND allotment - sold >= $4
       RETURNING night`,
      plan.room_type_id,
      key.checkIn,
      key.checkOut,
      key.rooms,
    );
    if (taken.length !== nights) {
      if (taken.length > 0) {
        await tx.$executeRawUnsafe(
          `UPDATE room_nights SET sold = sold - $3 WHERE room_type_id = $1 AND night = ANY($2::date[])`,
          plan.room_type_id,
          taken.map((t) => toLocalDate(t.night)),
          key.rooms,
        );
      }
      return { status: 'SOLD_OUT' };
    }
    await recordHold(tx, {
      holdId: request.holdId,
      offerId: request.offer.offerId,
      expiresAt: request.expiresAt,
      taken: { kind: 'HOTEL', roomTypeId: plan.room_type_id, checkIn: key.checkIn, checkOut: key.checkOut, rooms: key.rooms },
    });
    return { status: 'HELD', supplierRef: request.holdId };
  }

  async function confirm(tx: SupplierTx, holdId: string): Promise<ConfirmResult> {
    const held = await lockHold<HoldRow>(tx, holdId, 'HOTEL');
    if (!held || held.status === 'RELEASED') return { status: 'FAILED', reason: 'NO_ACTIVE_HOLD' };
    if (held.status === 'CONFIRMED') return { status: 'CONFIRMED', supplierRef: holdId, documents: held.documents };
    const documents = [`KRV-H-${String(hashSeed('hotel', holdId) % 1_000_000_000).padStart(9, '0')}`];
    await markHoldConfirmed(tx, holdId, documents);
    return { status: 'CONFIRMED', supplierRef: holdId, documents };
  }

  async function release(tx: SupplierTx, holdId: string): Promise<void> {
    const held = await lockHold<HoldRow>(tx, holdId, 'HOTEL');
    if (!held || held.status === 'RELEASED' || held.room_type_id === null || !held.check_in || !held.check_out) return;
    await tx.$executeRawUnsafe(
      `UPDATE room_nights SET sold = greatest(0, sold - $4) WHERE room_type_id = $1 AND night >= $2::date AND night < $3::date`,
      held.room_type_id,
      toLocalDate(held.check_in),
      toLocalDate(held.check_out),
      held.rooms ?? 0,
    );
    await markHoldReleased(tx, holdId);
  }

  return { name: SUPPLIER_NAME, search, getHotel, getOffer, reprice, hold, confirm, release };
}
