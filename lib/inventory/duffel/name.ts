/** The supplier name every Duffel offer carries (`offer.supplier`), and the prefixes of its offer ids. */
export const DUFFEL_SUPPLIER = 'duffel';

/** `D.<Duffel offer id>` for flights; `DH.<city>.<search result id>.<rate id>` for hotel rates. */
const FLIGHT_ID_PREFIX = 'D.';
const HOTEL_ID_PREFIX = 'DH.';

const SAFE = /^[A-Za-z0-9_-]{1,80}$/;

export function flightOfferId(duffelOfferId: string): string {
  return FLIGHT_ID_PREFIX + duffelOfferId;
}

export function decodeFlightOfferId(offerId: string): string | null {
  if (!offerId.startsWith(FLIGHT_ID_PREFIX)) return null;
  const id = offerId.slice(FLIGHT_ID_PREFIX.length);
  return SAFE.test(id) ? id : null;
}

export type HotelRateKey = { cityId: string; searchResultId: string; rateId: string };

export function hotelOfferId(key: HotelRateKey): string {
  return `${HOTEL_ID_PREFIX}${key.cityId}.${key.searchResultId}.${key.rateId}`;
}

export function decodeHotelOfferId(offerId: string): HotelRateKey | null {
  if (!offerId.startsWith(HOTEL_ID_PREFIX)) return null;
  const parts = offerId.slice(HOTEL_ID_PREFIX.length).split('.');
  if (parts.length !== 3 || !parts.every((p) => SAFE.test(p))) return null;
  const [cityId, searchResultId, rateId] = parts as [string, string, string];
  return { cityId, searchResultId, rateId };
}

/**
 * The idempotency key of a remote create, derived from the local order item's hold id: a retry of the
 * same item can never make a second remote order, and two items never share one.
 */
export function idempotencyKey(holdId: string, step: 'order' | 'payment' | 'booking'): string {
  return `karvan-${step}-${holdId}`;
}
