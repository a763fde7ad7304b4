/**
 * The flight results page's search: the supplier's offers grouped into itineraries (one card per
 * set of flights, with its fare families), then filtered, sorted and paged as the URL asks.
 * Offers in different currencies are compared on the catalog's reference rates; each is still shown
 * in its own currency.
 */
import type { Money, Rates } from '../money';
import { utcToZoned } from './catalog/tz';
import { comparableAmount } from './reference-rates';
import type { FlightQuery, TimeBand } from './search-params';
import type { FareFamilyInfo, FlightOffer, FlightSlice, FlightSupplier } from './supplier';
import { getSuppliers } from './suppliers';
import { cached, type ResultsCache } from './results-cache';
import type { FareRules } from '../rules/types';

const FLIGHT_PAGE_SIZE = 20;

export type FlightFareOption = {
  offerId: string;
  fareFamily: FareFamilyInfo;
  total: Money;
  perAdult: Money;
  fareRules: FareRules;
  seatsLeft: number;
  /** AZN minor units on the reference rates (the price filter's scale) */
  comparable: number;
  /** what the list sorts by: the traveller's total in the display currency when the page gives one */
  sortAmount: number;
};

/**
 * The figure a results page shows and sorts by (lib/pricing travellerPrice: fee included, one display
 * currency), given by the page; `key` names it in the results cache.
 */
export type SortPrice = { key: string; amount: (price: Money) => number };

export type FlightCard = {
  key: string;
  airline: { code: string; name: string };
  slices: FlightSlice[];
  /** fare families still matching the filters, cheapest first */
  options: FlightFareOption[];
  cheapest: FlightFareOption;
  durationMinutes: number;
  stops: number;
};

export type FlightResults = {
  cards: FlightCard[];
  /** suppliers that could not answer this search: the page says some results are unavailable */
  unavailable: string[];
  total: number;
  page: number;
  pageCount: number;
  facets: {
    airlines: { code: string; name: string; count: number }[];
    maxStops: number;
    /** cheapest and dearest card, AZN major units */
    priceRange: { min: number; max: number } | null;
  };
};

export function timeBandOf(minuteOfDay: number): TimeBand {
  if (minuteOfDay < 360) return 'night';
  if (minuteOfDay < 720) return 'morning';
  if (minuteOfDay < 1080) return 'afternoon';
  return 'evening';
}

function optionOf(offer: FlightOffer, rates?: Rates, sortPrice?: SortPrice): FlightFareOption {
  const comparable = comparableAmount(offer.price.total, rates);
  return {
    offerId: offer.offerId,
    fareFamily: offer.fareFamily,
    total: offer.price.total,
    perAdult: offer.price.perAdult,
    fareRules: offer.fareRules,
    seatsLeft: offer.seatsLeft,
    comparable,
    sortAmount: sortPrice ? sortPrice.amount(offer.price.total) : comparable,
  };
}

/** Groups offers by their flights: one card per itinerary, its fare families as options. */
export function groupFlightOffers(offers: FlightOffer[], rates?: Rates, sortPrice?: SortPrice): FlightCard[] {
  const cards = new Map<string, FlightCard>();
  for (const offer of offers) {
    const key = offer.slices.map((s) => s.segments.map((g) => `${g.flightNumber}@${g.departureAt.toISOString()}`).join('+')).join('/');
    const option = optionOf(offer, rates, sortPrice);
    const card = cards.get(key);
    if (card) card.options.push(option);
    else
      cards.set(key, {
        key,
        airline: offer.airline,
        slices: offer.slices,
        options: [option],
        cheapest: option,
        durationMinutes: offer.slices.reduce((n, s) => n + s.durationMinutes, 0),
        stops: Math.max(...offer.slices.map((s) => s.stops)),
      });
  }
  for (const card of cards.values()) {
    card.options.sort((a, b) => a.sortAmount - b.sortAmount);
    card.cheapest = card.options[0]!;
  }
  return [...cards.values()];
}

