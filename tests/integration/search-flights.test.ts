import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, airportOf, generateFlights, utcToZoned, type GeneratedFlight } from '@/lib/inventory/catalog';
import { createCatalogSuppliers } from '@/lib/inventory/catalog-supplier';
import { MIN_CONNECTION_MINUTES, MAX_CONNECTION_MINUTES } from '@/lib/inventory/catalog-supplier';
import { filterAndSortFlights, groupFlightOffers, timeBandOf, type FlightCard } from '@/lib/inventory/search-flights';
import type { FlightOffer, FlightSearchCriteria } from '@/lib/inventory/supplier';
import type { FlightQuery } from '@/lib/inventory/search-params';
import { futureStart, nextEuSpringForward, seedSmallCatalog, TEST_SEED } from './catalog-helpers';

const start = futureStart();
const day = addDays(start, 2);
const suppliers = createCatalogSuppliers(db);
const now = () => new Date();
const one = { adults: 1, children: 0, infants: 0 };
const noFilters: FlightQuery['filters'] = { stops: null, airlines: [], times: [], maxPrice: null, refundable: false };

function criteria(origins: string[], destinations: string[], departDate: string = day, extra: Partial<FlightSearchCriteria> = {}): FlightSearchCriteria {
  return { origins, destinations, departDate, passengers: one, cabin: 'ECONOMY', ...extra };
}

const generated: GeneratedFlight[] = [];

