/**
 * Issue 21, wiring: with FLIGHT_SUPPLIER=duffel and HOTEL_SUPPLIER=duffel, search merges the catalog's
 * offers with the local Duffel's, each naming its supplier; when Duffel fails, is slow or its circuit
 * is open, search answers with the catalog's offers and names Duffel as unavailable.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { supplierEnv } from '@/lib/env';
import { addDays } from '@/lib/inventory/catalog';
import { startLocalDuffel, type LocalDuffel } from '@/lib/inventory/duffel/local/server';
import { searchFlightResults } from '@/lib/inventory/search-flights';
import { searchHotelResults } from '@/lib/inventory/search-hotels';
import { parseFlightParams, parseHotelParams } from '@/lib/inventory/search-params';
import { createSuppliers } from '@/lib/inventory/suppliers';
import { SUPPLIER_NAME as CATALOG } from '@/lib/inventory/catalog-supplier';
import type { Suppliers } from '@/lib/inventory/supplier';
import { futureStart, seedSmallCatalog } from './catalog-helpers';

const start = futureStart();
const day = addDays(start, 2);
// The deadline leaves a loaded CI machine room to answer (a 300 ms one lost Duffel's rates under load);
// SLOW_MS stays well above it, so the test of not waiting still tells the two apart.
const SLOW_MS = 6_000;
const DEADLINE_MS = 2_500;
let local: LocalDuffel;
let suppliers: Suppliers;

const flightCriteria = { origins: ['GYD'], destinations: ['IST'], departDate: day, passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'ECONOMY' as const };
const stay = { cityId: 'baku', checkIn: day, checkOut: addDays(day, 2), guests: 2, rooms: 1 };

beforeAll(async () => {
  await seedSmallCatalog({ startDate: start, flightDays: 4 });
  local = await startLocalDuffel();
});
afterAll(() => local.close());
beforeEach(() => {
  local.setFaults({ latencyMs: 0, serverErrors: 0, rateLimited: 0, offerGone: false, priceIncrease: 0, holdExpired: false, dropAfterCommit: 0 });
  const config = supplierEnv({ FLIGHT_SUPPLIER: 'duffel', HOTEL_SUPPLIER: 'duffel', DUFFEL_ACCESS_TOKEN: 'duffel_test_localtoken', DUFFEL_API_URL: local.url });
  suppliers = createSuppliers(config, db, { searchDeadlineMs: DEADLINE_MS, duffel: { policy: { timeoutMs: 2_000, backoffMs: 5, retries: 1 }, breaker: { failureThreshold: 2, openMs: 60_000 } } });
});

describe('suppliers chosen by the environment', () => {
  it('keeps the catalog alone by default, and transfers always on the catalog', () => {
    const plain = createSuppliers(supplierEnv({}), db);
    expect([plain.flights.name, plain.hotels.name, plain.transfers.name]).toEqual([CATALOG, CATALOG, CATALOG]);
    expect([suppliers.flights.name, suppliers.hotels.name, suppliers.transfers.name]).toEqual([`${CATALOG}+duffel`, `${CATALOG}+duffel`, CATALOG]);
    expect(() => supplierEnv({ FLIGHT_SUPPLIER: 'duffel' })).toThrow(/DUFFEL_ACCESS_TOKEN/);
  });

  it('merges catalog and Duffel flight offers, each naming its supplier, and routes an offer back to its supplier', async () => {
    const { offers, unavailable } = await suppliers.flights.search(flightCriteria, new Date());
    expect(unavailable).toBeUndefined();
    const ofCatalog = offers.filter((o) => o.supplier === CATALOG);
    const ofDuffel = offers.filter((o) => o.supplier === 'duffel');
    expect(ofCatalog.length).toBeGreaterThan(0);
    expect(ofDuffel.length).toBeGreaterThan(0);
    expect(ofCatalog.length + ofDuffel.length).toBe(offers.length);
    const duffel = ofDuffel[0]!;
    expect((await suppliers.flights.getOffer(duffel.offerId, new Date()))?.supplier).toBe('duffel');
    const catalog = ofCatalog[0]!;
    expect((await suppliers.flights.getOffer(catalog.offerId, new Date()))?.supplier).toBe(CATALOG);
  });

  it('merges hotel rates of both suppliers', async () => {
    const { offers, unavailable } = await suppliers.hotels.search(stay, new Date());
    expect(unavailable).toBeUndefined();
    expect(new Set(offers.map((o) => o.supplier))).toEqual(new Set([CATALOG, 'duffel']));
  });

  it('answers with the catalog and names Duffel unavailable when Duffel answers 500', async () => {
    local.setFaults({ serverErrors: 100 });
    const { offers, unavailable } = await suppliers.flights.search(flightCriteria, new Date());
    expect(unavailable).toEqual(['duffel']);
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((o) => o.supplier === CATALOG)).toBe(true);
  });

  it('does not wait for a Duffel slower than the search deadline', async () => {
    local.setFaults({ latencyMs: SLOW_MS });
    const startedAt = Date.now();
    const { offers, unavailable } = await suppliers.hotels.search(stay, new Date());
    // Logical bound, not a speed goal: the answer came before Duffel's could have.
    expect(Date.now() - startedAt).toBeLessThan(SLOW_MS);
    expect(unavailable).toEqual(['duffel']);
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((o) => o.supplier === CATALOG)).toBe(true);
  });

  it('asks Duffel nothing while its circuit is open, and the results page data says so', async () => {
    local.setFaults({ serverErrors: 100 });
    await suppliers.flights.search(flightCriteria, new Date());
    local.setFaults({ serverErrors: 0 });
    const before = local.state.requests;
    const parsed = parseFlightParams({ from: 'GYD', to: 'IST', depart: day, adults: '1' }, start);
    if (parsed.status !== 'VALID') throw new Error('expected a valid query');
    const results = await searchFlightResults(parsed.query, new Date(), { supplier: suppliers.flights });
    expect(local.state.requests).toBe(before);
    expect(results.unavailable).toEqual(['duffel']);
    expect(results.total).toBeGreaterThan(0);
  });

  it('the hotel results carry unavailable too', async () => {
    local.setFaults({ serverErrors: 100 });
    const parsed = parseHotelParams({ city: 'baku', checkIn: stay.checkIn, checkOut: stay.checkOut, guests: '2', rooms: '1' }, start);
    if (parsed.status !== 'VALID') throw new Error('expected a valid query');
    const results = await searchHotelResults(parsed.query, new Date(), { supplier: suppliers.hotels });
    expect(results.unavailable).toEqual(['duffel']);
    expect(results.total).toBeGreaterThan(0);
  });
});
