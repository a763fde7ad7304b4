import type { Money } from '../money';
import { comparableAmount } from '../inventory/reference-rates';
import type { Suppliers } from '../inventory/supplier';
import type { NormalisedSearch } from './normalise-search';

export type LowestPrice = { price: Money; comparable: number };

/**
 * The cheapest offer of a search as the results page would list it (the supplier's own search, the
 * same one the page uses), compared across currencies on the reference rates. Null when nothing is
 * on sale.
 */
export async function lowestPriceOf(search: NormalisedSearch, suppliers: Pick<Suppliers, 'flights' | 'hotels'>, at: Date): Promise<LowestPrice | null> {
  const offers =
    search.kind === 'FLIGHT'
      ? (
          await suppliers.flights.search(
            {
              origins: search.query.from.airports,
              destinations: search.query.to.airports,
              departDate: search.query.depart,
              returnDate: search.query.return ?? undefined,
              passengers: { adults: search.query.adults, children: search.query.children, infants: search.query.infants },
              cabin: search.query.cabin,
            },
            at,
          )
        ).offers
      : (await suppliers.hotels.search({ cityId: search.query.cityId, checkIn: search.query.checkIn, checkOut: search.query.checkOut, guests: search.query.guests, rooms: search.query.rooms }, at)).offers;
  let best: LowestPrice | null = null;
  for (const offer of offers) {
    const comparable = comparableAmount(offer.price.total);
    if (!best || comparable < best.comparable) best = { price: offer.price.total, comparable };
  }
  return best;
}