describe('flight search on the catalog', () => {
  beforeAll(async () => {
    await seedSmallCatalog({ startDate: start });
    generated.push(...generateFlights({ seed: TEST_SEED, startDate: start, days: 6 }));
  });

  it('finds a direct flight with its times and fares as generated', async () => {
    const expected = generated.find((f) => f.segment.airlineCode === 'J2' && f.segment.origin === 'GYD' && f.segment.destination === 'IST' && f.segment.departureDate === day)!;
    const { offers } = await suppliers.flights.search(criteria(['GYD'], ['IST']), now());
    const match = offers.filter((o) => o.slices[0]!.segments.length === 1 && o.slices[0]!.segments[0]!.flightNumber === expected.segment.flightNumber);
    expect(match.length).toBeGreaterThan(0);
    const slice = match[0]!.slices[0]!;
    expect(slice.departureAt.toISOString()).toBe(expected.segment.departureAt.toISOString());
    expect(slice.arrivalAt.toISOString()).toBe(expected.segment.arrivalAt.toISOString());
    expect(slice.stops).toBe(0);
    const light = expected.fares[0]!;
    const lightOffer = match.find((o) => o.fareFamily.code === 'LIGHT');
    if (light.seatsLeft > 0) {
      expect(lightOffer!.price.total).toEqual({ amount: light.baseMinor + light.taxMinor, currency: 'AZN' });
    } else {
      expect(lightOffer).toBeUndefined();
    }
    // Every offer of the search departs on the asked local date at the origin.
    for (const o of offers) expect(utcToZoned(o.slices[0]!.departureAt, 'Asia/Baku').date).toBe(day);
  });

  it('builds one-stop connections on one airline with a sane connection time', async () => {
    // Nakhchivan has no flight to London: every itinerary connects (through Baku or Istanbul).
    const { offers } = await suppliers.flights.search(criteria(['NAJ'], ['LHR']), now());
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      const [first, second] = offer.slices[0]!.segments;
      expect(offer.slices[0]!.stops).toBe(1);
      expect(first!.origin).toBe('NAJ');
      expect(second!.destination).toBe('LHR');
      expect(second!.origin).toBe(first!.destination);
      expect(second!.airlineCode).toBe(first!.airlineCode);
      const ground = (second!.departureAt.getTime() - first!.arrivalAt.getTime()) / 60_000;
      expect(ground).toBeGreaterThanOrEqual(MIN_CONNECTION_MINUTES);
      expect(ground).toBeLessThanOrEqual(MAX_CONNECTION_MINUTES);
      expect(offer.slices[0]!.durationMinutes).toBe((second!.arrivalAt.getTime() - first!.departureAt.getTime()) / 60_000);
    }
    // The offer page gets the same itinerary back from its id.
    const again = await suppliers.flights.getOffer(offers[0]!.offerId, now());
    expect(again?.slices).toEqual(offers[0]!.slices);
    expect(again?.price).toEqual(offers[0]!.price);
  });

  it('prices return trips as both directions on one airline and fare family', async () => {
    const { offers } = await suppliers.flights.search(criteria(['GYD'], ['IST', 'SAW'], day, { returnDate: addDays(day, 2) }), now());
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) {
      expect(o.slices).toHaveLength(2);
      expect(o.slices[1]!.segments[0]!.airlineCode).toBe(o.airline.code);
      expect(['IST', 'SAW']).toContain(o.slices[1]!.origin);
      expect(o.slices[1]!.destination).toBe('GYD');
      expect(o.slices[1]!.departureAt.getTime()).toBeGreaterThan(o.slices[0]!.arrivalAt.getTime());
    }
  });

  it('shows local times across midnight and time zones', async () => {
    // A flight that lands on the next local day at a destination in another zone.
    const target = generated.find((f) => {
      const arrival = utcToZoned(f.segment.arrivalAt, airportOf(f.segment.destination).timeZone);
      return arrival.date > f.segment.departureDate && airportOf(f.segment.origin).timeZone !== airportOf(f.segment.destination).timeZone;
    })!;
    expect(target).toBeDefined();
    const { offers } = await suppliers.flights.search(criteria([target.segment.origin], [target.segment.destination], target.segment.departureDate), now());
    const slice = offers.find((o) => o.slices[0]!.segments[0]!.flightNumber === target.segment.flightNumber && o.slices[0]!.stops === 0)!.slices[0]!;
    const dep = utcToZoned(slice.departureAt, slice.originTimeZone);
    const arr = utcToZoned(slice.arrivalAt, slice.destinationTimeZone);
    expect(dep.date).toBe(target.segment.departureDate);
    expect(arr.date).toBe(addDays(target.segment.departureDate, 1));
    expect(dep.offsetMinutes).not.toBe(arr.offsetMinutes);
    // Local arrival = local departure + block time + the difference between the zones.
    const localGap = Date.parse(`${arr.date}T${arr.time}:00Z`) - Date.parse(`${dep.date}T${dep.time}:00Z`);
    expect(localGap / 60_000).toBe(slice.durationMinutes + arr.offsetMinutes - dep.offsetMinutes);
  });

  it('filters and sorts as asked', async () => {
    const { offers } = await suppliers.flights.search(criteria(['GYD'], ['LHR', 'CDG', 'FRA', 'VIE', 'PRG', 'MXP']), now());
    const cards = groupFlightOffers(offers);
    expect(cards.length).toBeGreaterThan(3);
    const run = (q: Partial<Parameters<typeof filterAndSortFlights>[1]>) =>
      filterAndSortFlights(cards, { filters: noFilters, sort: 'price', page: 1, ...q }).cards;

    const byPrice = run({});
    expect(byPrice.map((c) => c.cheapest.comparable)).toEqual([...byPrice.map((c) => c.cheapest.comparable)].sort((a, b) => a - b));
    const byDeparture = run({ sort: 'departure' }).map((c) => c.slices[0]!.departureAt.getTime());
    expect(byDeparture).toEqual([...byDeparture].sort((a, b) => a - b));
    const byDuration = run({ sort: 'duration' }).map((c) => c.durationMinutes);
    expect(byDuration).toEqual([...byDuration].sort((a, b) => a - b));

    expect(run({ filters: { ...noFilters, stops: 0 } }).every((c: FlightCard) => c.stops === 0)).toBe(true);
    const airline = cards[0]!.airline.code;
    expect(run({ filters: { ...noFilters, airlines: [airline] } }).every((c) => c.airline.code === airline)).toBe(true);
    const refundable = run({ filters: { ...noFilters, refundable: true } });
    expect(refundable.every((c) => c.options.every((o) => o.fareRules.refundable))).toBe(true);
    const evening = run({ filters: { ...noFilters, times: ['evening'] } });
    for (const c of evening) expect(timeBandOf(utcToZoned(c.slices[0]!.departureAt, c.slices[0]!.originTimeZone).minuteOfDay)).toBe('evening');
    const cap = Math.ceil(byPrice[Math.floor(byPrice.length / 2)]!.cheapest.comparable / 100);
    expect(run({ filters: { ...noFilters, maxPrice: cap } }).every((c) => c.cheapest.comparable <= cap * 100)).toBe(true);
  });

  it('never offers a sold-out fare, nor one without seats for the whole party', async () => {
    const { offers } = await suppliers.flights.search(criteria(['ALA'], ['NQZ']), now());
    const target = offers.find((o) => o.slices[0]!.stops === 0)!;
    const fareId = Number(target.offerId.split('.')[2]);
    await db.$executeRawUnsafe(`UPDATE fares SET seats_left = 0 WHERE id = $1`, fareId);
    const after = await suppliers.flights.search(criteria(['ALA'], ['NQZ']), now());
    expect(after.offers.map((o) => o.offerId)).not.toContain(target.offerId);
    expect(await suppliers.flights.reprice(target, now())).toEqual({ status: 'SOLD_OUT' });
    const held = await db.$transaction((tx) => suppliers.flights.hold(tx, { offer: target, holdId: 'sold-out-hold', expiresAt: new Date(Date.now() + 600_000), at: now() }));
    expect(held).toEqual({ status: 'SOLD_OUT' });

    await db.$executeRawUnsafe(`UPDATE fares SET seats_left = 2 WHERE id = $1`, fareId);
    const three = await suppliers.flights.search(criteria(['ALA'], ['NQZ'], day, { passengers: { adults: 3, children: 0, infants: 1 } }), now());
    expect(three.offers.some((o) => o.offerId.endsWith(`.${fareId}`))).toBe(false);
    const two = await suppliers.flights.search(criteria(['ALA'], ['NQZ'], day, { passengers: { adults: 2, children: 0, infants: 0 } }), now());
    expect(two.offers.some((o) => o.offerId.endsWith(`.${fareId}`))).toBe(true);
  });

  it('holds the last seats for exactly as many bookings as there are seats', async () => {
    const { offers } = await suppliers.flights.search(criteria(['GYD'], ['DXB']), now());
    const offer = offers.find((o) => o.slices[0]!.stops === 0)!;
    const fareId = Number(offer.offerId.split('.')[2]);
    await db.$executeRawUnsafe(`UPDATE fares SET seats_left = 3 WHERE id = $1`, fareId);
    const fresh = (await suppliers.flights.getOffer(offer.offerId, now())) as FlightOffer;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.$transaction((tx) => suppliers.flights.hold(tx, { offer: fresh, holdId: `race-${i}`, expiresAt: new Date(Date.now() + 600_000), at: now() })),
      ),
    );
    expect(results.filter((r) => r.status === 'HELD')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'SOLD_OUT')).toHaveLength(7);
    const [left] = await db.$queryRawUnsafe<{ seats_left: number }[]>(`SELECT seats_left FROM fares WHERE id = $1`, fareId);
    expect(left!.seats_left).toBe(0);

    // Holding again with the same id is a no-op; confirming is idempotent; releasing gives the seat back.
    const winner = results.findIndex((r) => r.status === 'HELD');
    await db.$transaction((tx) => suppliers.flights.hold(tx, { offer: fresh, holdId: `race-${winner}`, expiresAt: new Date(Date.now() + 600_000), at: now() }));
    const confirmed = await db.$transaction((tx) => suppliers.flights.confirm(tx, `race-${winner}`));
    expect(confirmed.status).toBe('CONFIRMED');
    expect(await db.$transaction((tx) => suppliers.flights.confirm(tx, `race-${winner}`))).toEqual(confirmed);
    await db.$transaction((tx) => suppliers.flights.release(tx, `race-${winner}`));
    await db.$transaction((tx) => suppliers.flights.release(tx, `race-${winner}`));
    const [after] = await db.$queryRawUnsafe<{ seats_left: number }[]>(`SELECT seats_left FROM fares WHERE id = $1`, fareId);
    expect(after!.seats_left).toBe(1);
  });
});

