import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, generateFlights, type GeneratedFlight } from '@/lib/inventory/catalog';
import { calendarRange, fareCalendar } from '@/lib/inventory/fare-calendar';
import { comparableAmount } from '@/lib/inventory/reference-rates';
import type { Money } from '@/lib/money';
import { futureStart, seedSmallCatalog, TEST_SEED } from './catalog-helpers';

// The small catalog has departures on 6 days from `start`; the calendar asks 3 days before and after.
const start = futureStart();
const fromDay = addDays(start, -3);
const toDay = addDays(start, 8);
const generated: GeneratedFlight[] = [];

/** The lowest bookable adult fare per day, from the generator's own rows (not from the query). */
function expectedLowest(origins: string[], destinations: string[], cabin: string, seats: number): Map<string, Money> {
  const out = new Map<string, Money>();
  for (const { segment, fares } of generated) {
    if (!origins.includes(segment.origin) || !destinations.includes(segment.destination)) continue;
    for (const fare of fares) {
      if (fare.cabin !== cabin || fare.seatsLeft < seats) continue;
      const price = { amount: fare.baseMinor + fare.taxMinor, currency: fare.currency };
      const best = out.get(segment.departureDate);
      if (!best || comparableAmount(price) < comparableAmount(best)) out.set(segment.departureDate, price);
    }
  }
  return out;
}

describe('fare calendar: one grouped query on the catalog', () => {
  beforeAll(async () => {
    await seedSmallCatalog({ startDate: start });
    generated.push(...generateFlights({ seed: TEST_SEED, startDate: start, days: 6 }));
  });

  it.each([
    [['GYD'], ['IST'], 'ECONOMY', 1],
    [['GYD'], ['IST'], 'BUSINESS', 2],
    [['ALA', 'NQZ'], ['GYD'], 'ECONOMY', 1],
  ] as const)('%j → %j %s ×%i: the lowest fare of each day, days without flights empty', async (origins, destinations, cabin, seats) => {
    const days = await fareCalendar(db, { origins: [...origins], destinations: [...destinations], cabin, seats, fromDay, toDay, notBefore: new Date() });
    const expected = expectedLowest([...origins], [...destinations], cabin, seats);
    expect(expected.size).toBeGreaterThan(0);
    expect(Object.fromEntries(days)).toEqual(Object.fromEntries(expected));
    for (const empty of [addDays(start, -1), addDays(start, 6), addDays(start, 8)]) expect(days.has(empty)).toBe(false);
  });

  it('a route nobody flies direct has an empty calendar', async () => {
    const days = await fareCalendar(db, { origins: ['NAJ'], destinations: ['LHR'], cabin: 'ECONOMY', seats: 1, fromDay, toDay, notBefore: new Date() });
    expect(days.size).toBe(0);
  });

  it('departures already past are left out', async () => {
    const all = await fareCalendar(db, { origins: ['GYD'], destinations: ['IST'], cabin: 'ECONOMY', seats: 1, fromDay, toDay, notBefore: new Date() });
    const later = await fareCalendar(db, { origins: ['GYD'], destinations: ['IST'], cabin: 'ECONOMY', seats: 1, fromDay, toDay, notBefore: new Date(`${addDays(start, 3)}T00:00:00Z`) });
    expect([...later.keys()].every((d) => d >= addDays(start, 2))).toBe(true);
    expect(later.size).toBeLessThan(all.size);
  });

  it('calendarRange: ±15 days and the month, clipped to the bookable window', () => {
    const today = '2026-12-07';
    const r = calendarRange('2026-12-10', today);
    expect(r.strip[0]).toBe(today);
    expect(r.strip.at(-1)).toBe('2026-12-25');
    expect(r.month).toHaveLength(31);
    expect(r.fromDay).toBe(today);
    expect(r.toDay).toBe('2026-12-31');
  });
});
