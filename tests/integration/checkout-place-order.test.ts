/**
 * Issue 6: placing an order from a trip on the real database — what is stored, and every refusal
 * (price change, sold out, Agreement 8.1, 8.2, 3.1.1, consents, malformed and hostile input) leaving
 * nothing behind.
 */
import { describe, expect, it } from 'vitest';
import {
  checkoutInput,
  configureBookingTestEnv,
  createFlight,
  createHotel,
  createPromo,
  createTransfer,
  createTrip,
  passenger,
  TEST_AGREEMENT_VERSION,
  type TripFixture,
} from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { acceptNewPrice } = await import('@/lib/booking/accept-new-price');
const { applyPromoCode } = await import('@/lib/booking/apply-promo-code');
const { findTrip } = await import('@/lib/booking/find-trip');
const { repriceTrip } = await import('@/lib/booking/reprice-trip');
const { releaseExpiredHolds } = await import('@/lib/fulfilment/release-expired-holds');
const { requestAssistance } = await import('@/lib/booking/request-assistance');
const { formToObject } = await import('@/lib/booking/checkout-schema');
const { BookingError } = await import('@/lib/booking/errors');
const { decryptField } = await import('@/lib/crypto/field-encryption');

const place = (trip: TripFixture, input: unknown, at?: Date) =>
  placeOrder({ owner: trip.owner, input, locale: 'ru', agreementVersion: TEST_AGREEMENT_VERSION, ...(at ? { at } : {}) });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BookingError);
  return error as InstanceType<typeof BookingError>;
}

/** Rows a refused checkout must not leave behind. */
async function counts() {
  const [orders, items, passengers, consents, holds, catalogHolds, events] = await Promise.all([
    db.order.count(),
    db.orderItem.count(),
    db.orderPassenger.count(),
    db.orderConsent.count(),
    db.orderHold.count(),
    db.catalogHold.count(),
    db.orderEvent.count(),
  ]);
  return { orders, items, passengers, consents, holds, catalogHolds, events };
}

async function threeKindTrip() {
  const flight = await createFlight({ seats: 9 });
  const hotel = await createHotel({ allotment: 3 });
  const transfer = await createTransfer({ vehicles: 3, vehicleClass: 'COMFORT' });
  const trip = await createTrip([
    { kind: 'FLIGHT', offerId: flight.offerId(2) },
    { kind: 'HOTEL', offerId: hotel.offerId(1, 2) },
    { kind: 'TRANSFER', offerId: transfer.offerId(2, 2) },
  ]);
  return { flight, hotel, transfer, trip };
}

