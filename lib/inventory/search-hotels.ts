/**
 * The hotel results page's search: every bookable rate in the city for the stay, grouped by hotel
 * (the cheapest rate that passes the filters stands for the hotel), sorted and paged.
 */
import type { Money } from '../money';
import type { Board } from './catalog/types';
import type { HotelQuery } from './search-params';
import type { HotelOffer, HotelSummary, HotelSupplier } from './supplier';
import { getSuppliers } from './suppliers';
import { cached, type ResultsCache } from './results-cache';

const HOTEL_PAGE_SIZE = 20;

export type HotelCard = {
  hotel: HotelSummary;
  cheapest: HotelOffer;
  /** the cheapest rate that cancels free today, if any */
  cheapestFree: HotelOffer | null;
  boards: Board[];
};

export type HotelResults = {
  cards: HotelCard[];
  /** suppliers that could not answer this search: the page says some results are unavailable */
  unavailable: string[];
  total: number;
  page: number;
  pageCount: number;
  facets: { currency: string | null; priceRange: { min: number; max: number } | null; boards: Board[]; stars: number[]; districts: { name: string; count: number }[] };
};

/** Free cancellation today: a FREE_UNTIL rate whose deadline has not passed. */
export function cancelsFree(offer: HotelOffer, at: Date): boolean {
  return offer.cancellation.type === 'FREE_UNTIL' && offer.cancellation.freeUntil.getTime() > at.getTime();
}

const major = (m: Money) => m.amount / 100;

/**
 * `sortAmount` is the figure the page shows (lib/pricing travellerPrice: fee included, one display
 * currency, issue 20); without it, the supplier's amount.
 */
export function groupHotelOffers(
  offers: HotelOffer[],
  query: Pick<HotelQuery, 'filters' | 'sort' | 'page'>,
  at: Date,
  sortAmount: (price: Money) => number = (price) => price.amount,
): HotelResults {
  const { filters } = query;
  const amountOf = (o: HotelOffer) => sortAmount(o.price.total);
  const byHotel = new Map<number, HotelOffer[]>();
  for (const offer of offers) byHotel.set(offer.hotel.id, [...(byHotel.get(offer.hotel.id) ?? []), offer]);

  const allCheapest: number[] = [];
  const boards = new Set<Board>();
  const stars = new Set<number>();
  const districts = new Map<string, number>();
  let currency: string | null = null;
  const cards: HotelCard[] = [];
  for (const hotelOffers of byHotel.values()) {
    hotelOffers.sort((a, b) => amountOf(a) - amountOf(b) || a.ratePlan.id - b.ratePlan.id);
    const hotel = hotelOffers[0]!.hotel;
    currency ??= hotelOffers[0]!.price.total.currency;
    allCheapest.push(major(hotelOffers[0]!.price.total));
    stars.add(hotel.stars);
    districts.set(hotel.district, (districts.get(hotel.district) ?? 0) + 1);
    for (const o of hotelOffers) boards.add(o.ratePlan.board);

    if (filters.stars.length > 0 && !filters.stars.includes(hotel.stars)) continue;
    if (filters.districts.length > 0 && !filters.districts.includes(hotel.district)) continue;
    const matching = hotelOffers.filter(
      (o) =>
        (!filters.freeCancellation || cancelsFree(o, at)) &&
        (filters.boards.length === 0 || filters.boards.includes(o.ratePlan.board)) &&
        (filters.maxPrice === null || major(o.price.total) <= filters.maxPrice),
    );
    if (matching.length === 0) continue;
    cards.push({
      hotel,
      cheapest: matching[0]!,
      cheapestFree: matching.find((o) => cancelsFree(o, at)) ?? null,
      boards: [...new Set(matching.map((o) => o.ratePlan.board))],
    });
  }

  const byPrice = (a: HotelCard, b: HotelCard) => amountOf(a.cheapest) - amountOf(b.cheapest);
  cards.sort((a, b) => {
    const primary =
      query.sort === 'stars' ? b.hotel.stars - a.hotel.stars : query.sort === 'rating' ? b.hotel.reviewScore - a.hotel.reviewScore : 0;
    return primary || byPrice(a, b) || a.hotel.id - b.hotel.id;
  });
  const pageCount = Math.max(1, Math.ceil(cards.length / HOTEL_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    cards: cards.slice((page - 1) * HOTEL_PAGE_SIZE, page * HOTEL_PAGE_SIZE),
    unavailable: [],
    total: cards.length,
    page,
    pageCount,
    facets: {
      currency,
      priceRange: allCheapest.length ? { min: Math.floor(Math.min(...allCheapest)), max: Math.ceil(Math.max(...allCheapest)) } : null,
      boards: (['RO', 'BB', 'HB', 'FB', 'AI'] as const).filter((b) => boards.has(b)),
      stars: [...stars].sort(),
      districts: [...districts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}

/** What the results cache keeps of a hotel search: its rates and who could not answer. */
export type CachedHotelSearch = { offers: HotelOffer[]; unavailable: string[] };

export type HotelSearchOptions = { supplier?: HotelSupplier; cache?: ResultsCache<Promise<CachedHotelSearch>>; sortAmount?: (price: Money) => number };

export async function searchHotelResults(query: HotelQuery, at: Date, { supplier = getSuppliers().hotels, cache, sortAmount }: HotelSearchOptions = {}): Promise<HotelResults> {
  const criteria = { cityId: query.cityId, checkIn: query.checkIn, checkOut: query.checkOut, guests: query.guests, rooms: query.rooms };
  const key = JSON.stringify(criteria);
  const { offers, unavailable } = await cached(cache, key, async () => {
    const result = await supplier.search(criteria, at);
    // A search a supplier missed is not kept: the next request asks it again.
    if (result.unavailable?.length) queueMicrotask(() => cache?.delete(key));
    return { offers: result.offers, unavailable: result.unavailable ?? [] };
  });
  return { ...groupHotelOffers(offers, query, at, sortAmount), unavailable };
}
