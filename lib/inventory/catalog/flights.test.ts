import { describe, expect, it } from 'vitest';
import { AIRLINES, airlineOf, generateFareFamilies } from './airlines';
import { FARES_PER_SEGMENT, generateFlights, type GeneratedFlight } from './flights';
import { AIRPORTS, airportOf } from './geo';
import { generateFlightRoutes } from './routes';
import { addDays, utcToZoned } from './tz';

const SEED = 11;
const collect = (startDate: string, days: number, seed = SEED) => [...generateFlights({ seed, startDate, days })];
const withoutIds = ({ segment: { id: _s, ...segment }, fares }: GeneratedFlight) => ({
  segment,
  fares: fares.map(({ id: _f, segmentId: _g, ...fare }) => fare),
});

describe('flight catalog', () => {
  it('is the same for the same seed and different for another', () => {
    const a = collect('2026-12-01', 3);
    expect(collect('2026-12-01', 3)).toEqual(a);
    expect(collect('2026-12-01', 3, SEED + 1)).not.toEqual(a);
  });

  it('gives a departure the same times, prices and seats whatever the window', () => {
    const key = (f: GeneratedFlight) => `${f.segment.flightNumber}|${f.segment.departureDate}`;
    const short = new Map(collect('2026-12-03', 2).map((f) => [key(f), withoutIds(f)]));
    const long = collect('2026-12-01', 5).filter((f) => short.has(key(f)));
    expect(long.length).toBe(short.size);
    for (const f of long) expect(withoutIds(f)).toEqual(short.get(key(f)));
  });

  it('has at least 50,000 departures over 180 days, on every day', { timeout: 30_000 }, () => {
    const perDay = new Map<string, number>();
    let count = 0;
    for (const { segment } of generateFlights({ seed: SEED, startDate: '2026-11-23', days: 180 })) {
      count++;
      perDay.set(segment.departureDate, (perDay.get(segment.departureDate) ?? 0) + 1);
    }
    expect(count).toBeGreaterThanOrEqual(50_000);
    expect(perDay.size).toBe(180);
    expect(Math.min(...perDay.values())).toBeGreaterThan(200);
  });

  it('keeps local departure times and derives arrivals from block time in the destination zone', () => {
    const routes = new Map(generateFlightRoutes(SEED).map((r) => [r.id, r]));
    for (const { segment } of collect('2027-03-25', 7)) {
      const route = routes.get(segment.routeId)!;
      const origin = airportOf(segment.origin);
      const local = utcToZoned(segment.departureAt, origin.timeZone);
      expect(local.date).toBe(segment.departureDate);
      expect(local.time).toBe(route.departureTime);
      expect(local.minuteOfDay).toBe(segment.departureMinuteLocal);
      expect(segment.arrivalAt.getTime() - segment.departureAt.getTime()).toBe(route.blockMinutes * 60_000);
      expect(route.days).toContain(local.weekday);
    }
  });

  it('gets a Baku–London flight right across the change to British Summer Time', () => {
    const route = generateFlightRoutes(SEED).find((r) => r.airlineCode === 'J2' && r.origin === 'GYD' && r.destination === 'LHR')!;
    const back = generateFlightRoutes(SEED).find((r) => r.airlineCode === 'J2' && r.origin === 'LHR' && r.destination === 'GYD')!;
    const flights = collect('2027-03-14', 28).filter((f) => f.segment.routeId === route.id || f.segment.routeId === back.id);
    const before = (id: number) => flights.find((f) => f.segment.routeId === id && f.segment.departureDate < '2027-03-28')!.segment;
    const after = (id: number) => flights.find((f) => f.segment.routeId === id && f.segment.departureDate > '2027-03-28')!.segment;

    // Out of Baku (no DST): same UTC time, but London's clock is an hour later on arrival.
    const outWinter = before(route.id);
    const outSummer = after(route.id);
    expect(outWinter.departureAt.toISOString().slice(11)).toBe(outSummer.departureAt.toISOString().slice(11));
    const arrWinter = utcToZoned(outWinter.arrivalAt, 'Europe/London');
    const arrSummer = utcToZoned(outSummer.arrivalAt, 'Europe/London');
    expect(arrWinter.offsetMinutes).toBe(0);
    expect(arrSummer.offsetMinutes).toBe(60);
    expect((arrSummer.minuteOfDay - arrWinter.minuteOfDay + 1440) % 1440).toBe(60);

    // Out of London: same local time, so an hour earlier in UTC, and an hour earlier in Baku.
    const backWinter = before(back.id);
    const backSummer = after(back.id);
    expect(utcToZoned(backWinter.departureAt, 'Europe/London').time).toBe(back.departureTime);
    expect(utcToZoned(backSummer.departureAt, 'Europe/London').time).toBe(back.departureTime);
    const utcMinute = (d: Date) => d.getUTCHours() * 60 + d.getUTCMinutes();
    expect((utcMinute(backWinter.departureAt) - utcMinute(backSummer.departureAt) + 1440) % 1440).toBe(60);
  });

  it('has overnight flights arriving on a later local date', () => {
    const overnight = collect('2026-12-01', 2).filter(({ segment }) => {
      const arrival = utcToZoned(segment.arrivalAt, airportOf(segment.destination).timeZone);
      return arrival.date > segment.departureDate;
    });
    expect(overnight.length).toBeGreaterThan(10);
    for (const { segment } of overnight) {
      expect(utcToZoned(segment.arrivalAt, airportOf(segment.destination).timeZone).date).toBe(addDays(segment.departureDate, 1));
    }
  });

  it('files fares in the airline currency with structured families, and sells some out', () => {
    const families = new Map(generateFareFamilies(SEED).map((f) => [f.id, f]));
    const flights = collect('2026-12-01', 7);
    let soldOut = 0;
    for (const { segment, fares } of flights) {
      const airline = airlineOf(segment.airlineCode);
      expect(fares.length).toBeGreaterThanOrEqual(3);
      fares.forEach((fare, rank) => {
        expect(fare.id).toBe(segment.id * FARES_PER_SEGMENT + rank);
        expect(fare.currency).toBe(airline.currency);
        expect(families.get(fare.fareFamilyId)!.airlineCode).toBe(segment.airlineCode);
        expect(fare.baseMinor).toBeGreaterThan(0);
        expect(Number.isInteger(fare.baseMinor) && Number.isInteger(fare.taxMinor)).toBe(true);
        expect(fare.seatsLeft).toBeGreaterThanOrEqual(0);
        if (fare.seatsLeft === 0) soldOut++;
      });
      // Dearer families are dearer.
      const economy = fares.filter((f) => f.cabin === 'ECONOMY').map((f) => f.baseMinor);
      expect([...economy].sort((a, b) => a - b)).toEqual(economy);
    }
    expect(soldOut).toBeGreaterThan(0);
  });

  it('files the currencies the issue asks for', () => {
    const currency = Object.fromEntries(AIRLINES.map((a) => [a.code, a.currency]));
    expect(currency).toMatchObject({ J2: 'AZN', KC: 'KZT', FS: 'KZT', DV: 'KZT' });
    expect(new Set(AIRLINES.map((a) => a.currency))).toEqual(new Set(['AZN', 'KZT', 'USD', 'EUR']));
  });

  it('has every kind of fare rule', () => {
    const families = generateFareFamilies(SEED);
    expect(families.some((f) => f.refund.kind === 'NON_REFUNDABLE')).toBe(true);
    expect(families.some((f) => f.refund.kind === 'REFUNDABLE' && f.refund.penaltyMinor > 0)).toBe(true);
    expect(families.some((f) => f.change.kind === 'CHANGEABLE' && f.change.feeMinor > 0)).toBe(true);
    expect(families.some((f) => f.change.kind === 'NOT_CHANGEABLE')).toBe(true);
    expect(families.filter((f) => f.code === 'LIGHT').every((f) => f.checkedBags === 0)).toBe(true);
    expect(new Set(families.map((f) => f.id)).size).toBe(families.length);
  });

  it('flies only between known airports, never to itself', () => {
    const codes = new Set(AIRPORTS.map((a) => a.code));
    for (const r of generateFlightRoutes(SEED)) {
      expect(codes.has(r.origin) && codes.has(r.destination)).toBe(true);
      expect(r.origin).not.toBe(r.destination);
      expect(r.days.length).toBeGreaterThan(0);
    }
    const numbers = generateFlightRoutes(SEED).map((r) => r.flightNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
