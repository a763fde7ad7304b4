import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { generateFlights, generateHotels } from '@/lib/inventory/catalog';
import { futureStart, seedSmallCatalog, TEST_SEED } from './catalog-helpers';

const start = futureStart();

async function fingerprint() {
  const [row] = await db.$queryRawUnsafe<{ segments: string; fares: string; nights: string }[]>(`
    SELECT
      (SELECT md5(string_agg(concat_ws('|', id, flight_number, departure_date, departure_at, arrival_at), ',' ORDER BY id)) FROM flight_segments) AS segments,
      (SELECT md5(string_agg(concat_ws('|', id, base_minor, tax_minor, seats_left), ',' ORDER BY id)) FROM fares) AS fares,
      (SELECT md5(string_agg(concat_ws('|', room_type_id, night, allotment, sold, price_minor), ',' ORDER BY room_type_id, night)) FROM room_nights) AS nights`);
  return row!;
}

describe('catalog seed', () => {
  let summary: Awaited<ReturnType<typeof seedSmallCatalog>>;
  beforeAll(async () => {
    summary = await seedSmallCatalog({ startDate: start });
  });

  it('writes what the generators produce', async () => {
    const expected = [...generateFlights({ seed: TEST_SEED, startDate: start, days: 6 })];
    expect(summary.segments).toBe(expected.length);
    expect(summary.fares).toBe(expected.reduce((n, f) => n + f.fares.length, 0));
    expect(summary.hotels).toBe(generateHotels(TEST_SEED).length);
    const [counts] = await db.$queryRawUnsafe<{ segments: number; fares: number; hotels: number; classes: number }[]>(`
      SELECT (SELECT count(*)::int FROM flight_segments) AS segments, (SELECT count(*)::int FROM fares) AS fares,
             (SELECT count(*)::int FROM hotels) AS hotels, (SELECT count(DISTINCT vehicle_class)::int FROM transfer_prices) AS classes`);
    expect(counts).toEqual({ segments: summary.segments, fares: summary.fares, hotels: summary.hotels, classes: 12 });
  });

  it('stores instants that round-trip through PostgreSQL', async () => {
    const first = [...generateFlights({ seed: TEST_SEED, startDate: start, days: 1 })][0]!.segment;
    const [row] = await db.$queryRawUnsafe<{ departure_at: Date; arrival_at: Date; departure_date: Date }[]>(
      `SELECT departure_at, arrival_at, departure_date FROM flight_segments WHERE flight_number = $1 AND departure_date = $2::date`,
      first.flightNumber,
      first.departureDate,
    );
    expect(row!.departure_at.toISOString()).toBe(first.departureAt.toISOString());
    expect(row!.arrival_at.toISOString()).toBe(first.arrivalAt.toISOString());
  });

  it('is deterministic: seeding again with the same seed gives the same rows', async () => {
    const before = await fingerprint();
    await seedSmallCatalog({ startDate: start });
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses inventory below zero or past the allotment', async () => {
    await expect(db.$executeRawUnsafe(`UPDATE fares SET seats_left = -1 WHERE id = (SELECT min(id) FROM fares)`)).rejects.toThrow();
    await expect(
      db.$executeRawUnsafe(`UPDATE room_nights SET sold = allotment + 1 WHERE (room_type_id, night) = (SELECT room_type_id, night FROM room_nights LIMIT 1)`),
    ).rejects.toThrow();
  });
});
