import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { airportLabel, cityName } from '@/lib/inventory/places';
import type { Offer } from '@/lib/inventory/supplier';
import { localDate, momentIn } from '@/components/search/format';

export type OfferDescription = { heading: string; lines: string[] };

/** An offer in the reader's language: a heading and a few facts, times where they happen. */
export async function describeOffer(offer: Offer, locale: Locale): Promise<OfferDescription> {
  const t = await getTranslations({ locale, namespace: 'trip.offer' });
  const s = await getTranslations({ locale, namespace: 'search' });
  const named = (key: string, fallback: string) => (s.has(key) ? s(key) : fallback);

  switch (offer.kind) {
    case 'FLIGHT': {
      const first = offer.slices[0]!;
      const from = airportLabel(first.origin, locale);
      const to = airportLabel(first.destination, locale);
      const lines = offer.slices.map((slice, i) =>
        t(i === 0 ? 'flightOutbound' : 'flightReturn', {
          departure: momentIn(slice.departureAt, slice.originTimeZone, locale),
          arrival: momentIn(slice.arrivalAt, slice.destinationTimeZone, locale),
          flights: slice.segments.map((seg) => seg.flightNumber).join(', '),
        }),
      );
      lines.push(
        t('flightFare', { airline: offer.airline.name, family: named(`flights.families.${offer.fareFamily.code}`, offer.fareFamily.code) }),
        s('flights.offer.passengers', offer.passengers),
      );
      return { heading: t('flightHeading', { from: `${from.cityName} (${from.code})`, to: `${to.cityName} (${to.code})` }), lines };
    }
    case 'HOTEL':
      return {
        heading: t('hotelHeading', { hotel: offer.hotel.name, city: cityName(offer.hotel.cityId, locale) }),
        lines: [
          s('hotels.page.stayFor', {
            checkIn: localDate(offer.checkIn, locale),
            checkOut: localDate(offer.checkOut, locale),
            nights: offer.nights,
            guests: offer.guests,
            rooms: offer.rooms,
          }),
          t('hotelRoom', {
            room: named(`hotels.roomTypes.${offer.roomType.code}`, offer.roomType.code),
            board: named(`hotels.boards.${offer.ratePlan.board}`, offer.ratePlan.board),
          }),
          t('hotelTimes', { checkIn: momentIn(offer.checkInAt, offer.hotel.timeZone, locale), checkOut: momentIn(offer.checkOutAt, offer.hotel.timeZone, locale) }),
        ],
      };
    case 'TRANSFER': {
      const airport = airportLabel(offer.airport.code, locale);
      return {
        heading: t('transferHeading', { airport: `${airport.name} (${airport.code})`, zone: offer.zone.name[locale] }),
        lines: [
          t('transferVehicle', { vehicle: named(`transfers.classes.${offer.vehicleClass}`, offer.vehicleClass) }),
          t('transferPickup', { pickup: momentIn(offer.pickupAt, offer.pickupTimeZone, locale) }),
          t('transferParty', { passengers: offer.passengers, bags: offer.bags }),
        ],
      };
    }
  }
}
