/**
 * Airport transfers of the built-in catalog: one vehicle of a class from the airport to a city zone,
 * priced per vehicle. Agreement 6.2 decides until when each class can be booked (16 h standard,
 * 24 h premium); the windows come from lib/rules, the same functions checkout enforces.
 */
import 'server-only';
import { checkTransferBooking } from '../../rules';
import type { VehicleClass } from '../../rules/types';
import { airportOf } from '../catalog/geo';
import { hashSeed } from '../catalog/prng';
import { zonedTimeToUtc } from '../catalog/tz';
import { VEHICLE_CLASSES, vehicleClassOf } from '../catalog/vehicle-classes';
import { toLocalDate, type Queryable } from '../db';
import { decodeOfferId, encodeOfferId } from '../offer-id';
import type {
  ConfirmResult,
  HoldRequest,
  HoldResult,
  RepriceResult,
  TransferOffer,
  TransferSearchCriteria,
  TransferSearchResult,
  TransferSupplier,
  TransferUnavailableReason,
  SupplierTx,
} from '../supplier';
import { lockHold, markHoldConfirmed, markHoldReleased, recordHold } from './holds';
import { SUPPLIER_NAME } from './name';

type PriceRow = {
  route_id: number;
  airport_code: string;
  distance_km: number;
  duration_minutes: number;
  zone_slug: string;
  name_en: string;
  name_ru: string;
  name_az: string;
  name_kk: string;
  vehicle_class: VehicleClass;
  amount_minor: number;
  currency: string;
  daily_capacity: number | null;
  booked: number;
};

const PRICE_COLUMNS = `
  r.id AS route_id, r.airport_code, r.distance_km, r.duration_minutes,
  z.slug AS zone_slug, z.name_en, z.name_ru, z.name_az, z.name_kk,
  p.vehicle_class::text AS vehicle_class, p.amount_minor, p.currency,
  fl.daily_capacity, coalesce(l.booked, 0)::int AS booked`;

const PRICE_JOINS = `
FROM transfer_routes r
JOIN transfer_zones z ON z.id = r.zone_id
JOIN transfer_prices p ON p.route_id = r.id
LEFT JOIN transfer_fleet fl ON fl.airport_code = r.airport_code AND fl.vehicle_class = p.vehicle_class
LEFT JOIN transfer_day_loads l ON l.airport_code = r.airport_code AND l.vehicle_class = p.vehicle_class AND l.service_date = $3::date`;

const ROUTE_PRICES_SQL = `SELECT ${PRICE_COLUMNS} ${PRICE_JOINS} WHERE r.airport_code = $1 AND z.slug = $2`;
const ROUTE_CLASS_SQL = `SELECT ${PRICE_COLUMNS} ${PRICE_JOINS} WHERE r.id = $1 AND p.vehicle_class = $2::catalog_vehicle_class`;

const CLASS_ORDER = new Map(VEHICLE_CLASSES.map((v, i) => [v.code, i]));

function offerOf(row: PriceRow, criteria: Omit<TransferSearchCriteria, 'airportCode' | 'zoneSlug'>, at: Date): TransferOffer {
  const airport = airportOf(row.airport_code);
  const info = vehicleClassOf(row.vehicle_class);
  const pickupAt = zonedTimeToUtc(criteria.pickupDate, criteria.pickupTime, airport.timeZone);
  // Agreement 6.2: booking closes 16 h (standard) / 24 h (premium) before pickup.
  const window = checkTransferBooking(row.vehicle_class, pickupAt, at);
  const unavailable: TransferUnavailableReason[] = [];
  if (criteria.passengers > info.maxPassengers) unavailable.push('TOO_MANY_PASSENGERS');
  if (criteria.bags > info.maxBags) unavailable.push('TOO_MANY_BAGS');
  if (!window.allowed) unavailable.push('TRANSFER_BOOKING_TOO_LATE');
  if (row.daily_capacity === null || row.booked >= row.daily_capacity) unavailable.push('FULLY_BOOKED');
  const price = { amount: row.amount_minor, currency: row.currency };
  return {
    kind: 'TRANSFER',
    offerId: encodeOfferId({
      kind: 'TRANSFER',
      routeId: row.route_id,
      vehicleClass: row.vehicle_class,
      pickupDate: criteria.pickupDate,
      pickupTime: criteria.pickupTime,
      passengers: criteria.passengers,
      bags: criteria.bags,
    }),
    supplier: SUPPLIER_NAME,
    airport: { code: airport.code, name: airport.name, timeZone: airport.timeZone },
    zone: { slug: row.zone_slug, name: { en: row.name_en, ru: row.name_ru, az: row.name_az, kk: row.name_kk } },
    vehicleClass: row.vehicle_class,
    tier: info.tier,
    maxPassengers: info.maxPassengers,
    maxBags: info.maxBags,
    example: info.example,
    pickupAt,
    pickupTimeZone: airport.timeZone,
    passengers: criteria.passengers,
    bags: criteria.bags,
    distanceKm: row.distance_km,
    durationMinutes: row.duration_minutes,
    price: { total: price, lines: [{ code: 'TRANSFER', quantity: 1, unit: price, amount: price }] },
    bookableUntil: window.latestAt,
    unavailable,
  };
}

type HoldRow = { hold_id: string; status: string; airport_code: string | null; vehicle_class: VehicleClass | null; service_date: Date | null; documents: string[] };