describe('placeOrder: a flight, a hotel and a transfer in one order', () => {
  it('holds all three, stores passengers encrypted, consents, price lines, and empties the trip', async () => {
    const { flight, hotel, trip } = await threeKindTrip();
    const input = await checkoutInput(trip, { consents: { agreement: 'on', agreementVersion: TEST_AGREEMENT_VERSION, dataProcessing: 'on', marketing: '' } });
    const placed = await place(trip, input);

    expect(placed.reference).toMatch(/^KRV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(placed.created).toBe(true);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order.status).toBe('HELD');
    expect(order.agreementVersion).toBe(TEST_AGREEMENT_VERSION);
    expect(order.contactEmail).toBe('traveller@example.com');
    expect(order.contactPhoneEnc).not.toContain('994');
    expect(decryptField(order.contactPhoneEnc!)).toBe('+994501234567');

    const checkout = await db.orderCheckout.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(checkout.holdExpiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(checkout.holdExpiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // Passengers: names as typed (upper case), document number and date of birth never in clear.
    const passengers = await db.orderPassenger.findMany({ where: { orderId: order.id }, orderBy: [{ role: 'asc' }, { position: 'asc' }] });
    expect(passengers.map((p) => p.role)).toEqual(['FLIGHT_PASSENGER', 'FLIGHT_PASSENGER', 'HOTEL_LEAD_GUEST', 'TRANSFER_LEAD_PASSENGER']);
    const typed = (input.items[0] as { passengers: { documentNumber: string; dateOfBirth: string }[] }).passengers[0]!;
    const stored = passengers[0]!;
    expect(stored.documentNumberEnc).not.toContain(typed.documentNumber);
    expect(decryptField(stored.documentNumberEnc!)).toBe(typed.documentNumber);
    expect(decryptField(stored.dateOfBirthEnc!)).toBe(typed.dateOfBirth);
    expect(stored.documentNumberHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const raw = await db.$queryRaw<{ dump: string }[]>`SELECT row_to_json(p)::text AS dump FROM order_passengers p`;
    for (const row of raw) expect(row.dump).not.toContain(typed.documentNumber);
    expect(passengers[3]!.transferDetails).toEqual({ passengers: 2, bags: 2, childSeats: 0, animals: 0 });
    expect(await db.orderFlightReservation.count({ where: { orderId: order.id } })).toBe(2);

    // Agreement 2.2, 3.1.6: the ticks with version and language; marketing refused is on record too.
    const consents = await db.orderConsent.findMany({ where: { orderId: order.id }, orderBy: { purpose: 'asc' } });
    expect(consents.map((c) => [c.purpose, c.granted, c.version, c.language])).toEqual([
      ['AGREEMENT', true, TEST_AGREEMENT_VERSION, 'ru'],
      ['DATA_PROCESSING', true, TEST_AGREEMENT_VERSION, 'ru'],
      ['CO_TRAVELLER_DATA', true, TEST_AGREEMENT_VERSION, 'ru'],
      ['MARKETING', false, TEST_AGREEMENT_VERSION, 'ru'],
    ]);

    // Agreement 4.3, 4.4: provider cost and the non-refundable service fee per line.
    const lines = await db.orderPriceLine.findMany({ where: { orderId: order.id }, orderBy: { position: 'asc' } });
    expect(lines.map((l) => [l.kind, l.providerCostMinor, l.serviceFeeMinor, l.totalMinor, l.serviceFeeRefundable])).toEqual([
      ['FLIGHT', 2 * 25_000, 1_000, 51_000, false],
      ['HOTEL', 2 * 12_000, 720, 24_720, false], // 3 % of the stay, at least 5 AZN
      ['TRANSFER', 6_000, 500, 6_500, false],
    ]);
    expect(checkout.chargeAmountMinor).toBe(51_000 + 24_720 + 6_500);
    const items = await db.orderItem.findMany({ where: { orderId: order.id } });
    expect(items).toHaveLength(3);
    const flightItem = items.find((i) => i.kind === 'FLIGHT')!;
    expect((flightItem.snapshot as { rulesItem: { kind: string } }).rulesItem.kind).toBe('FLIGHT');

    // Inventory held: seats, room-nights, the vehicle.
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(7);
    expect((await db.roomNight.findFirstOrThrow({ where: { roomTypeId: hotel.roomTypeId } })).sold).toBe(1);
    expect(await db.orderHold.count({ where: { orderId: order.id, status: 'HELD' } })).toBe(3);
    expect(await db.catalogHold.count({ where: { status: 'HELD' } })).toBe(3);

    // The transition and its audit event.
    const events = await db.orderEvent.findMany({ where: { orderId: order.id } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.reason])).toEqual([['DRAFT', 'HELD', 'INVENTORY_HELD']]);
    expect(await db.auditEvent.count({ where: { subjectType: 'order', subjectId: order.id, action: 'order.inventory_held' } })).toBe(1);

    // The trip's offers now live in the order.
    expect(await db.tripItem.count({ where: { tripId: trip.tripId } })).toBe(0);
  });

  it('a double submit of the same form places one order', async () => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const input = await checkoutInput(trip);
    const before = await db.order.count();
    const [a, b] = await Promise.all([place(trip, input), place(trip, input)]);
    expect(a.orderId).toBe(b.orderId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await db.order.count()).toBe(before + 1);
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(8);
    // And again later (a reload of the same form): still the same order.
    expect((await place(trip, input)).orderId).toBe(a.orderId);
  });

  it('a double submit for the very last seat answers both submissions with the order, not "sold out"', async () => {
    const flight = await createFlight({ seats: 1 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const input = await checkoutInput(trip);
    const results = await Promise.all(Array.from({ length: 5 }, () => place(trip, input)));
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(0);
  });
});

describe('re-pricing before anything is held', () => {
  it('shows a changed price and refuses to apply it until the traveller accepts it', async () => {
    const flight = await createFlight({ seats: 9, baseMinor: 20_000 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    await db.fare.update({ where: { id: flight.fareId }, data: { baseMinor: 23_000 } });

    const view = await findTrip(db, trip.owner);
    const repriced = await repriceTrip(view!);
    expect(repriced[0]).toMatchObject({ status: 'PRICE_CHANGED', previous: { amount: 25_000, currency: 'AZN' }, price: { amount: 28_000, currency: 'AZN' } });

    const before = await counts();
    const error = await refusal(place(trip, await checkoutInput(trip)));
    expect(error.code).toBe('PRICE_CHANGED');
    expect(error.details.items).toEqual([{ itemId: trip.itemIds[0], status: 'PRICE_CHANGED', previous: { amount: 25_000, currency: 'AZN' }, price: { amount: 28_000, currency: 'AZN' } }]);
    expect(await counts()).toEqual(before);
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(9);

    await acceptNewPrice({ owner: trip.owner, input: { itemId: trip.itemIds[0] } });
    const placed = await place(trip, await checkoutInput(trip));
    expect(placed.charge).toEqual({ amount: 28_000 + 1_000, currency: 'AZN' });
  });

  it('shows a sold-out offer and holds nothing', async () => {
    const flight = await createFlight({ seats: 2 });
    const hotel = await createHotel({ allotment: 2 });
    const trip = await createTrip([
      { kind: 'HOTEL', offerId: hotel.offerId(1, 1) },
      { kind: 'FLIGHT', offerId: flight.offerId(2) },
    ]);
    await db.fare.update({ where: { id: flight.fareId }, data: { seatsLeft: 1 } });
    const before = await counts();
    const error = await refusal(place(trip, await checkoutInput(trip)));
    expect(error.code).toBe('SOLD_OUT');
    expect(error.details.items).toMatchObject([{ itemId: trip.itemIds[1], status: 'SOLD_OUT' }]);
    expect(await counts()).toEqual(before);
    expect((await db.roomNight.findFirstOrThrow({ where: { roomTypeId: hotel.roomTypeId } })).sold).toBe(0);
  });
});

describe('Agreement 8.1: the same passenger on the same flight twice', () => {
  it('is refused within one order', async () => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(2) }]);
    const twin = passenger();
    const input = await checkoutInput(trip);
    (input.items[0] as { passengers: unknown[] }).passengers = [twin, { ...twin, documentNumber: ` ${twin.documentNumber.toLowerCase()} ` }];
    const before = await counts();
    const error = await refusal(place(trip, input));
    expect(error.code).toBe('DUPLICATE_RESERVATION');
    expect(error.fieldErrors['items.0.passengers.1.documentNumber']).toBe('rules.reasons.DUPLICATE_SAME_DATE');
    expect(await counts()).toEqual(before);
  });

  it('is refused against another live order, by document or by name and date of birth, and allowed once that order expired', async () => {
    const flight = await createFlight({ seats: 9 });
    const first = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const traveller = passenger();
    const firstInput = await checkoutInput(first);
    (firstInput.items[0] as { passengers: unknown[] }).passengers = [traveller];
    const firstOrder = await place(first, firstInput);

    // Another browser books the same person on the same flight.
    const second = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const byDocument = await checkoutInput(second);
    (byDocument.items[0] as { passengers: unknown[] }).passengers = [{ ...traveller, firstName: 'Other', lastName: 'Name' }];
    const error = await refusal(place(second, byDocument));
    expect(error.code).toBe('DUPLICATE_RESERVATION');
    expect(error.fieldErrors['items.0.passengers.0.documentNumber']).toBe('rules.reasons.DUPLICATE_SAME_DATE');

    const byName = await checkoutInput(second);
    (byName.items[0] as { passengers: unknown[] }).passengers = [{ ...traveller, firstName: traveller.firstName.toUpperCase(), documentNumber: 'X9988776' }];
    expect((await refusal(place(second, byName))).code).toBe('DUPLICATE_RESERVATION');

    // The first order's hold runs out: it no longer claims the seat, so the booking may go ahead.
    await releaseExpiredHolds({ now: new Date(Date.now() + 16 * 60_000) });
    expect((await db.order.findUniqueOrThrow({ where: { id: firstOrder.orderId } })).status).toBe('EXPIRED');
    const placed = await place(second, await checkoutInput(second, { items: byDocument.items }));
    expect(placed.created).toBe(true);
  });
});

describe('Agreement 8.2: not booked online', () => {
  it('routes a passenger needing special assistance to support, with nothing held', async () => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const input = await checkoutInput(trip);
    (input.items[0] as { passengers: Record<string, unknown>[] }).passengers[0]!.specialAssistance = 'on';
    const before = await counts();
    const error = await refusal(place(trip, input));
    expect(error.code).toBe('ROUTE_TO_SUPPORT');
    expect(error.details.support).toEqual(['SPECIAL_ASSISTANCE_REQUIRED']);
    expect(error.fieldErrors['items.0.passengers.0.specialAssistance']).toBe('rules.reasons.SPECIAL_ASSISTANCE_REQUIRED');
    expect(await counts()).toEqual(before);

    // The form offers a request to support instead.
    const { requestId } = await requestAssistance({
      owner: trip.owner,
      locale: 'en',
      input: { contact: { email: 'parent@example.com', phone: '+994501112233' }, reasons: error.details.support, message: 'Wheelchair to the gate', consent: true },
    });
    const request = await db.assistanceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.reasons).toEqual(['SPECIAL_ASSISTANCE_REQUIRED']);
    expect(request.contactPhoneEnc).not.toContain('501112233');
    expect(request.itinerary).toMatchObject([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    // The note about the assistance is special-category data: encrypted, and sent only with consent.
    expect(request.messageEnc).not.toContain('Wheelchair');
    expect(decryptField(request.messageEnc!)).toBe('Wheelchair to the gate');
    const noConsent = await refusal(
      requestAssistance({ owner: trip.owner, locale: 'en', input: { contact: { email: 'parent@example.com', phone: '+994501112233' }, reasons: ['SPECIAL_ASSISTANCE_REQUIRED'] } }),
    );
    expect(noConsent.fieldErrors.assistanceConsent).toBe('checkout.errors.assistanceConsent');
  });

  it('routes an unaccompanied minor to support', async () => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const input = await checkoutInput(trip);
    const year = new Date().getUTCFullYear() - 15;
    (input.items[0] as { passengers: unknown[] }).passengers = [passenger({ dateOfBirth: `${year}-01-15` })];
    const error = await refusal(place(trip, input));
    expect(error.code).toBe('ROUTE_TO_SUPPORT');
    expect(error.details.support).toEqual(['UNACCOMPANIED_MINOR']);
  });
});

