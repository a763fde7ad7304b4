/**
 * A trip that builds itself (issue 20, point 3): from a flight in the trip, the hotel search and the
 * transfer search it suggests next, filled in with what the flight already says. The stay runs from
 * the local arrival date to the local departure date of the way back (or DEFAULT_NIGHTS for a one-way
 * trip); the transfer picks up at the arrival airport at the local arrival time, and the checkout
 * fills the driver's flight number from the same leg (Agreement 6.2: the driver follows it).
 */
import { addDays, airportOf, HOTEL_CITY_IDS, utcToZoned } from '@/lib/inventory/catalog';
import type { Offer } from '@/lib/inventory/supplier';
import { TRANSFER_ZONES_BY_AIRPORT } from '@/lib/inventory/transfer-places';

export const DEFAULT_NIGHTS = 3;

export type TripPrefills = {
  /** `/hotels?…` with city and dates, or null when no hotel is sold in the arrival city */
  hotelHref: string | null;
  /** `/transfers?…` with airport, first zone, date and time, or null when the airport has no transfers */
  transferHref: string | null;
  /** the arriving leg's flight number, "J2 123" */
  flightNumber: string;
  /** the arrival airport code, to match a transfer in the same trip */
  airportCode: string;
};

/** The suggestions of the first flight in the trip; null when the trip has no flight. */
export function tripPrefills(offers: readonly Offer[]): TripPrefills | null {
  const flight = offers.find((offer) => offer.kind === 'FLIGHT');
  if (!flight || flight.kind !== 'FLIGHT') return null;
  const outbound = flight.slices[0];
  const lastLeg = outbound?.segments.at(-1);
  if (!outbound || !lastLeg) return null;
  const arrival = utcToZoned(outbound.arrivalAt, outbound.destinationTimeZone);
  const back = flight.slices[1];
  const backDate = back ? utcToZoned(back.departureAt, back.originTimeZone).date : null;
  const checkOut = backDate && backDate > arrival.date ? backDate : addDays(arrival.date, DEFAULT_NIGHTS);
  const { adults, children, infants } = flight.passengers;

  const cityId = airportOf(outbound.destination).cityId;
  const hotelHref = HOTEL_CITY_IDS.includes(cityId)
    ? `/hotels?${new URLSearchParams({ city: cityId, checkIn: arrival.date, checkOut, guests: String(Math.max(1, adults + children)), rooms: '1' })}`
    : null;
  const zone = TRANSFER_ZONES_BY_AIRPORT.get(outbound.destination)?.[0];
  const transferHref = zone
    ? `/transfers?${new URLSearchParams({ airport: outbound.destination, zone: zone.slug, date: arrival.date, time: arrival.time, passengers: String(adults + children + infants) })}`
    : null;
  return { hotelHref, transferHref, flightNumber: lastLeg.flightNumber, airportCode: outbound.destination };
}
