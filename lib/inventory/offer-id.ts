/**
 * Offer ids of the built-in catalog. An id says exactly what is offered (which fares, which rate and
 * dates, which vehicle and pickup) and for whom, so an offer page, a shared link or checkout can ask
 * the supplier for its current price at any time. Ids use only [A-Za-z0-9._-], safe in a path segment
 * and a query string alike.
 *
 *   F.2-1-0.72570_81231.90120    flight: adults-children-infants, then the fares of each direction
 *   H.1234.20261201.20261204.1-2 hotel: rate plan, check-in, check-out, rooms-guests
 *   T.12.BUSINESS.20261201T0930.2-3  transfer: route, vehicle class, local pickup, passengers-bags
 */
import { isLocalDate } from './catalog/tz';
import { isVehicleClass } from './catalog/vehicle-classes';
import type { VehicleClass } from './catalog/types';
import type { PassengerCounts } from './supplier';

type FlightOfferKey = { kind: 'FLIGHT'; passengers: PassengerCounts; slices: number[][] };
type HotelOfferKey = { kind: 'HOTEL'; ratePlanId: number; checkIn: string; checkOut: string; rooms: number; guests: number };
type TransferOfferKey = {
  kind: 'TRANSFER';
  routeId: number;
  vehicleClass: VehicleClass;
  pickupDate: string;
  pickupTime: string;
  passengers: number;
  bags: number;
};
export type OfferKey = FlightOfferKey | HotelOfferKey | TransferOfferKey;

const compactDate = (date: string) => date.replaceAll('-', '');
const expandDate = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
const positive = (text: string | undefined) => (text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : null);

export function encodeOfferId(key: OfferKey): string {
  switch (key.kind) {
    case 'FLIGHT': {
      const { adults, children, infants } = key.passengers;
      return ['F', `${adults}-${children}-${infants}`, ...key.slices.map((fares) => fares.join('_'))].join('.');
    }
    case 'HOTEL':
      return ['H', key.ratePlanId, compactDate(key.checkIn), compactDate(key.checkOut), `${key.rooms}-${key.guests}`].join('.');
    case 'TRANSFER':
      return [
        'T',
        key.routeId,
        key.vehicleClass,
        `${compactDate(key.pickupDate)}T${key.pickupTime.replace(':', '')}`,
        `${key.passengers}-${key.bags}`,
      ].join('.');
  }
}

/** The key of a well-formed id, or null; whether the offer still exists is the supplier's question. */
export function decodeOfferId(id: string): OfferKey | null {
  if (id.length > 200 || !/^[A-Za-z0-9._-]+$/.test(id)) return null;
  const parts = id.split('.');
  switch (parts[0]) {
    case 'F': {
      const pax = parts[1]?.split('-').map(positive);
      const slices = parts.slice(2).map((s) => s.split('_').map(positive));
      if (!pax || pax.length !== 3 || pax.some((n) => n === null)) return null;
      if (slices.length < 1 || slices.length > 2 || slices.some((s) => s.length < 1 || s.length > 2 || s.some((n) => n === null))) return null;
      const [adults, children, infants] = pax as number[];
      return { kind: 'FLIGHT', passengers: { adults: adults!, children: children!, infants: infants! }, slices: slices as number[][] };
    }
    case 'H': {
      if (parts.length !== 5) return null;
      const ratePlanId = positive(parts[1]);
      const checkIn = /^\d{8}$/.test(parts[2]!) ? expandDate(parts[2]!) : '';
      const checkOut = /^\d{8}$/.test(parts[3]!) ? expandDate(parts[3]!) : '';
      const [rooms, guests] = (parts[4] ?? '').split('-').map(positive);
      if (ratePlanId === null || !isLocalDate(checkIn) || !isLocalDate(checkOut) || !rooms || !guests) return null;
      return { kind: 'HOTEL', ratePlanId, checkIn, checkOut, rooms, guests };
    }
    case 'T': {
      if (parts.length !== 5) return null;
      const routeId = positive(parts[1]);
      const vehicleClass = parts[2] ?? '';
      const m = /^(\d{8})T(\d{2})(\d{2})$/.exec(parts[3] ?? '');
      const [passengers, bags] = (parts[4] ?? '').split('-').map(positive);
      if (routeId === null || !isVehicleClass(vehicleClass) || !m || !passengers || bags === null || bags === undefined) return null;
      const pickupDate = expandDate(m[1]!);
      if (!isLocalDate(pickupDate) || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
      return { kind: 'TRANSFER', routeId, vehicleClass, pickupDate, pickupTime: `${m[2]}:${m[3]}`, passengers, bags };
    }
    default:
      return null;
  }
}
