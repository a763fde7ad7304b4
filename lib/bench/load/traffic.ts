import { addDays, DEFAULT_CATALOG_SEED, generateFlightRoutes, HOTEL_CITY_IDS, rngFor } from '../../inventory/catalog';
import { flightQueries, flightUrl } from '../../inventory/bench/bench-search';
import { TRANSFER_ZONES_BY_AIRPORT } from '../../inventory/transfer-places';
import { hrefs } from './html-form';
import { HttpSession } from './http-session';

/**
 * The URLs the traveller mix asks for, built before the clock starts: varied searches (a hot fifth of
 * them asked half the time, so repeated searches meet the page cache as real traffic does) and offer
 * pages found on real results pages (flight offers, hotel pages, transfer offers).
 */
export type Traffic = { searches: string[]; hotSearches: string[]; offers: string[]; flightOffers: string[] };

const hotelUrl = (city: string, checkIn: string, nights: number, guests: number) =>
  `/en/hotels?${new URLSearchParams({ city, checkIn, checkOut: addDays(checkIn, nights), guests: String(guests), rooms: '1' })}`;

const transferUrl = (airport: string, zone: string, date: string, time: string, passengers: number) =>
  `/en/transfers?${new URLSearchParams({ airport, zone, date, time, passengers: String(passengers), bags: '1' })}`;

export async function buildTraffic(base: string, today: string, days: number, log: (line: string) => void): Promise<Traffic> {
  const rng = rngFor(11, 'load-traffic');
  const near = (max: number) => rng.int(2, Math.max(3, Math.min(max, days - 10)));
  const flights = [...new Set(flightQueries(400, today, 11).map(flightUrl))];
  const hotels = Array.from({ length: 120 }, () => hotelUrl(rng.pick(HOTEL_CITY_IDS), addDays(today, near(60)), rng.int(1, 5), rng.int(1, 2)));
  const transfers = [...TRANSFER_ZONES_BY_AIRPORT].flatMap(([airport, zones]) =>
    zones.slice(0, 3).map((zone) => transferUrl(airport, zone.slug, addDays(today, near(30)), rng.pick(['09:00', '14:30', '21:15']), rng.int(1, 3))),
  );
  const searches = [...flights, ...hotels, ...transfers].sort(() => rng.real(-1, 1));
  const hotSearches = searches.slice(0, Math.ceil(searches.length / 5));

  // Offers: one adult, one way, on served routes a few days out, so checkout journeys can book them.
  const session = new HttpSession(base, '10.255.0.1');
  const routes = generateFlightRoutes(DEFAULT_CATALOG_SEED);
  const flightOffers = new Set<string>();
  for (let i = 0; i < 40 && flightOffers.size < 60; i++) {
    const route = rng.pick(routes);
    const page = await session.request(`/en/flights?${new URLSearchParams({ from: route.origin, to: route.destination, trip: 'oneway', depart: addDays(today, near(20)), adults: '1', children: '0', infants: '0', cabin: 'ECONOMY' })}`);
    if (page.status === 200) for (const href of hrefs(page.text, '/en/flights/offer/').slice(0, 4)) flightOffers.add(href);
  }
  const offers = new Set<string>(flightOffers);
  for (const url of [...hotels.slice(0, 10), ...transfers.slice(0, 10)]) {
    const page = await session.request(url);
    if (page.status !== 200) continue;
    for (const href of [...hrefs(page.text, '/en/transfers/offer/'), ...hrefs(page.text, '/en/hotels/').filter((h) => !h.startsWith('/en/hotels?') && !h.startsWith('/en/hotels/q/'))].slice(0, 3)) offers.add(href);
  }
  log(`traffic: ${searches.length} searches (${hotSearches.length} hot), ${offers.size} offer pages, ${flightOffers.size} bookable flight offers`);
  if (flightOffers.size < 5) throw new Error(`only ${flightOffers.size} flight offers found on the results pages: is the catalog seeded?`);
  return { searches, hotSearches, offers: [...offers], flightOffers: [...flightOffers] };
}