describe('flight search across the change to summer time', () => {
  const change = nextEuSpringForward();
  beforeAll(async () => {
    await seedSmallCatalog({ startDate: addDays(change, -3), flightDays: 7, hotelDays: 1 });
  });
  // Turkish Airlines flies London–Istanbul daily; Istanbul keeps UTC+3 all year.
  const daily = async (from: string, to: string, date: string) => {
    const { offers } = await suppliers.flights.search(criteria([from], [to], date), now());
    return new Map(offers.filter((o) => o.slices[0]!.stops === 0 && o.airline.code === 'TK').map((o) => [o.slices[0]!.segments[0]!.flightNumber, o.slices[0]!]));
  };

  it('keeps London departures at the same local time, an hour earlier in UTC', async () => {
    const winter = await daily('LHR', 'IST', addDays(change, -1));
    const summer = await daily('LHR', 'IST', addDays(change, 1));
    expect(winter.size).toBeGreaterThan(0);
    for (const [number, w] of winter) {
      const s = summer.get(number)!;
      expect(utcToZoned(w.departureAt, 'Europe/London')).toMatchObject({ time: utcToZoned(s.departureAt, 'Europe/London').time, offsetMinutes: 0 });
      expect(utcToZoned(s.departureAt, 'Europe/London').offsetMinutes).toBe(60);
      const utcMinutes = (d: Date) => d.getUTCHours() * 60 + d.getUTCMinutes();
      expect((utcMinutes(w.departureAt) - utcMinutes(s.departureAt) + 1440) % 1440).toBe(60);
      // Istanbul's clock has no summer time: the same flight lands an hour earlier there.
      expect((utcToZoned(w.arrivalAt, 'Europe/Istanbul').minuteOfDay - utcToZoned(s.arrivalAt, 'Europe/Istanbul').minuteOfDay + 1440) % 1440).toBe(60);
    }
  });

  it('keeps Istanbul departures at the same UTC time, landing an hour later on London clocks', async () => {
    const winter = await daily('IST', 'LHR', addDays(change, -2));
    const summer = await daily('IST', 'LHR', addDays(change, 2));
    expect(winter.size).toBeGreaterThan(0);
    for (const [number, w] of winter) {
      const s = summer.get(number)!;
      expect(w.departureAt.toISOString().slice(11)).toBe(s.departureAt.toISOString().slice(11));
      const arrW = utcToZoned(w.arrivalAt, 'Europe/London');
      const arrS = utcToZoned(s.arrivalAt, 'Europe/London');
      expect((arrS.minuteOfDay - arrW.minuteOfDay + 1440) % 1440).toBe(60);
    }
  });
});
