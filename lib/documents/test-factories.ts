/**
 * An itinerary as loadItinerary returns it, for the unit tests of the documents (no database):
 * a return flight GYD → ALA with a connection on the way out, a hotel stay in Baku and a transfer.
 */
import type { Itinerary, ItineraryItem } from './load-itinerary';
import { totalsOf } from './load-itinerary';

const ORDER_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

function segment(flightNumber: string, origin: string, destination: string, departure: string, arrival: string, originTimeZone: string, destinationTimeZone: string) {
  const departureAt = new Date(departure);
  const arrivalAt = new Date(arrival);
  return {
    flightNumber,
    airlineCode: flightNumber.slice(0, 2),
    origin: { code: origin, name: null },
    destination: { code: destination, name: null },
    departureAt,
    arrivalAt,
    originTimeZone,
    destinationTimeZone,
    durationMinutes: Math.round((arrivalAt.getTime() - departureAt.getTime()) / 60_000),
    aircraft: 'Airbus A320neo',
  };
}

export function flightItem(overrides: Partial<ItineraryItem> = {}): ItineraryItem {
  const out = [
    // 10:15 in Baku (UTC+4) → 12:00 in Tashkent (UTC+5)
    segment('J2 31', 'GYD', 'TAS', '2026-12-01T06:15:00Z', '2026-12-01T07:00:00Z', 'Asia/Baku', 'Asia/Tashkent'),
    // 13:30 in Tashkent → 15:45 in Almaty (UTC+5)
    segment('HY 705', 'TAS', 'ALA', '2026-12-01T08:30:00Z', '2026-12-01T10:45:00Z', 'Asia/Tashkent', 'Asia/Almaty'),
  ];
  const back = [segment('KC 112', 'ALA', 'GYD', '2026-12-08T03:00:00Z', '2026-12-08T07:20:00Z', 'Asia/Almaty', 'Asia/Baku')];
  return {
    id: 'item-flight',
    position: 0,
    kind: 'FLIGHT',
    title: 'Azerbaijan Airlines GYD–ALA, ALA–GYD',
    startsAt: out[0]!.departureAt,
    endsAt: back[0]!.arrivalAt,
    timeZone: 'Asia/Baku',
    endTimeZone: 'Asia/Baku',
    cancelledAt: null,
    passengers: [
      { firstName: 'AYLIN', lastName: 'MAMMADOVA' },
      { firstName: 'TIMUR', lastName: 'MAMMADOV' },
    ],
    documents: ['771-2400000001', '771-2400000002'],
    issued: true,
    documentState: 'issued',
    price: { currency: 'AZN', providerCostMinor: 80_000, discountMinor: 8_000, priceMinor: 72_000, serviceFeeMinor: 2_000, totalMinor: 74_000 },
    rules: [
      { key: 'flight.refundable', values: { penalty: { amount: 5_000, currency: 'AZN' } } },
      { key: 'common.serviceFeeNonRefundable', values: { fee: { amount: 2_000, currency: 'AZN' } } },
    ],
    flight: {
      airline: { code: 'J2', name: 'Azerbaijan Airlines' },
      cabin: 'ECONOMY',
      fareFamily: 'STANDARD',
      checkedBags: 1,
      checkedBagKg: 23,
      cabinBagKg: 8,
      slices: [
        { origin: 'GYD', destination: 'ALA', segments: out },
        { origin: 'ALA', destination: 'GYD', segments: back },
      ],
    },
    hotel: null,
    transfer: null,
    ...overrides,
  };
}

