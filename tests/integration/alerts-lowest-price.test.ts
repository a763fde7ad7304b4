/**
 * The price-alert job prices many distinct searches with one grouped catalog query per kind and batch
 * (lib/inventory/catalog-supplier/*-lowest-totals.ts). Its price must be the cheapest offer the results
 * page shows for the same search: direct flights, connections, round trips, children and infants,
 * business, cities with two airports, fares short of seats; hotel stays of several nights and rooms.
 */
import { seedSmallCatalog } from './catalog-helpers';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { lowestPricesOf, PRICE_BATCH } from '@/lib/alerts/lowest-price';
import { normaliseSearch, type NormalisedSearch } from '@/lib/alerts/normalise-search';
import { addDays, HOTEL_CITY_IDS, localDateOf } from '@/lib/inventory/catalog';
import { createCatalogSuppliers } from '@/lib/inventory/catalog-supplier';
import type { Queryable } from '@/lib/inventory/db';
import { searchFlightResults } from '@/lib/inventory/search-flights';
import { searchHotelResults } from '@/lib/inventory/search-hotels';
import type { Money } from '@/lib/money';

const now = new Date();
const today = localDateOf(now);
let queries = 0;
const counting: Queryable = {
  $queryRawUnsafe: (q, ...v) => (queries++, db.$queryRawUnsafe(q, ...v)),
  $executeRawUnsafe: (q, ...v) => (queries++, db.$executeRawUnsafe(q, ...v)),
};
const suppliers = createCatalogSuppliers(counting);

type Pair = { origin: string; destination: string; day: string };
let direct: Pair[] = [];
let connecting: Pair[] = [];

beforeAll(async () => {
  await seedSmallCatalog();
  // A third of the fares have a single seat left: two travellers cannot take them on any flight of a journey.
  await db.$executeRawUnsafe(`UPDATE fares SET seats_left = 1 WHERE id % 3 = 0`);
  const pairs = (sql: string) => db.$queryRawUnsafe<Pair[]>(sql, addDays(today, 1), addDays(today, 4));
  direct = await pairs(
    `SELECT DISTINCT origin::text AS origin, destination::text AS destination, to_char(departure_date, 'YYYY-MM-DD') AS day
       FROM flight_segments WHERE departure_date BETWEEN $1::date AND $2::date ORDER BY 3, 1, 2 LIMIT 40`,
  );
  // Same-airline connections to places with no direct flight from the origin that day.
  connecting = await pairs(
    `SELECT DISTINCT s1.origin::text AS origin, s2.destination::text AS destination, to_char(s1.departure_date, 'YYYY-MM-DD') AS day
       FROM flight_segments s1
       JOIN flight_segments s2 ON s2.origin = s1.destination AND s2.airline_code = s1.airline_code
        AND s2.departure_at BETWEEN s1.arrival_at + interval '50 minutes' AND s1.arrival_at + interval '12 hours'
      WHERE s1.departure_date BETWEEN $1::date AND $2::date AND s2.destination <> s1.origin
        AND NOT EXISTS (SELECT 1 FROM flight_segments d WHERE d.origin = s1.origin AND d.destination = s2.destination AND d.departure_date = s1.departure_date)
      ORDER BY 3, 1, 2 LIMIT 40`,
  );
}, 180_000);

function flight(params: Record<string, string>): NormalisedSearch {
  const search = normaliseSearch('FLIGHT', params, today);
  if (!search) throw new Error(`not a valid search: ${JSON.stringify(params)}`);
  return search;
}

