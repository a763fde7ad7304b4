import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { AIRPORTS, generateFlights, type GeneratedFlight } from '@/lib/inventory/catalog';
import { popularRoutes, POPULAR_ROUTES } from '@/lib/inventory/popular-routes';
import { comparableAmount } from '@/lib/inventory/reference-rates';
import type { Money } from '@/lib/money';
import { futureStart, seedSmallCatalog, TEST_SEED } from './catalog-helpers';

const start = futureStart();
const generated: GeneratedFlight[] = [];
const cityOfAirport = new Map(AIRPORTS.map((a) => [a.code, a.cityId]));

/** The lowest adult economy fare and its day per city pair, from the generator's own rows (not from the query). */
function expected(from: string, to: string): { lowest: Money; day: string } | null {
  let best: { lowest: Money; day: string } | null = null;
  for (const { segment, fares } of generated) {
    if (cityOfAirport.get(segment.origin) !== from || cityOfAirport.get(segment.destination) !== to) continue;
    for (const fare of fares) {
      if (fare.cabin !== 'ECONOMY' || fare.seatsLeft < 1) continue;
      const lowest = { amount: fare.baseMinor + fare.taxMinor, currency: fare.currency };
      if (!best || comparableAmount(lowest) < comparableAmount(best.lowest) || (comparableAmount(lowest) === comparableAmount(best.lowest) && segment.departureDate < best.day)) {
        best = { lowest, day: segment.departureDate };
      }
    }
  }
  return best;
}

describe('popular routes: one grouped query for home', () => {
  beforeAll(async () => {
    await seedSmallCatalog({ startDate: start });
    generated.push(...generateFlights({ seed: TEST_SEED, startDate: start, days: 6 }));
  });

  it('gives each route its lowest economy fare and the day it flies, in the list order, in its own currency', async () => {
    const routes = await popularRoutes(db, new Date());
    const wanted = POPULAR_ROUTES.flatMap(([from, to]) => {
      const e = expected(from, to);
      return e ? [{ from, to, ...e }] : [];
    });
    expect(wanted.length).toBeGreaterThan(2);
    expect(routes).toEqual(wanted);
  });

  it('leaves out a route nobody flies and flights outside the coming weeks', async () => {
    expect(await popularRoutes(db, new Date(), [['nakhchivan', 'dubai']])).toEqual([]);
    // Seen from two months before the catalog, every departure is beyond the window.
    expect(await popularRoutes(db, new Date(Date.parse(`${start}T00:00:00Z`) - 60 * 86_400_000))).toEqual([]);
  });
});