export function createCatalogTransferSupplier(db: Queryable): TransferSupplier {
  async function search(criteria: TransferSearchCriteria, at: Date): Promise<TransferSearchResult> {
    const rows = await db.$queryRawUnsafe<PriceRow[]>(ROUTE_PRICES_SQL, criteria.airportCode, criteria.zoneSlug, criteria.pickupDate);
    const offers = rows
      .map((row) => offerOf(row, criteria, at))
      .sort((a, b) => CLASS_ORDER.get(a.vehicleClass)! - CLASS_ORDER.get(b.vehicleClass)!);
    return { offers };
  }

  async function getOffer(offerId: string, at: Date): Promise<TransferOffer | null> {
    const key = decodeOfferId(offerId);
    if (!key || key.kind !== 'TRANSFER') return null;
    const [row] = await db.$queryRawUnsafe<PriceRow[]>(ROUTE_CLASS_SQL, key.routeId, key.vehicleClass, key.pickupDate);
    return row ? offerOf(row, key, at) : null;
  }

  async function reprice(offer: TransferOffer, at: Date): Promise<RepriceResult<TransferOffer>> {
    const current = await getOffer(offer.offerId, at);
    if (!current) return { status: 'NOT_FOUND' };
    if (current.unavailable.length > 0) return { status: 'SOLD_OUT' };
    if (current.price.total.amount !== offer.price.total.amount || current.price.total.currency !== offer.price.total.currency) {
      return { status: 'PRICE_CHANGED', offer: current, previousTotal: offer.price.total };
    }
    return { status: 'AVAILABLE', offer: current };
  }

  async function hold(tx: SupplierTx, request: HoldRequest<TransferOffer>): Promise<HoldResult> {
    const existing = await lockHold<HoldRow>(tx, request.holdId);
    if (existing && existing.status !== 'RELEASED') return { status: 'HELD', supplierRef: request.holdId };
    const key = decodeOfferId(request.offer.offerId);
    if (!key || key.kind !== 'TRANSFER') return { status: 'SOLD_OUT' };
    const [row] = await tx.$queryRawUnsafe<PriceRow[]>(ROUTE_CLASS_SQL, key.routeId, key.vehicleClass, key.pickupDate);
    if (!row) return { status: 'SOLD_OUT' };
    const offer = offerOf(row, key, request.at);
    if (offer.unavailable.includes('TRANSFER_BOOKING_TOO_LATE')) return { status: 'CLOSED', reason: 'TRANSFER_BOOKING_TOO_LATE' };
    if (offer.unavailable.length > 0) return { status: 'SOLD_OUT' };
    // One vehicle more on the day, never past the fleet's capacity, even under concurrent holds:
    // the upsert locks the day's row and re-checks the limit.
    const taken = await tx.$queryRawUnsafe<{ booked: number }[]>(
      `INSERT INTO transfer_day_loads AS l (airport_code, vehicle_class, service_date, booked)
       SELECT fl.airport_code, fl.vehicle_class, $3::date, 1 FROM transfer_fleet fl
       WHERE fl.airport_code = $1 AND fl.vehicle_class = $2::catalog_vehicle_class AND fl.daily_capacity >= 1
       ON CONFLICT (airport_code, vehicle_class, service_date) DO UPDATE SET booked = l.booked + 1
       WHERE l.booked + 1 <= (SELECT daily_capacity FROM transfer_fleet f
                              WHERE f.airport_code = l.airport_code AND f.vehicle_class = l.vehicle_class)
       RETURNING l.booked`,
      row.airport_code,
      key.vehicleClass,
      key.pickupDate,
    );
    if (taken.length === 0) return { status: 'SOLD_OUT' };
    await recordHold(tx, {
      holdId: request.holdId,
      offerId: request.offer.offerId,
      expiresAt: request.expiresAt,
      taken: { kind: 'TRANSFER', airportCode: row.airport_code, vehicleClass: key.vehicleClass, serviceDate: key.pickupDate },
    });
    return { status: 'HELD', supplierRef: request.holdId };
  }

  async function confirm(tx: SupplierTx, holdId: string): Promise<ConfirmResult> {
    const held = await lockHold<HoldRow>(tx, holdId, 'TRANSFER');
    if (!held || held.status === 'RELEASED') return { status: 'FAILED', reason: 'NO_ACTIVE_HOLD' };
    if (held.status === 'CONFIRMED') return { status: 'CONFIRMED', supplierRef: holdId, documents: held.documents };
    const documents = [`KRV-T-${String(hashSeed('transfer', holdId) % 1_000_000_000).padStart(9, '0')}`];
    await markHoldConfirmed(tx, holdId, documents);
    return { status: 'CONFIRMED', supplierRef: holdId, documents };
  }

  async function release(tx: SupplierTx, holdId: string): Promise<void> {
    const held = await lockHold<HoldRow>(tx, holdId, 'TRANSFER');
    if (!held || held.status === 'RELEASED' || !held.airport_code || !held.vehicle_class || !held.service_date) return;
    await tx.$executeRawUnsafe(
      `UPDATE transfer_day_loads SET booked = greatest(0, booked - 1)
       WHERE airport_code = $1 AND vehicle_class = $2::catalog_vehicle_class AND service_date = $3::date`,
      held.airport_code,
      held.vehicle_class,
      toLocalDate(held.service_date),
    );
    await markHoldReleased(tx, holdId);
  }

  return { name: SUPPLIER_NAME, search, getOffer, reprice, hold, confirm, release };
}