/** One-way, round trip with a family, business: on every pair picked from the catalog. */
function flightSearches(): NormalisedSearch[] {
  const out: NormalisedSearch[] = [];
  [...direct, ...connecting].forEach(({ origin, destination, day }, k) => {
    const route = { from: origin.trim(), to: destination.trim(), depart: day };
    if (k % 3 === 0) out.push(flight({ ...route, adults: '1' }));
    if (k % 3 === 1) out.push(flight({ ...route, trip: 'return', return: addDays(day, 1 + (k % 2)), adults: '2', children: '1', infants: '1' }));
    if (k % 3 === 2) out.push(flight({ ...route, adults: '2', cabin: k % 2 ? 'BUSINESS' : 'ECONOMY' }));
  });
  out.push(flight({ from: 'GYD', to: 'istanbul', depart: addDays(today, 2), adults: '1', children: '2' }));
  out.push(flight({ from: 'istanbul', to: 'GYD', trip: 'return', depart: addDays(today, 1), return: addDays(today, 3), adults: '1' }));
  return out;
}

function hotelSearches(): NormalisedSearch[] {
  const out: NormalisedSearch[] = [];
  HOTEL_CITY_IDS.forEach((city, k) => {
    for (const [offset, nights, guests, rooms] of [
      [0, 1, 2, 1],
      [k % 5, 3, 1, 1],
      [2 + (k % 7), 2, 5, 2],
      [10, 6, 4, 1],
    ] as const) {
      const checkIn = addDays(today, offset);
      const search = normaliseSearch('HOTEL', { city, checkIn, checkOut: addDays(checkIn, nights), guests: String(guests), rooms: String(rooms) }, today);
      if (search) out.push(search);
    }
  });
  return out;
}

/** The first offer of the results page (sorted by price, no filters), as the page prices it. */
async function resultsPageCheapest(search: NormalisedSearch): Promise<{ total: Money; stops: number } | null> {
  if (search.kind === 'FLIGHT') {
    const results = await searchFlightResults(search.query, now, { supplier: suppliers.flights });
    const card = results.cards[0];
    return card ? { total: card.cheapest.total, stops: card.stops } : null;
  }
  const results = await searchHotelResults(search.query, now, { supplier: suppliers.hotels });
  const card = results.cards[0];
  return card ? { total: card.cheapest.price.total, stops: 0 } : null;
}

describe('the price-alert job prices a search as the results page does', () => {
  it('equals the cheapest offer on the results page for flights (direct, connections, round trips) and hotels, in one catalog query per kind', async () => {
    const searches = [...flightSearches(), ...hotelSearches()];
    expect(searches.length).toBeLessThanOrEqual(2 * PRICE_BATCH);

    queries = 0;
    const lowest = await lowestPricesOf(searches, suppliers, now);
    expect(queries).toBe(2);

    let flightsPriced = 0;
    let connectionsPriced = 0;
    let roundTripsPriced = 0;
    let hotelsPriced = 0;
    let nothingOnSale = 0;
    for (const [i, search] of searches.entries()) {
      const page = await resultsPageCheapest(search);
      expect({ search: search.queryKey, price: lowest[i]?.price ?? null }).toEqual({ search: search.queryKey, price: page?.total ?? null });
      if (!page) nothingOnSale++;
      else if (search.kind === 'HOTEL') hotelsPriced++;
      else {
        flightsPriced++;
        if (page.stops > 0) connectionsPriced++;
        if (search.query.return) roundTripsPriced++;
      }
    }
    // The comparison covered every kind of journey, and some searches with nothing to sell.
    expect(flightsPriced).toBeGreaterThan(20);
    expect(connectionsPriced).toBeGreaterThan(3);
    expect(roundTripsPriced).toBeGreaterThan(3);
    expect(hotelsPriced).toBeGreaterThan(10);
    expect(nothingOnSale).toBeGreaterThan(0);
  });

  it('a supplier without a batch price check is asked search by search', async () => {
    const searches = [...flightSearches().slice(0, 4), ...hotelSearches().slice(0, 4)];
    const plain = {
      flights: { ...suppliers.flights, lowestTotals: undefined },
      hotels: { ...suppliers.hotels, lowestTotals: undefined },
    };
    const batched = await lowestPricesOf(searches, suppliers, now);
    expect(await lowestPricesOf(searches, plain, now)).toEqual(batched);
  });
});