describe('server-side checks with field errors, and nothing written', () => {
  it('refuses a booker under 18 (Agreement 3.1.1)', async () => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const seventeen = new Date();
    seventeen.setUTCFullYear(seventeen.getUTCFullYear() - 17);
    const input = await checkoutInput(trip, { contact: { email: 'kid@example.com', phone: '+994501234567', bookerDateOfBirth: seventeen.toISOString().slice(0, 10) } });
    const before = await counts();
    const error = await refusal(place(trip, input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors['contact.bookerDateOfBirth']).toBe('rules.reasons.BOOKER_UNDER_18');
    expect(await counts()).toEqual(before);
  });

  it('requires the agreement of the version shown, processing consent, email and emergency phone (2.2, 3.1.6, 3.1.9)', async () => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(2) }]);
    const input = await checkoutInput(trip, {
      contact: { email: 'not-an-email', phone: '', bookerDateOfBirth: '1980-01-01' },
      consents: { agreement: '', agreementVersion: TEST_AGREEMENT_VERSION, dataProcessing: '' },
    });
    const error = await refusal(place(trip, input));
    expect(error.fieldErrors).toMatchObject({
      'contact.email': 'rules.reasons.CONTACT_EMAIL_INVALID',
      'contact.phone': 'rules.reasons.CONTACT_PHONE_MISSING',
      'consents.agreement': 'rules.reasons.AGREEMENT_NOT_ACCEPTED',
      'consents.dataProcessing': 'rules.reasons.PROCESSING_CONSENT_MISSING',
    });
    const outdated = await checkoutInput(trip, { consents: { agreement: 'on', agreementVersion: '2020-01-01', dataProcessing: 'on' } });
    expect((await refusal(place(trip, outdated))).fieldErrors['consents.agreement']).toBe('rules.reasons.AGREEMENT_VERSION_OUTDATED');
  });

  it('checks passenger types, document validity and the transfer party (6.2)', async () => {
    const flight = await createFlight({ seats: 9 });
    const transfer = await createTransfer({ vehicles: 3, vehicleClass: 'MICRO' });
    const trip = await createTrip([
      { kind: 'FLIGHT', offerId: flight.offerId(1, 1) },
      { kind: 'TRANSFER', offerId: transfer.offerId(1, 1) },
    ]);
    const input = await checkoutInput(trip);
    const [adult, child] = (input.items[0] as { passengers: Record<string, unknown>[] }).passengers;
    child!.dateOfBirth = '1990-01-01';
    adult!.documentExpiry = '2020-01-01';
    Object.assign(input.items[1] as object, { passengers: '3', bags: '9', childSeats: '4' });
    const error = await refusal(place(trip, input));
    expect(error.fieldErrors).toMatchObject({
      'items.0.passengers.1.dateOfBirth': 'checkout.errors.passengerTypeCHILD',
      'items.0.passengers.0.documentExpiry': 'checkout.errors.documentExpired',
      'items.1.passengers': 'checkout.errors.tooManyPassengers',
      'items.1.bags': 'checkout.errors.tooManyBags',
      'items.1.childSeats': 'checkout.errors.tooManyChildSeats',
    });
  });

  it('refuses children, animals or extra luggage declared less than 24 h before pickup (Agreement 6.2)', async () => {
    const transfer = await createTransfer({ vehicles: 3, vehicleClass: 'MINIVAN_4', daysAhead: 1 });
    const trip = await createTrip([{ kind: 'TRANSFER', offerId: transfer.offerId(2, 1) }]);
    const item = await db.tripItem.findFirstOrThrow({ where: { tripId: trip.tripId } });
    const pickup = new Date((item.offer as { pickupAt: string }).pickupAt);
    const at = new Date(pickup.getTime() - 20 * 3_600_000); // bookable (16 h) but past the 24 h for extras
    const input = await checkoutInput(trip);
    Object.assign(input.items[0] as object, { childSeats: '1', animals: '1' });
    const error = await refusal(place(trip, input, at));
    expect(error.fieldErrors).toMatchObject({
      'items.0.childSeats': 'rules.reasons.TRANSFER_EXTRAS_TOO_LATE',
      'items.0.animals': 'rules.reasons.TRANSFER_EXTRAS_TOO_LATE',
    });
  });

  const hostile: [string, (input: Record<string, unknown>) => unknown][] = [
    ['null', () => null],
    ['an array', () => []],
    ['a string', () => 'DROP TABLE orders'],
    ['no items', (i) => ({ ...i, items: [] })],
    ['items of another trip', (i) => ({ ...i, items: (i.items as Record<string, unknown>[]).map((it) => ({ ...it, tripItemId: '00000000-0000-4000-8000-000000000000' })) })],
    ['an extra item', (i) => ({ ...i, items: [...(i.items as unknown[]), (i.items as unknown[])[0]] })],
    ['a wrong kind', (i) => ({ ...i, items: (i.items as Record<string, unknown>[]).map((it) => ({ ...it, kind: 'HOTEL' })) })],
    ['SQL in a name', (i) => withPassenger(i, { lastName: "O'Brien'; DROP TABLE orders; --" })],
    ['Cyrillic in a name', (i) => withPassenger(i, { firstName: 'Айгюль' })],
    ['markup in a name', (i) => withPassenger(i, { firstName: '<script>alert(1)</script>' })],
    ['a 10 kB name', (i) => withPassenger(i, { lastName: 'A'.repeat(10_000) })],
    ['an impossible date', (i) => withPassenger(i, { dateOfBirth: '1990-02-30' })],
    ['a number for a name', (i) => withPassenger(i, { firstName: 42 })],
    ['an unknown gender', (i) => withPassenger(i, { gender: 'ROBOT' })],
    ['an unknown country', (i) => withPassenger(i, { nationality: 'XX' })],
    ['a short document', (i) => withPassenger(i, { documentNumber: '12' })],
    ['a missing passenger', (i) => ({ ...i, items: (i.items as Record<string, unknown>[]).map((it) => ({ ...it, passengers: [] })) })],
    ['too many passengers', (i) => ({ ...i, items: (i.items as Record<string, unknown>[]).map((it) => ({ ...it, passengers: Array.from({ length: 12 }, () => passenger()) })) })],
    ['a bad idempotency key', (i) => ({ ...i, idempotencyKey: "'; --" })],
    ['an unknown payment method', (i) => ({ ...i, paymentMethod: 'CRYPTO' })],
    ['a checkbox object', (i) => ({ ...i, consents: { agreement: { $ne: null }, agreementVersion: TEST_AGREEMENT_VERSION, dataProcessing: 'on' } })],
    ['a promo code not applied', (i) => ({ ...i, promoCode: 'FREE100' })],
    ['a huge promo code', (i) => ({ ...i, promoCode: 'X'.repeat(5000) })],
  ];

  function withPassenger(input: Record<string, unknown>, patch: Record<string, unknown>) {
    const items = (input.items as Record<string, unknown>[]).map((item) => ({
      ...item,
      passengers: (item.passengers as Record<string, unknown>[]).map((p) => ({ ...p, ...patch })),
    }));
    return { ...input, items };
  }

  it.each(hostile)('refuses %s with errors and changes nothing', async (_name, mutate) => {
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const input = await checkoutInput(trip);
    const before = await counts();
    const error = await refusal(place(trip, mutate(input)));
    expect(['INVALID_INPUT', 'TRIP_EMPTY']).toContain(error.code);
    expect(error.messageKey).toMatch(/^(checkout|trip)\.errors\.[A-Za-z]+$/);
    for (const key of Object.values(error.fieldErrors)) expect(key).toMatch(/^(checkout\.errors|rules\.reasons)\.[A-Za-z0-9_]+$/);
    expect(await counts()).toEqual(before);
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(9);
    expect(await db.tripItem.count({ where: { tripId: trip.tripId } })).toBe(1);
  });

  it('refuses hostile field names before they reach the schema', () => {
    expect(formToObject([['__proto__.polluted', 'yes']])).toBeNull();
    expect(formToObject([['items.0.constructor.prototype.x', 'yes']])).toBeNull();
    expect(formToObject([['a'.repeat(200), 'x']])).toBeNull();
    expect(formToObject(Array.from({ length: 700 }, (_, i) => [`f${i}`, 'x'] as [string, string]))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(formToObject([['items.0.passengers.1.firstName', 'A'], ['items.0.passengers.0.firstName', 'B'], ['contact.email', 'e']])).toEqual({
      items: [{ passengers: [{ firstName: 'B' }, { firstName: 'A' }] }],
      contact: { email: 'e' },
    });
  });

  it("a browser cannot place an order from someone else's trip", async () => {
    const flight = await createFlight({ seats: 9 });
    const mine = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const theirs = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const error = await refusal(place(mine, await checkoutInput(theirs)));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors._form).toBe('checkout.errors.tripChanged');
  });
});

