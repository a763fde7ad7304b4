/**
 * Supplier-neutral offers for the pricing tests, in the shapes of lib/inventory/supplier.ts, with partial
 * overrides. `supplier` is any name: pricing never reads it, so offers of the catalog and of a remote
 * supplier (issue 21) price alike. Not used outside tests.
 */
import { fromMajor, type Money, type Rates } from '@/lib/money';
import type { FlightOffer, HotelOffer, TransferOffer } from '@/lib/inventory/supplier';

export const azn = (major: string): Money => fromMajor(major, 'AZN');
export const usd = (major: string): Money => fromMajor(major, 'USD');
export const kzt = (major: string): Money => fromMajor(major, 'KZT');

/** Round rates, so expected amounts can be worked out by hand: 1 AZN = 0.5 USD = 200 KZT. */
export const RATES: Rates = { asOf: '2026-11-23', base: 'AZN', perBase: { USD: '0.5', KZT: '200' } };

export const NOW = new Date('2026-12-01T08:00:00Z');
const names = { en: 'Centre', ru: 'Центр', az: 'Mərkəz', kk: 'Орталық' };

export function flightOffer(total: Money = azn('300'), overrides: Partial<FlightOffer> = {}): FlightOffer {
  const departureAt = new Date('2027-01-10T06:00:00Z');
  const arrivalAt = new Date('2027-01-10T09:30:00Z');
  return {
    kind: 'FLIGHT',
    offerId: 'FL-1',
    supplier: 'duffel',
    airline: { code: 'J2', name: 'Azerbaijan Airlines' },
    fareFamily: { code: 'ECO', cabin: 'ECONOMY', checkedBags: 1, checkedBagKg: 23, cabinBagKg: 8 },
    slices: [
      {
        origin: 'GYD',
        destination: 'ALA',
        departureAt,
        arrivalAt,
        originTimeZone: 'Asia/Baku',
        destinationTimeZone: 'Asia/Almaty',
        durationMinutes: 210,
        stops: 0,
        segments: [
          {
            flightNumber: 'J2 101',
            airlineCode: 'J2',
            origin: 'GYD',
            destination: 'ALA',
            departureAt,
            arrivalAt,
            originTimeZone: 'Asia/Baku',
            destinationTimeZone: 'Asia/Almaty',
            durationMinutes: 210,
            aircraft: 'A320',
            bookingClass: 'Y',
          },
        ],
      },
    ],
    passengers: { adults: 1, children: 0, infants: 0 },
    price: { total, lines: [{ code: 'ADULT_FARE', quantity: 1, unit: total, amount: total }], perAdult: total },
    fareRules: { refundable: true, refundPenalty: fromMajor('0', total.currency), changeable: false, changeFee: null },
    seatsLeft: 4,
    ...overrides,
  };
}

export function hotelOffer(total: Money = azn('400'), overrides: Partial<HotelOffer> = {}): HotelOffer {
  const nights = 4;
  const perNight = { amount: total.amount / nights, currency: total.currency };
  const checkInAt = new Date('2027-01-10T10:00:00Z');
  return {
    kind: 'HOTEL',
    offerId: 'HT-1',
    supplier: 'catalog',
    hotel: {
      id: 1,
      slug: 'old-city-inn',
      name: 'Old City Inn',
      cityId: 'baku',
      cityName: { en: 'Baku', ru: 'Баку', az: 'Bakı', kk: 'Баку' },
      district: 'Icherisheher',
      address: '1 Kichik Qala',
      stars: 4,
      reviewScore: 8.8,
      amenities: [],
      photos: [],
      timeZone: 'Asia/Baku',
      checkInTime: '14:00',
      checkOutTime: '12:00',
      lat: 40.366,
      lon: 49.837,
    },
    roomType: { id: 1, code: 'DBL', maxOccupancy: 2, beds: '1 double', sizeM2: 24 },
    ratePlan: { id: 1, code: 'BB-FLEX', board: 'BB' },
    checkIn: '2027-01-10',
    checkOut: '2027-01-14',
    nights,
    rooms: 1,
    guests: 2,
    checkInAt,
    checkOutAt: new Date('2027-01-14T08:00:00Z'),
    price: { total, lines: [{ code: 'ROOM_NIGHTS', quantity: nights, unit: perNight, amount: total }], firstNight: perNight, perNight },
    cancellationTerms: { kind: 'FREE_UNTIL', daysBefore: 3, penalty: { kind: 'PERCENT', percent: 50 } },
    cancellation: { type: 'FREE_UNTIL', freeUntil: new Date('2027-01-07T10:00:00Z'), penalty: { kind: 'PERCENT', percent: 50 } },
    roomsLeft: 2,
    ...overrides,
  };
}

export function transferOffer(total: Money = azn('60'), overrides: Partial<TransferOffer> = {}): TransferOffer {
  const pickupAt = new Date('2027-01-10T10:30:00Z');
  return {
    kind: 'TRANSFER',
    offerId: 'TR-1',
    supplier: 'catalog',
    airport: { code: 'GYD', name: { en: 'Heydar Aliyev', ru: 'Гейдар Алиев', az: 'Heydər Əliyev', kk: 'Гейдар Әлиев' }, timeZone: 'Asia/Baku' },
    zone: { slug: 'centre', name: names },
    vehicleClass: 'COMFORT',
    tier: 'STANDARD',
    maxPassengers: 3,
    maxBags: 3,
    example: 'Toyota Camry',
    pickupAt,
    pickupTimeZone: 'Asia/Baku',
    passengers: 2,
    bags: 2,
    distanceKm: 25,
    durationMinutes: 35,
    price: { total, lines: [{ code: 'TRANSFER', quantity: 1, unit: total, amount: total }] },
    bookableUntil: new Date('2027-01-09T18:30:00Z'),
    unavailable: [],
    ...overrides,
  };
}
