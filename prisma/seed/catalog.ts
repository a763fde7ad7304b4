/**
 * Writes the demo catalog (lib/inventory/catalog) into PostgreSQL: ~75,000 dated departures with
 * ~350,000 fares, ~370 hotels with ~470,000 room-nights, and the transfer network.
 *
 * Rows go in as multi-row INSERT … SELECT FROM unnest($1::int[], $2::text[], …): one statement per
 * batch of thousands of rows, a handful of parameters each, so the whole catalog loads in seconds
 * inside the seed step's transaction.
 */
import {
  AIRLINES,
  AIRPORTS,
  CITIES,
  DEFAULT_CATALOG_SEED,
  FLIGHT_DAYS,
  HOTEL_CITY_IDS,
  HOTEL_DAYS,
  generateFareFamilies,
  generateFlightRoutes,
  generateFlights,
  generateHotels,
  generateRoomNights,
  generateTransfers,
  localDateOf,
} from '../../lib/inventory/catalog';
import type { FareRow, FlightSegmentRow } from '../../lib/inventory/catalog/types';

/** What the seed needs from a database handle: Prisma's client or transaction client both fit. */
export type RawExecutor = { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> };

export type CatalogSeedOptions = {
  seed?: number;
  /** first day of the catalog, 'YYYY-MM-DD'; default today (UTC) */
  startDate?: string;
  flightDays?: number;
  hotelDays?: number;
  /** progress lines, e.g. console.log */
  log?: (line: string) => void;
};

export type CatalogSeedSummary = {
  seed: number;
  startDate: string;
  airports: number;
  segments: number;
  fares: number;
  hotels: number;
  roomNights: number;
  transferRoutes: number;
};

const BATCH = 5_000;

type Column = { name: string; type: string; cast?: string };

type BatchedInsert<T> = {
  /** Buffers a row; true when the batch is full and should be flushed. */
  add(row: T): boolean;
  /** Writes the buffered rows in one statement. */
  flush(): Promise<void>;
  /** Rows written or buffered so far. */
  readonly count: number;
};

/**
 * The one batched insert of the catalog seed. Each column is sent as one array parameter; `cast` turns the
 * array's element into the column type where arrays of arrays or enums cannot travel as parameters.
 * `beforeFlush` writes what the rows depend on first (a fare's segment), so foreign keys always find it.
 */
