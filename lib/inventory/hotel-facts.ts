/**
 * What a hotel card and page say about a hotel beyond its name: how far it is from the city
 * centre, the amenities its short description highlights, and its rooms in the order a traveller
 * reads them (bookable before sold out).
 */
import { CITIES, distanceKm } from './catalog';
import type { HotelDetails, HotelSummary } from './supplier';

const centreOf = new Map(CITIES.map((c) => [c.id, { lat: c.lat, lon: c.lon }]));

/** Kilometres to the city centre, to one decimal; null for a city the catalog does not place. */
export function distanceToCentreKm(hotel: Pick<HotelSummary, 'cityId' | 'lat' | 'lon'>): number | null {
  const centre = centreOf.get(hotel.cityId);
  if (!centre || !Number.isFinite(hotel.lat) || !Number.isFinite(hotel.lon)) return null;
  return Math.round(distanceKm(centre, hotel) * 10) / 10;
}

// The amenities worth a line in the description, most telling first.
const HIGHLIGHTS = ['BEACH', 'POOL', 'SPA', 'AIRPORT_SHUTTLE', 'RESTAURANT', 'FAMILY_ROOMS', 'GYM', 'PET_FRIENDLY', 'PARKING', 'WIFI'];

/** Up to three amenity codes the description names, the same for the same hotel. */
export function highlightedAmenities(hotel: Pick<HotelSummary, 'amenities'>): string[] {
  return HIGHLIGHTS.filter((code) => hotel.amenities.includes(code)).slice(0, 3);
}

/** Rooms with a bookable rate first, and in each room its bookable rates first; otherwise as the supplier listed them. */
export function bookableFirst(rooms: HotelDetails['rooms']): HotelDetails['rooms'] {
  const bookable = (rate: HotelDetails['rooms'][number]['rates'][number]) => rate.offer !== null && rate.unavailable === null;
  return rooms
    .map((room) => ({ ...room, rates: [...room.rates.filter(bookable), ...room.rates.filter((r) => !bookable(r))] }))
    .map((room, index) => ({ room, index, open: room.rates.some(bookable) }))
    .sort((a, b) => Number(b.open) - Number(a.open) || a.index - b.index)
    .map(({ room }) => room);
}