export function filterAndSortFlights(all: FlightCard[], query: Pick<FlightQuery, 'filters' | 'sort' | 'page'>): FlightResults {
  const { filters } = query;
  const airlines = new Map<string, { code: string; name: string; count: number }>();
  for (const card of all) {
    const a = airlines.get(card.airline.code) ?? { ...card.airline, count: 0 };
    a.count++;
    airlines.set(card.airline.code, a);
  }
  const prices = all.map((c) => c.cheapest.comparable);

  const cards: FlightCard[] = [];
  for (const card of all) {
    if (filters.stops !== null && card.stops > filters.stops) continue;
    if (filters.airlines.length > 0 && !filters.airlines.includes(card.airline.code)) continue;
    if (filters.times.length > 0) {
      const first = card.slices[0]!;
      if (!filters.times.includes(timeBandOf(utcToZoned(first.departureAt, first.originTimeZone).minuteOfDay))) continue;
    }
    const options = card.options.filter(
      (o) => (!filters.refundable || o.fareRules.refundable) && (filters.maxPrice === null || o.comparable <= filters.maxPrice * 100),
    );
    if (options.length === 0) continue;
    cards.push({ ...card, options, cheapest: options[0]! });
  }

  const byPrice = (a: FlightCard, b: FlightCard) => a.cheapest.sortAmount - b.cheapest.sortAmount;
  const byDeparture = (a: FlightCard, b: FlightCard) => a.slices[0]!.departureAt.getTime() - b.slices[0]!.departureAt.getTime();
  const byDuration = (a: FlightCard, b: FlightCard) => a.durationMinutes - b.durationMinutes;
  const order =
    query.sort === 'duration'
      ? [byDuration, byPrice, byDeparture]
      : query.sort === 'departure'
        ? [byDeparture, byPrice, byDuration]
        : [byPrice, byDeparture, byDuration];
  cards.sort((a, b) => {
    for (const compare of order) {
      const d = compare(a, b);
      if (d !== 0) return d;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });

  const pageCount = Math.max(1, Math.ceil(cards.length / FLIGHT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    cards: cards.slice((page - 1) * FLIGHT_PAGE_SIZE, page * FLIGHT_PAGE_SIZE),
    unavailable: [],
    total: cards.length,
    page,
    pageCount,
    facets: {
      airlines: [...airlines.values()].sort((a, b) => a.name.localeCompare(b.name)),
      maxStops: Math.max(0, ...all.map((c) => c.stops)),
      priceRange: prices.length ? { min: Math.floor(Math.min(...prices) / 100), max: Math.ceil(Math.max(...prices) / 100) } : null,
    },
  };
}

/** What the results cache keeps of a flight search: its itineraries and who could not answer. */
export type CachedFlightSearch = { cards: FlightCard[]; unavailable: string[] };

export type FlightSearchOptions = {
  supplier?: FlightSupplier;
  rates?: Rates;
  /** the grouped itineraries of a search, shared by its filter, sort and page variants */
  cache?: ResultsCache<Promise<CachedFlightSearch>>;
  sortPrice?: SortPrice;
};

export async function searchFlightResults(query: FlightQuery, at: Date, { supplier = getSuppliers().flights, rates, cache, sortPrice }: FlightSearchOptions = {}): Promise<FlightResults> {
  const criteria = {
    origins: query.from.airports,
    destinations: query.to.airports,
    departDate: query.depart,
    returnDate: query.return ?? undefined,
    passengers: { adults: query.adults, children: query.children, infants: query.infants },
    cabin: query.cabin,
  };
  const key = JSON.stringify([criteria, rates?.asOf ?? null, sortPrice?.key ?? null]);
  const { cards, unavailable } = await cached(cache, key, async () => {
    const result = await supplier.search(criteria, at);
    // A search a supplier missed is not kept: the next request asks it again.
    if (result.unavailable?.length) queueMicrotask(() => cache?.delete(key));
    return { cards: groupFlightOffers(result.offers, rates, sortPrice), unavailable: result.unavailable ?? [] };
  });
  return { ...filterAndSortFlights(cards, query), unavailable };
}