describe('promo codes (Agreement 7)', () => {
  it('discounts the provider cost, never the service fee, and is given back when the order expires', async () => {
    const promo = await createPromo({ percent: '10', maxUses: 1, kinds: ['HOTEL'] });
    const hotel = await createHotel({ allotment: 3, priceMinor: 10_000 });
    const trip = await createTrip([{ kind: 'HOTEL', offerId: hotel.offerId(1, 1) }]);
    const badCode = await refusal(applyPromoCode({ owner: trip.owner, input: { promoCode: 'NOPE' } }));
    expect(badCode.fieldErrors.promoCode).toBe('checkout.errors.promoNotFound');
    await applyPromoCode({ owner: trip.owner, input: { promoCode: promo.code.toLowerCase() } });

    const placed = await place(trip, await checkoutInput(trip, { promoCode: promo.code }));
    const [line] = await db.orderPriceLine.findMany({ where: { orderId: placed.orderId } });
    expect(line).toMatchObject({ providerCostMinor: 20_000, discountMinor: 2_000, priceMinor: 18_000, serviceFeeMinor: 600, totalMinor: 18_600 });
    expect((await db.promoCode.findUniqueOrThrow({ where: { id: promo.id } })).timesUsed).toBe(1);

    // Used up: another traveller cannot apply it.
    const other = await createTrip([{ kind: 'HOTEL', offerId: hotel.offerId(1, 1) }]);
    expect((await refusal(applyPromoCode({ owner: other.owner, input: { promoCode: promo.code } }))).fieldErrors.promoCode).toBe('rules.reasons.PROMO_USED_UP');

    await releaseExpiredHolds({ now: new Date(Date.now() + 16 * 60_000) });
    expect((await db.promoCode.findUniqueOrThrow({ where: { id: promo.id } })).timesUsed).toBe(0);
    expect((await db.promoRedemption.findUniqueOrThrow({ where: { orderId: placed.orderId } })).voidedAt).not.toBeNull();
  });
});

