/**
 * What booking needs to know about a supplier offer, whatever its kind: a title for the order item,
 * when it starts and ends, and (flights) the segments a passenger occupies for the multiple-reservation
 * check (Agreement 8.1). The item the rules module reads is priced by lib/pricing (pricedRulesItem).
 */
import type { Money } from '@/lib/money';
import type { FlightOffer, Offer } from '@/lib/inventory/supplier';
import { offerName } from './item-name';

export type OfferFacts = {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  /** IANA zone of the place where the service starts (dates of birth and ages are read there) */
  timeZone: string;
  /** local date of the first service, YYYY-MM-DD */
  startDate: string;
  price: Money;
};

export function localDate(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function offerFacts(offer: Offer): OfferFacts {
  switch (offer.kind) {
    case 'FLIGHT': {
      const first = offer.slices[0]!;
      const last = offer.slices[offer.slices.length - 1]!;
      return {
        title: offerName(offer, 'en'),
        startsAt: first.departureAt,
        endsAt: last.arrivalAt,
        timeZone: first.originTimeZone,
        startDate: localDate(first.departureAt, first.originTimeZone),
        price: offer.price.total,
      };
    }
    case 'HOTEL':
      return {
        title: offerName(offer, 'en'),
        startsAt: offer.checkInAt,
        endsAt: offer.checkOutAt,
        timeZone: offer.hotel.timeZone,
        startDate: offer.checkIn,
        price: offer.price.total,
      };
    case 'TRANSFER':
      return {
        title: offerName(offer, 'en'),
        startsAt: offer.pickupAt,
        endsAt: null,
        timeZone: offer.pickupTimeZone,
        startDate: localDate(offer.pickupAt, offer.pickupTimeZone),
        price: offer.price.total,
      };
  }
}

export type FlightLeg = { carrier: string; number: string; departureDate: string };

/** Every flight a passenger of this offer sits on: carrier, number without leading zeros, local date. */
export function flightLegs(offer: FlightOffer): FlightLeg[] {
  return offer.slices.flatMap((slice) =>
    slice.segments.map((segment) => {
      const carrier = segment.airlineCode.toUpperCase();
      const rest = segment.flightNumber.toUpperCase().replace(/\s/g, '');
      const digits = rest.startsWith(carrier) ? rest.slice(carrier.length) : rest;
      return {
        carrier,
        number: digits.replace(/^0+(?=.)/, ''),
        departureDate: localDate(segment.departureAt, segment.originTimeZone),
      };
    }),
  );
}

/** How many people an offer books, by type (hotel guests and transfer passengers count as adults). */
export function passengerTypes(offer: Offer): ('ADULT' | 'CHILD' | 'INFANT')[] {
  if (offer.kind !== 'FLIGHT') return [];
  const { adults, children, infants } = offer.passengers;
  return [
    ...Array<'ADULT'>(adults).fill('ADULT'),
    ...Array<'CHILD'>(children).fill('CHILD'),
    ...Array<'INFANT'>(infants).fill('INFANT'),
  ];
}
