import type { Money } from '../money';
import { comparableAmount } from '../inventory/reference-rates';
import type { FlightSearchCriteria, HotelSearchCriteria, Suppliers } from '../inventory/supplier';
import type { NormalisedSearch } from './normalise-search';

export type LowestPrice = { price: Money; comparable: number };

/** Distinct searches priced by one supplier call (one catalog query for the built-in catalog). */
export const PRICE_BATCH = 100;

type FlightSearch = Extract<NormalisedSearch, { kind: 'FLIGHT' }>;
type HotelSearch = Extract<NormalisedSearch, { kind: 'HOTEL' }>;

function flightCriteria(search: FlightSearch): FlightSearchCriteria {
  const q = search.query;
  return {
    origins: q.from.airports,
    destinations: q.to.airports,
    departDate: q.depart,
    returnDate: q.return ?? undefined,
    passengers: { adults: q.adults, children: q.children, infants: q.infants },
    cabin: q.cabin,
  };
}

function hotelCriteria(search: HotelSearch): HotelSearchCriteria {
  const q = search.query;
  return { cityId: q.cityId, checkIn: q.checkIn, checkOut: q.checkOut, guests: q.guests, rooms: q.rooms };
}

/** The cheapest of these totals on the reference rates (the results page's order); null when none. */
function cheapest(totals: Money[]): LowestPrice | null {
  let best: LowestPrice | null = null;
  for (const price of totals) {
    const comparable = comparableAmount(price);
    if (!best || comparable < best.comparable) best = { price, comparable };
  }
  return best;
}

/**
 * The cheapest offer of a search as the results page would list it (the supplier's own search, the
 * same one the page uses), compared across currencies on the reference rates. Null when nothing is
 * on sale.
 */
async function lowestPriceOf(search: NormalisedSearch, suppliers: Pick<Suppliers, 'flights' | 'hotels'>, at: Date): Promise<LowestPrice | null> {
  const offers =
    search.kind === 'FLIGHT'
      ? (await suppliers.flights.search(flightCriteria(search), at)).offers
      : (await suppliers.hotels.search(hotelCriteria(search), at)).offers;
  return cheapest(offers.map((offer) => offer.price.total));
}

/**
 * The same price for many searches at once, in order: per kind and batch of PRICE_BATCH, one call of
 * the supplier's `lowestTotals` when it has one (the catalog answers with one grouped query), else
 * its `search` per search.
 */
export async function lowestPricesOf(searches: NormalisedSearch[], suppliers: Pick<Suppliers, 'flights' | 'hotels'>, at: Date): Promise<(LowestPrice | null)[]> {
  const out: (LowestPrice | null)[] = searches.map(() => null);
  const flights: number[] = [];
  const hotels: number[] = [];
  searches.forEach((s, i) => (s.kind === 'FLIGHT' ? flights : hotels).push(i));

  async function price<C>(indexes: number[], toCriteria: (s: NormalisedSearch) => C, lowestTotals: ((c: C[], at: Date) => Promise<Money[][]>) | undefined) {
    for (let start = 0; start < indexes.length; start += PRICE_BATCH) {
      const batch = indexes.slice(start, start + PRICE_BATCH);
      if (lowestTotals) {
        const totals = await lowestTotals(batch.map((i) => toCriteria(searches[i]!)), at);
        batch.forEach((i, k) => (out[i] = cheapest(totals[k] ?? [])));
      } else {
        for (const i of batch) out[i] = await lowestPriceOf(searches[i]!, suppliers, at);
      }
    }
  }
  const lowestFlights = suppliers.flights.lowestTotals?.bind(suppliers.flights);
  const lowestHotels = suppliers.hotels.lowestTotals?.bind(suppliers.hotels);
  await Promise.all([
    price(flights, (s) => flightCriteria(s as FlightSearch), lowestFlights),
    price(hotels, (s) => hotelCriteria(s as HotelSearch), lowestHotels),
  ]);
  return out;
}