function batchedInsert<T>(
  db: RawExecutor,
  table: string,
  columns: Column[],
  toValues: (row: T) => unknown[],
  beforeFlush?: () => Promise<void>,
): BatchedInsert<T> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const selects = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS t(${aliases})`;
  let buffers: unknown[][] = columns.map(() => []);
  let pending = 0;
  let count = 0;
  return {
    add(row) {
      const values = toValues(row);
      for (let i = 0; i < columns.length; i++) buffers[i]!.push(values[i]);
      pending++;
      count++;
      return pending >= BATCH;
    },
    async flush() {
      if (pending === 0) return;
      await beforeFlush?.();
      const batch = buffers;
      buffers = columns.map(() => []);
      pending = 0;
      await db.$executeRawUnsafe(sql, ...batch);
    },
    get count() {
      return count;
    },
  };
}

/** Inserts `rows` in batches; returns how many. */
async function insertMany<T>(db: RawExecutor, table: string, columns: Column[], rows: Iterable<T>, toValues: (row: T) => unknown[]): Promise<number> {
  const insert = batchedInsert(db, table, columns, toValues);
  for (const row of rows) if (insert.add(row)) await insert.flush();
  await insert.flush();
  return insert.count;
}

const CATALOG_TABLES = [
  'catalog_holds',
  'transfer_day_loads',
  'transfer_fleet',
  'transfer_prices',
  'transfer_routes',
  'transfer_zones',
  'room_nights',
  'rate_plans',
  'room_types',
  'hotels',
  'fares',
  'flight_segments',
  'flight_routes',
  'fare_families',
  'airlines',
  'airports',
  'cities',
];

const pgArray = (items: readonly (string | number)[]) => `{${items.join(',')}}`;

/** Replaces the catalog with a freshly generated one. Same seed and start date → same rows. */
export async function seedCatalog(db: RawExecutor, options: CatalogSeedOptions = {}): Promise<CatalogSeedSummary> {
  const seed = options.seed ?? DEFAULT_CATALOG_SEED;
  const startDate = options.startDate ?? localDateOf(new Date());
  const flightDays = options.flightDays ?? FLIGHT_DAYS;
  const hotelDays = options.hotelDays ?? HOTEL_DAYS;
  const log = options.log ?? (() => undefined);
  let t = Date.now();
  const lap = (what: string) => {
    log(`catalog: ${what} in ${Date.now() - t} ms`);
    t = Date.now();
  };

  await db.$executeRawUnsafe(`TRUNCATE ${CATALOG_TABLES.map((n) => `"${n}"`).join(', ')}`);

  const hotelCities = new Set(HOTEL_CITY_IDS);
  await insertMany(
    db,
    'cities',
    [
      { name: 'id', type: 'text' },
      { name: 'name_en', type: 'text' },
      { name: 'name_ru', type: 'text' },
      { name: 'name_az', type: 'text' },
      { name: 'name_kk', type: 'text' },
      { name: 'country_code', type: 'text' },
      { name: 'time_zone', type: 'text' },
      { name: 'lat', type: 'float8' },
      { name: 'lon', type: 'float8' },
      { name: 'has_hotels', type: 'bool' },
    ],
    CITIES,
    (c) => [c.id, c.name.en, c.name.ru, c.name.az, c.name.kk, c.countryCode, c.timeZone, c.lat, c.lon, hotelCities.has(c.id)],
  );
  const airports = await insertMany(
    db,
    'airports',
    [
      { name: 'code', type: 'text' },
      { name: 'city_id', type: 'text' },
      { name: 'name_en', type: 'text' },
      { name: 'name_ru', type: 'text' },
      { name: 'name_az', type: 'text' },
      { name: 'name_kk', type: 'text' },
      { name: 'country_code', type: 'text' },
      { name: 'time_zone', type: 'text' },
      { name: 'lat', type: 'float8' },
      { name: 'lon', type: 'float8' },
    ],
    AIRPORTS,
    (a) => [a.code, a.cityId, a.name.en, a.name.ru, a.name.az, a.name.kk, a.countryCode, a.timeZone, a.lat, a.lon],
  );
  await insertMany(
    db,
    'airlines',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'country_code', type: 'text' },
      { name: 'currency', type: 'text' },
      { name: 'low_cost', type: 'bool' },
    ],
    AIRLINES,
    (a) => [a.code, a.name, a.countryCode, a.currency, a.lowCost],
  );
  await insertMany(
    db,
    'fare_families',
    [
      { name: 'id', type: 'int4' },
      { name: 'airline_code', type: 'text' },
      { name: 'cabin', type: 'text', cast: 'catalog_cabin' },
      { name: 'code', type: 'text' },
      { name: 'currency', type: 'text' },
      { name: 'checked_bags', type: 'int2' },
      { name: 'checked_bag_kg', type: 'int2' },
      { name: 'cabin_bag_kg', type: 'int2' },
      { name: 'refundable', type: 'bool' },
      { name: 'refund_penalty_minor', type: 'int4' },
      { name: 'changeable', type: 'bool' },
      { name: 'change_fee_minor', type: 'int4' },
      { name: 'rank', type: 'int2' },
    ],
    generateFareFamilies(seed),
    (f) => [
      f.id,
      f.airlineCode,
      f.cabin,
      f.code,
      f.currency,
      f.checkedBags,
      f.checkedBagKg,
      f.cabinBagKg,
      f.refund.kind === 'REFUNDABLE',
      f.refund.kind === 'REFUNDABLE' ? f.refund.penaltyMinor : null,
      f.change.kind === 'CHANGEABLE',
      f.change.kind === 'CHANGEABLE' ? f.change.feeMinor : null,
      f.rank,
    ],
  );
  await insertMany(
    db,
    'flight_routes',
    [
      { name: 'id', type: 'int4' },
      { name: 'airline_code', type: 'text' },
      { name: 'flight_number', type: 'text' },
      { name: 'origin', type: 'text' },
      { name: 'destination', type: 'text' },
      { name: 'days', type: 'text', cast: 'int2[]' },
      { name: 'departure_time', type: 'text' },
      { name: 'block_minutes', type: 'int2' },
      { name: 'distance_km', type: 'int4' },
      { name: 'aircraft', type: 'text' },
    ],
    generateFlightRoutes(seed),
    (r) => [r.id, r.airlineCode, r.flightNumber, r.origin, r.destination, pgArray(r.days), r.departureTime, r.blockMinutes, r.distanceKm, r.aircraft],
  );
  lap('places, airlines, routes');

  // Segments and their fares come from one generator pass; a batch of fares first writes the segments
  // still buffered, so that the foreign key always finds its segment.
  const segmentColumns: Column[] = [
    { name: 'id', type: 'int4' },
    { name: 'route_id', type: 'int4' },
    { name: 'airline_code', type: 'text' },
    { name: 'flight_number', type: 'text' },
    { name: 'origin', type: 'text' },
    { name: 'destination', type: 'text' },
    { name: 'departure_date', type: 'date' },
    { name: 'departure_at', type: 'timestamptz' },
    { name: 'arrival_at', type: 'timestamptz' },
    { name: 'departure_minute_local', type: 'int2' },
    { name: 'duration_minutes', type: 'int2' },
    { name: 'aircraft', type: 'text' },
  ];
  const fareColumns: Column[] = [
    { name: 'id', type: 'int4' },
    { name: 'segment_id', type: 'int4' },
    { name: 'fare_family_id', type: 'int4' },
    { name: 'cabin', type: 'text', cast: 'catalog_cabin' },
    { name: 'booking_class', type: 'text' },
    { name: 'currency', type: 'text' },
    { name: 'base_minor', type: 'int4' },
    { name: 'tax_minor', type: 'int4' },
    { name: 'seats_left', type: 'int4' },
  ];
  const segmentInsert = batchedInsert<FlightSegmentRow>(db, 'flight_segments', segmentColumns, (s) => [
    s.id,
    s.routeId,
    s.airlineCode,
    s.flightNumber,
    s.origin,
    s.destination,
    s.departureDate,
    s.departureAt.toISOString(),
    s.arrivalAt.toISOString(),
    s.departureMinuteLocal,
    s.durationMinutes,
    s.aircraft,
  ]);
  const fareInsert = batchedInsert<FareRow>(
    db,
    'fares',
    fareColumns,
    (f) => [f.id, f.segmentId, f.fareFamilyId, f.cabin, f.bookingClass, f.currency, f.baseMinor, f.taxMinor, f.seatsLeft],
    () => segmentInsert.flush(),
  );
  for (const { segment, fares: segmentFares } of generateFlights({ seed, startDate, days: flightDays })) {
    if (segmentInsert.add(segment)) await segmentInsert.flush();
    for (const fare of segmentFares) if (fareInsert.add(fare)) await fareInsert.flush();
  }
  await segmentInsert.flush();
  await fareInsert.flush();
  const segments = segmentInsert.count;
  const fares = fareInsert.count;
  lap(`${segments} departures, ${fares} fares`);

  const hotels = generateHotels(seed);
  await insertMany(
    db,
    'hotels',
    [
      { name: 'id', type: 'int4' },
      { name: 'slug', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'city_id', type: 'text' },
      { name: 'district', type: 'text' },
      { name: 'address', type: 'text' },
      { name: 'stars', type: 'int2' },
      { name: 'lat', type: 'float8' },
      { name: 'lon', type: 'float8' },
      { name: 'time_zone', type: 'text' },
      { name: 'currency', type: 'text' },
      { name: 'check_in_time', type: 'text' },
      { name: 'check_out_time', type: 'text' },
      { name: 'amenities', type: 'text', cast: 'text[]' },
      { name: 'photos', type: 'text', cast: 'jsonb' },
      { name: 'review_score', type: 'int2' },
    ],
    hotels.map((h) => h.hotel),
    (h) => [
      h.id,
      h.slug,
      h.name,
      h.cityId,
      h.district,
      h.address,
      h.stars,
      h.lat,
      h.lon,
      h.timeZone,
      h.currency,
      h.checkInTime,
      h.checkOutTime,
      pgArray(h.amenities),
      JSON.stringify(h.photos),
      Math.round(h.reviewScore * 10),
    ],
  );
  await insertMany(
    db,
    'room_types',
    [
      { name: 'id', type: 'int4' },
      { name: 'hotel_id', type: 'int4' },
      { name: 'code', type: 'text' },
      { name: 'max_occupancy', type: 'int2' },
      { name: 'beds', type: 'text' },
      { name: 'size_m2', type: 'int2' },
      { name: 'base_allotment', type: 'int2' },
      { name: 'base_price_minor', type: 'int4' },
    ],
    hotels.flatMap((h) => h.roomTypes),
    (r) => [r.id, r.hotelId, r.code, r.maxOccupancy, r.beds, r.sizeM2, r.baseAllotment, r.basePriceMinor],
  );
  await insertMany(
    db,
    'rate_plans',
    [
      { name: 'id', type: 'int4' },
      { name: 'room_type_id', type: 'int4' },
      { name: 'hotel_id', type: 'int4' },
      { name: 'code', type: 'text' },
      { name: 'board', type: 'text', cast: 'catalog_board' },
      { name: 'cancellation', type: 'text', cast: 'catalog_cancellation' },
      { name: 'free_until_days', type: 'int2' },
      { name: 'penalty', type: 'text', cast: 'catalog_penalty' },
      { name: 'penalty_percent', type: 'int2' },
      { name: 'price_factor_bp', type: 'int4' },
      { name: 'board_supplement_minor', type: 'int4' },
    ],
    hotels.flatMap((h) => h.ratePlans),
    (p) => {
      const c = p.cancellation;
      return [
        p.id,
        p.roomTypeId,
        p.hotelId,
        p.code,
        p.board,
        c.kind,
        c.kind === 'FREE_UNTIL' ? c.daysBefore : null,
        c.kind === 'FREE_UNTIL' ? c.penalty.kind : null,
        c.kind === 'FREE_UNTIL' && c.penalty.kind === 'PERCENT' ? c.penalty.percent : null,
        p.priceFactorBp,
        p.boardSupplementMinor,
      ];
    },
  );
  const roomNights = await insertMany(
    db,
    'room_nights',
    [
      { name: 'room_type_id', type: 'int4' },
      { name: 'night', type: 'date' },
      { name: 'allotment', type: 'int2' },
      { name: 'sold', type: 'int2' },
      { name: 'price_minor', type: 'int4' },
    ],
    generateRoomNights(hotels, { seed, startDate, days: hotelDays }),
    (n) => [n.roomTypeId, n.night, n.allotment, n.sold, n.priceMinor],
  );
  lap(`${hotels.length} hotels, ${roomNights} room-nights`);

  const transfers = generateTransfers(seed);
  await insertMany(
    db,
    'transfer_zones',
    [
      { name: 'id', type: 'int4' },
      { name: 'slug', type: 'text' },
      { name: 'city_id', type: 'text' },
      { name: 'name_en', type: 'text' },
      { name: 'name_ru', type: 'text' },
      { name: 'name_az', type: 'text' },
      { name: 'name_kk', type: 'text' },
      { name: 'lat', type: 'float8' },
      { name: 'lon', type: 'float8' },
    ],
    transfers.zones,
    (z) => [z.id, z.slug, z.cityId, z.name.en, z.name.ru, z.name.az, z.name.kk, z.lat, z.lon],
  );
  await insertMany(
    db,
    'transfer_routes',
    [
      { name: 'id', type: 'int4' },
      { name: 'airport_code', type: 'text' },
      { name: 'zone_id', type: 'int4' },
      { name: 'distance_km', type: 'int4' },
      { name: 'duration_minutes', type: 'int2' },
      { name: 'currency', type: 'text' },
    ],
    transfers.routes,
    (r) => [r.id, r.airportCode, r.zoneId, r.distanceKm, r.durationMinutes, r.currency],
  );
  await insertMany(
    db,
    'transfer_prices',
    [
      { name: 'route_id', type: 'int4' },
      { name: 'vehicle_class', type: 'text', cast: 'catalog_vehicle_class' },
      { name: 'amount_minor', type: 'int4' },
      { name: 'currency', type: 'text' },
    ],
    transfers.prices,
    (p) => [p.routeId, p.vehicleClass, p.amountMinor, p.currency],
  );
  await insertMany(
    db,
    'transfer_fleet',
    [
      { name: 'airport_code', type: 'text' },
      { name: 'vehicle_class', type: 'text', cast: 'catalog_vehicle_class' },
      { name: 'vehicles', type: 'int2' },
      { name: 'daily_capacity', type: 'int2' },
    ],
    transfers.fleet,
    (f) => [f.airportCode, f.vehicleClass, f.vehicles, f.dailyCapacity],
  );
  lap('transfers');

  // Fresh statistics, so the planner picks the search indexes from the first query on.
  for (const table of ['flight_segments', 'fares', 'hotels', 'room_types', 'rate_plans', 'room_nights', 'transfer_prices']) {
    await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  }
  lap('analyze');

  return {
    seed,
    startDate,
    airports,
    segments,
    fares,
    hotels: hotels.length,
    roomNights,
    transferRoutes: transfers.routes.length,
  };
}
