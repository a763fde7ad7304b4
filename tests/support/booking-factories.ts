/**
 * Test data for checkout (issue 6): a few catalog rows of the built-in supplier, trips holding their
 * offers, and a valid checkout form. Each test builds what it needs; nothing relies on the demo seed.
 * Everything goes through the real database and the real supplier.
 */
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { AIRLINES, AIRPORTS, CITIES, zonedTimeToUtc, addDays } from '@/lib/inventory/catalog';
import { encodeOfferId } from '@/lib/inventory/offer-id';
import type { VehicleClass } from '@/lib/rules';
import { addTripItem } from '@/lib/booking/add-trip-item';
import type { TripOwner } from '@/lib/booking/find-trip';
import { newTripToken } from '@/lib/booking/trip-token';

/** The embedded-mode environment checkout needs (field encryption, sandbox payments); call first. */
export function configureBookingTestEnv(extra: Record<string, string> = {}) {
  Object.assign(process.env, {
    KARVAN_MODE: 'embedded',
    AUTH_SECRET: 'test-auth-secret-0123456789abcdefghijklmnop',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    APP_URL: 'http://localhost:3000',
    ...extra,
  });
}

let nextId = 9_000_000;
const id = () => ++nextId;

/** Today's date in a zone, YYYY-MM-DD. */
export function localToday(timeZone = 'Asia/Baku', at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

let basics: Promise<void> | null = null;

/** Cities, airports and airlines of the static catalog (the supplier names them from these lists). */
export function seedCatalogBasics(): Promise<void> {
  basics ??= (async () => {
    await db.city.createMany({
      data: CITIES.map((c) => ({
        id: c.id,
        nameEn: c.name.en,
        nameRu: c.name.ru,
        nameAz: c.name.az,
        nameKk: c.name.kk,
        countryCode: c.countryCode,
        timeZone: c.timeZone,
        lat: c.lat,
        lon: c.lon,
        hasHotels: true,
      })),
      skipDuplicates: true,
    });
    await db.airport.createMany({
      data: AIRPORTS.map((a) => ({
        code: a.code,
        cityId: a.cityId,
        nameEn: a.name.en,
        nameRu: a.name.ru,
        nameAz: a.name.az,
        nameKk: a.name.kk,
        countryCode: a.countryCode,
        timeZone: a.timeZone,
        lat: a.lat,
        lon: a.lon,
      })),
      skipDuplicates: true,
    });
    await db.airline.createMany({
      data: AIRLINES.map((a) => ({ code: a.code, name: a.name, countryCode: a.countryCode, currency: a.currency, lowCost: a.lowCost })),
      skipDuplicates: true,
    });
  })();
  return basics;
}

export type FlightFixture = { fareId: number; segmentId: number; flightNumber: string; departureDate: string; offerId: (adults?: number, children?: number, infants?: number) => string };

/** One direct flight GYD → ALA on J2 with one fare, `daysAhead` days from now at 10:00 Baku time. */
export async function createFlight(options: { seats?: number; baseMinor?: number; taxMinor?: number; daysAhead?: number; refundable?: boolean } = {}): Promise<FlightFixture> {
  await seedCatalogBasics();
  const routeId = id();
  const segmentId = id();
  const familyId = id();
  const fareId = id();
  const number = String(routeId % 10_000);
  const flightNumber = `J2 ${number}`;
  const departureDate = addDays(localToday(), options.daysAhead ?? 10);
  const departureAt = zonedTimeToUtc(departureDate, '10:00', 'Asia/Baku');
  const arrivalAt = new Date(departureAt.getTime() + 240 * 60_000);
  const refundable = options.refundable ?? true;
  await db.fareFamily.create({
    data: {
      id: familyId,
      airlineCode: 'J2',
      cabin: 'ECONOMY',
      code: `STD${familyId}`,
      currency: 'AZN',
      checkedBags: 1,
      checkedBagKg: 23,
      cabinBagKg: 8,
      refundable,
      refundPenaltyMinor: refundable ? 5000 : null,
      changeable: true,
      changeFeeMinor: 3000,
      rank: 1,
    },
  });
  await db.flightRoute.create({
    data: { id: routeId, airlineCode: 'J2', flightNumber, origin: 'GYD', destination: 'ALA', days: [1, 2, 3, 4, 5, 6, 7], departureTime: '10:00', blockMinutes: 240, distanceKm: 2000, aircraft: 'Airbus A320neo' },
  });
  await db.flightSegment.create({
    data: {
      id: segmentId,
      routeId,
      airlineCode: 'J2',
      flightNumber,
      origin: 'GYD',
      destination: 'ALA',
      departureDate: new Date(`${departureDate}T00:00:00Z`),
      departureAt,
      arrivalAt,
      departureMinuteLocal: 600,
      durationMinutes: 240,
      aircraft: 'Airbus A320neo',
    },
  });
  await db.fare.create({
    data: {
      id: fareId,
      segmentId,
      fareFamilyId: familyId,
      cabin: 'ECONOMY',
      bookingClass: 'Y',
      currency: 'AZN',
      baseMinor: options.baseMinor ?? 20_000,
      taxMinor: options.taxMinor ?? 5_000,
      seatsLeft: options.seats ?? 50,
    },
  });
  return {
    fareId,
    segmentId,
    flightNumber,
    departureDate,
    offerId: (adults = 1, children = 0, infants = 0) => encodeOfferId({ kind: 'FLIGHT', passengers: { adults, children, infants }, slices: [[fareId]] }),
  };
}

export type HotelFixture = { hotelId: number; roomTypeId: number; ratePlanId: number; checkIn: string; checkOut: string; offerId: (rooms?: number, guests?: number) => string };

/** A Baku hotel with one room type (`allotment` rooms per night) and one free-cancellation rate. */
export async function createHotel(options: { allotment?: number; nights?: number; daysAhead?: number; priceMinor?: number; currency?: string } = {}): Promise<HotelFixture> {
  await seedCatalogBasics();
  const hotelId = id();
  const roomTypeId = id();
  const ratePlanId = id();
  const checkIn = addDays(localToday(), options.daysAhead ?? 12);
  const nights = options.nights ?? 2;
  const checkOut = addDays(checkIn, nights);
  const currency = options.currency ?? 'AZN';
  await db.hotel.create({
    data: {
      id: hotelId,
      slug: `test-hotel-${hotelId}`,
      name: `Test Hotel ${hotelId}`,
      cityId: 'baku',
      district: 'Old City',
      address: '1 Test Street',
      stars: 4,
      lat: 40.37,
      lon: 49.83,
      timeZone: 'Asia/Baku',
      currency,
      checkInTime: '14:00',
      checkOutTime: '12:00',
      amenities: ['wifi'],
      photos: [],
      reviewScore: 85,
    },
  });
  await db.roomType.create({
    data: { id: roomTypeId, hotelId, code: 'DBL', maxOccupancy: 2, beds: 'double', sizeM2: 24, baseAllotment: options.allotment ?? 5, basePriceMinor: options.priceMinor ?? 12_000 },
  });
  await db.ratePlan.create({
    data: {
      id: ratePlanId,
      roomTypeId,
      hotelId,
      code: 'FLEX',
      board: 'BB',
      cancellation: 'FREE_UNTIL',
      freeUntilDays: 2,
      penalty: 'FIRST_NIGHT',
      priceFactorBp: 10_000,
      boardSupplementMinor: 0,
    },
  });
  await db.roomNight.createMany({
    data: Array.from({ length: nights }, (_, i) => ({
      roomTypeId,
      night: new Date(`${addDays(checkIn, i)}T00:00:00Z`),
      allotment: options.allotment ?? 5,
      sold: 0,
      priceMinor: options.priceMinor ?? 12_000,
    })),
  });
  return {
    hotelId,
    roomTypeId,
    ratePlanId,
    checkIn,
    checkOut,
    offerId: (rooms = 1, guests = 1) => encodeOfferId({ kind: 'HOTEL', ratePlanId, checkIn, checkOut, rooms, guests }),
  };
}

export type TransferFixture = { routeId: number; vehicleClass: VehicleClass; pickupDate: string; offerId: (passengers?: number, bags?: number) => string };

/** GYD → a Baku zone; `vehicles` transfers of the class a day (TransferFleet.dailyCapacity). */
export async function createTransfer(options: { vehicles?: number; vehicleClass?: VehicleClass; daysAhead?: number; amountMinor?: number; airportCode?: string } = {}): Promise<TransferFixture> {
  await seedCatalogBasics();
  const zoneId = id();
  const routeId = id();
  const vehicleClass = options.vehicleClass ?? 'ECONOMY';
  const airportCode = options.airportCode ?? 'GYD';
  const pickupDate = addDays(localToday(), options.daysAhead ?? 10);
  await db.transferZone.create({
    data: { id: zoneId, slug: `test-zone-${zoneId}`, cityId: 'baku', nameEn: 'Test Zone', nameRu: 'Тестовая зона', nameAz: 'Test zonası', nameKk: 'Сынақ аймағы', lat: 40.4, lon: 49.9 },
  });
  await db.transferRoute.create({ data: { id: routeId, airportCode, zoneId, distanceKm: 25, durationMinutes: 35, currency: 'AZN' } });
  await db.transferPrice.create({ data: { routeId, vehicleClass, amountMinor: options.amountMinor ?? 6_000, currency: 'AZN' } });
  // The fleet is per airport and class: a test that wants its own capacity uses its own class/airport.
  await db.transferFleet.upsert({
    where: { airportCode_vehicleClass: { airportCode, vehicleClass } },
    create: { airportCode, vehicleClass, vehicles: options.vehicles ?? 5, dailyCapacity: options.vehicles ?? 5 },
    update: { vehicles: options.vehicles ?? 5, dailyCapacity: options.vehicles ?? 5 },
  });
  return {
    routeId,
    vehicleClass,
    pickupDate,
    offerId: (passengers = 1, bags = 1) =>
      encodeOfferId({ kind: 'TRANSFER', routeId, vehicleClass, pickupDate, pickupTime: '14:30', passengers, bags }),
  };
}

export type TripFixture = { owner: TripOwner; tripId: string; itemIds: string[] };

/** A new anonymous browser's trip holding these offers. */
export async function createTrip(offers: { kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; offerId: string }[], owner?: TripOwner): Promise<TripFixture> {
  let who: TripOwner = owner ?? { userId: null, cookieToken: null };
  let tripId = '';
  const itemIds: string[] = [];
  for (const offer of offers) {
    const added = await addTripItem({ owner: who, input: offer });
    if (added.setCookie) who = { ...who, cookieToken: added.setCookie };
    tripId = added.tripId;
    itemIds.push(added.itemId);
  }
  if (!who.userId && !who.cookieToken) who = { userId: null, cookieToken: newTripToken() };
  return { owner: who, tripId, itemIds };
}

let person = 0;

/** A distinct adult passenger (document numbers differ, so Agreement 8.1 never matches by accident). */
export function passenger(overrides: Record<string, unknown> = {}) {
  person += 1;
  return {
    firstName: 'Aylin',
    lastName: `Testova${String.fromCharCode(65 + (person % 26))}${String.fromCharCode(65 + (Math.floor(person / 26) % 26))}`,
    dateOfBirth: '1990-04-12',
    gender: 'FEMALE',
    nationality: 'AZ',
    documentNumber: `C${String(1_000_000 + person)}${randomUUID().slice(0, 4).toUpperCase()}`,
    documentExpiry: '2034-01-31',
    ...overrides,
  };
}

/**
 * A complete, valid checkout form for the trip's items (kinds in the order given), as the page would
 * post it after formToObject. Override any part.
 */
export async function checkoutInput(trip: TripFixture, overrides: Record<string, unknown> = {}) {
  const items = await db.tripItem.findMany({ where: { tripId: trip.tripId }, orderBy: [{ addedAt: 'asc' }, { id: 'asc' }] });
  return {
    idempotencyKey: randomUUID(),
    items: items.map((item) => {
      const offer = item.offer as { passengers?: { adults: number; children: number; infants: number } | number; bags?: number };
      if (item.kind === 'FLIGHT') {
        const counts = offer.passengers as { adults: number; children: number; infants: number };
        const list = [
          ...Array.from({ length: counts.adults }, () => passenger()),
          ...Array.from({ length: counts.children }, () => passenger({ dateOfBirth: `${new Date().getUTCFullYear() - 8}-03-03` })),
          ...Array.from({ length: counts.infants }, () => passenger({ dateOfBirth: `${new Date().getUTCFullYear() - 1}-01-01` })),
        ];
        return { tripItemId: item.id, kind: 'FLIGHT', passengers: list };
      }
      if (item.kind === 'HOTEL') return { tripItemId: item.id, kind: 'HOTEL', leadGuest: { firstName: 'Aylin', lastName: 'Testova' } };
      return {
        tripItemId: item.id,
        kind: 'TRANSFER',
        leadPassenger: { firstName: 'Aylin', lastName: 'Testova' },
        passengers: String(offer.passengers ?? 1),
        bags: String(offer.bags ?? 0),
        childSeats: '0',
        animals: '0',
      };
    }),
    contact: { email: 'traveller@example.com', phone: '+994 50 123 45 67', bookerDateOfBirth: '1985-06-01' },
    promoCode: '',
    paymentMethod: 'CARD',
    consents: { agreement: 'on', agreementVersion: TEST_AGREEMENT_VERSION, dataProcessing: 'on' },
    ...overrides,
  };
}

/** The agreement version tests place orders under (placeOrder compares it with the one "shown"). */
export const TEST_AGREEMENT_VERSION = '2026-11-23';

export async function createPromo(overrides: Partial<Parameters<typeof db.promoCode.create>[0]['data']> = {}) {
  return db.promoCode.create({
    data: {
      code: `SAVE${id()}`,
      active: true,
      discountType: 'PERCENT',
      percent: '10',
      kinds: ['FLIGHT', 'HOTEL', 'TRANSFER'],
      validFrom: new Date(Date.now() - 86_400_000),
      validUntil: new Date(Date.now() + 30 * 86_400_000),
      ...overrides,
    },
  });
}
