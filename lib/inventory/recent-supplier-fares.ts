import type { Money, Rates } from '../money';
import { comparableAmount } from './reference-rates';
import type { FlightSupplier } from './supplier';

/**
 * The fare calendar's second source (issue 18): the lowest one-way fare per adult that a real supplier
 * (Duffel) answered for a route and day in this process's recent searches. One of the per-process
 * caches README lists: it lives RECENT_FARE_TTL_MS and holds at most MAX_ENTRIES days; the calendar
 * marks these days as seen in a recent search, and searching the day asks the supplier again.
 */
export const RECENT_FARE_TTL_MS = 6 * 60 * 60_000;
const MAX_ENTRIES = 5_000;

/** Lowest fare per local day (the fare calendar's shape; declared here so the two modules do not import each other). */
type FareDays = Map<string, Money>;
type RouteDays = { origins: string[]; destinations: string[]; cabin: string; fromDay: string; toDay: string };

type Entry = { price: Money; at: number };
const memory = new Map<string, Entry>();
const keyOf = (origin: string, destination: string, cabin: string, day: string) => `${origin}>${destination}|${cabin}|${day}`;

/** A supplier whose one-way search answers are remembered for the calendar. */
export function rememberingFares(supplier: FlightSupplier, now: () => number = Date.now): FlightSupplier {
  return {
    ...supplier,
    async search(criteria, at) {
      const result = await supplier.search(criteria, at);
      // A round trip's price covers both ways: it says nothing about one day's one-way fare.
      if (!criteria.returnDate) {
        for (const offer of result.offers) {
          const first = offer.slices[0];
          if (first) remember(keyOf(first.origin, offer.slices.at(-1)!.destination, criteria.cabin, criteria.departDate), offer.price.perAdult, now());
        }
      }
      return result;
    },
  };
}

function remember(key: string, price: Money, at: number): void {
  const known = memory.get(key);
  if (known && at - known.at < RECENT_FARE_TTL_MS && comparableAmount(known.price) <= comparableAmount(price)) return;
  memory.delete(key);
  memory.set(key, { price, at });
  if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value!);
}

/** The remembered fares of the calendar's route and days that are still fresh. */
export function recentSupplierFares(request: RouteDays, now = Date.now()): FareDays {
  const found: FareDays = new Map();
  for (const [key, entry] of memory) {
    if (now - entry.at >= RECENT_FARE_TTL_MS) continue;
    const [route, cabin, day] = key.split('|') as [string, string, string];
    const [origin, destination] = route.split('>') as [string, string];
    if (cabin !== request.cabin || day < request.fromDay || day > request.toDay) continue;
    if (!request.origins.includes(origin) || !request.destinations.includes(destination)) continue;
    const best = found.get(day);
    if (!best || comparableAmount(entry.price) < comparableAmount(best)) found.set(day, entry.price);
  }
  return found;
}

/** The catalog's days with the suppliers' recent fares where those are lower or the catalog has none; `recent` names those days. */
export function withRecentSupplierFares(days: FareDays, recent: FareDays, rates?: Rates): { days: FareDays; recent: Set<string> } {
  const merged: FareDays = new Map(days);
  const marked = new Set<string>();
  for (const [day, price] of recent) {
    const own = merged.get(day);
    if (own && comparableAmount(own, rates) <= comparableAmount(price, rates)) continue;
    merged.set(day, price);
    marked.add(day);
  }
  return { days: merged, recent: marked };
}

/** Tests only. */
export function forgetRecentSupplierFares(): void {
  memory.clear();
}