describe('the transfer’s flight number for the driver (Agreement 6.2, issue 20)', () => {
  it('is stored with the transfer details as "J2 123" and read back on the itinerary; a malformed one names its field', async () => {
    const { loadItinerary } = await import('@/lib/documents/load-itinerary');
    const { trip } = await threeKindTrip();
    const input = await checkoutInput(trip);
    const transferItem = (input.items as { kind: string; flightNumber?: string }[]).find((i) => i.kind === 'TRANSFER')!;
    transferItem.flightNumber = 'j 2-';
    await expect(place(trip, input)).rejects.toMatchObject({ fieldErrors: { 'items.2.flightNumber': 'checkout.errors.invalidFlightNumber' } });

    transferItem.flightNumber = 'j2123';
    const placed = await place(trip, { ...input, idempotencyKey: crypto.randomUUID() });
    const lead = await db.orderPassenger.findFirstOrThrow({ where: { orderId: placed.orderId, role: 'TRANSFER_LEAD_PASSENGER' } });
    expect(lead.transferDetails).toMatchObject({ flightNumber: 'J2 123' });
    const itinerary = await loadItinerary(placed.orderId);
    expect(itinerary!.items.find((i) => i.kind === 'TRANSFER')!.transfer!.flightNumber).toBe('J2 123');
  });
});