export function hotelItem(overrides: Partial<ItineraryItem> = {}): ItineraryItem {
  // 14:00 → 12:00 at the hotel, Almaty (UTC+5)
  const checkInAt = new Date('2026-12-01T09:00:00Z');
  const checkOutAt = new Date('2026-12-08T07:00:00Z');
  return {
    id: 'item-hotel',
    position: 1,
    kind: 'HOTEL',
    title: 'Hotel Şəki Saray, DBL (FLEX)',
    startsAt: checkInAt,
    endsAt: checkOutAt,
    timeZone: 'Asia/Almaty',
    endTimeZone: 'Asia/Almaty',
    cancelledAt: null,
    passengers: [{ firstName: 'AYLIN', lastName: 'MAMMADOVA' }],
    documents: ['HV-7K3Q9P'],
    issued: true,
    documentState: 'issued',
    price: { currency: 'KZT', providerCostMinor: 21_000_000, discountMinor: 0, priceMinor: 21_000_000, serviceFeeMinor: 500_000, totalMinor: 21_500_000 },
    rules: [{ key: 'hotel.freeCancellation', values: { deadline: new Date('2026-11-29T09:00:00Z') } }],
    flight: null,
    hotel: {
      name: 'Hotel Şəki Saray',
      address: 'Abay Ave 10, Almaty',
      city: 'Almaty',
      timeZone: 'Asia/Almaty',
      checkIn: '2026-12-01',
      checkOut: '2026-12-08',
      checkInAt,
      checkOutAt,
      nights: 7,
      rooms: 1,
      guests: 2,
      roomCode: 'STANDARD_DOUBLE',
      board: 'BB',
    },
    transfer: null,
    ...overrides,
  };
}

export function transferItem(overrides: Partial<ItineraryItem> = {}): ItineraryItem {
  const pickupAt = new Date('2026-12-01T11:00:00Z'); // 16:00 in Almaty
  return {
    id: 'item-transfer',
    position: 2,
    kind: 'TRANSFER',
    title: 'ALA → Medeu (ECONOMY)',
    startsAt: pickupAt,
    endsAt: null,
    timeZone: 'Asia/Almaty',
    endTimeZone: 'Asia/Almaty',
    cancelledAt: null,
    passengers: [{ firstName: 'AYLIN', lastName: 'MAMMADOVA' }],
    documents: ['TV-AB12CD'],
    issued: true,
    documentState: 'issued',
    price: { currency: 'KZT', providerCostMinor: 1_500_000, discountMinor: 0, priceMinor: 1_500_000, serviceFeeMinor: 100_000, totalMinor: 1_600_000 },
    rules: [{ key: 'transfer.waiting', values: { minutes: 60, delayMinutes: 30 } }],
    flight: null,
    hotel: null,
    transfer: {
      airport: { code: 'ALA', name: 'Almaty International' },
      zone: 'Medeu',
      vehicleClass: 'ECONOMY',
      pickupAt,
      pickupTimeZone: 'Asia/Almaty',
      durationMinutes: 40,
      passengers: 2,
      bags: 2,
      flightNumber: 'KC 852',
      waiting: { atMeetingPointMinutes: 60, afterFlightDelayMinutes: 30 },
    },
    ...overrides,
  };
}

export function itineraryFixture(overrides: Partial<Itinerary> = {}): Itinerary {
  const items = overrides.items ?? [flightItem(), hotelItem(), transferItem()];
  return {
    orderId: ORDER_ID,
    reference: 'KRV-7K3Q9P',
    status: 'ISSUED',
    phase: 'ISSUED',
    locale: 'en',
    contactEmail: 'aylin@example.com',
    agreementVersion: '2026-11-23',
    createdAt: new Date('2026-11-20T10:00:00Z'),
    issuedAt: new Date('2026-11-20T10:05:00Z'),
    travellers: [
      { firstName: 'AYLIN', lastName: 'MAMMADOVA' },
      { firstName: 'TIMUR', lastName: 'MAMMADOV' },
    ],
    items,
    totals: totalsOf(items.map((i) => i.price)),
    charge: { amount: { amount: 154_000, currency: 'AZN' }, converted: true, ratesAsOf: '2026-11-20' },
    payment: { method: 'CARD', provider: 'sandbox', amount: { amount: 154_000, currency: 'AZN' }, paidAt: new Date('2026-11-20T10:02:00Z') },
    ...overrides,
  };
}
