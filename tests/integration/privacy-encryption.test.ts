/**
 * Issue 8, encryption at rest: a full booking (account with a phone and a saved traveller, a trip of a
 * flight, a hotel and a transfer, the checkout, the card payment and its webhook) leaves no document
 * number, birth date or phone number in clear anywhere in a database dump; key rotation re-encrypts
 * everything and keeps duplicate detection working.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createFlight, createHotel, createTransfer, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { getSandboxProvider, handlePaymentWebhook } = await import('@/lib/payments');
const { sessionObject } = await import('@/lib/payments/sandbox-provider');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');
const { createSavedTraveller } = await import('@/lib/account/create-saved-traveller');
const { requestAssistance } = await import('@/lib/booking/request-assistance');
const { updateProfile } = await import('@/lib/account/update-profile');
const { createFieldCipher, normaliseDocumentNumber } = await import('@/lib/crypto/field-encryption');
const { rotateFieldKeys, countStaleValues } = await import('@/lib/privacy/rotate-field-keys');
const { dumpDatabaseWithMethod } = await import('./privacy-dump');

const context = { ip: '203.0.113.9', userAgent: 'vitest encryption' };
const currentKey = process.env.DATA_ENCRYPTION_KEY!;

beforeAll(() => {
  registerFulfilment();
});

type Secrets = { documents: string[]; births: string[]; phones: string[]; notes: string[] };

async function fullBooking(): Promise<{ orderId: string; secrets: Secrets }> {
  const user = await db.user.create({ data: { email: `enc-${randomBytes(4).toString('hex')}@example.test`, name: 'Enc Test', emailVerified: new Date() } });
  const viewer = { id: user.id, email: user.email, name: user.name, role: user.role };
  await updateProfile({ viewer, input: { name: 'Enc Test', phone: '+77017654321' }, context });
  await createSavedTraveller({
    viewer,
    context,
    input: { firstName: 'DAULET', lastName: 'SAVEDOV', dateOfBirth: '1966-07-21', gender: 'MALE', nationality: 'KZ', documentNumber: 'N66072101', documentExpiry: '2033-03-03' },
  });

  const flight = await createFlight({ seats: 9 });
  const hotel = await createHotel({ allotment: 3 });
  const transfer = await createTransfer({ vehicles: 3, vehicleClass: 'COMFORT' });
  const trip = await createTrip(
    [
      { kind: 'FLIGHT', offerId: flight.offerId(2) },
      { kind: 'HOTEL', offerId: hotel.offerId(1, 2) },
      { kind: 'TRANSFER', offerId: transfer.offerId(2, 2) },
    ],
    { userId: user.id, cookieToken: null },
  );
  const input = await checkoutInput(trip, { contact: { email: user.email, phone: '+994 55 987 65 43', bookerDateOfBirth: '1971-09-09' } });
  const placed = await placeOrder({ owner: trip.owner, input, locale: 'az', agreementVersion: TEST_AGREEMENT_VERSION });
  await startOrderPayment({ orderId: placed.orderId, locale: 'az' });
  const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId } });
  await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
  const completed = await db.sandboxCheckoutSession.findUniqueOrThrow({ where: { id: session.id } });
  const body = JSON.stringify({ id: `evt_${randomBytes(6).toString('hex')}`, object: 'event', api_version: 'sandbox', created: Math.floor(Date.now() / 1000), livemode: false, type: 'checkout.session.completed', data: { object: sessionObject({ ...completed, status: 'complete' }) } });
  await handlePaymentWebhook({ rawBody: body, signature: getSandboxProvider()!.sign(body), provider: getSandboxProvider()! });

  // A request to support with a special-assistance note (special-category data, Privacy Policy 3.5).
  const later = await createHotel({ allotment: 2 });
  const assistanceTrip = await createTrip([{ kind: 'HOTEL', offerId: later.offerId(1, 1) }], { userId: user.id, cookieToken: null });
  await requestAssistance({
    owner: assistanceTrip.owner,
    locale: 'az',
    input: { contact: { email: user.email, phone: '+994701230099' }, reasons: ['SPECIAL_ASSISTANCE_REQUIRED'], message: 'Insulin pump, needs cooled storage', consent: true },
  });

  // A passenger data change asked after booking: the new document number sits encrypted inside the
  // request's JSON details (lib/after-sales/request-change.ts).
  const { encryptField } = await import('@/lib/crypto/field-encryption');
  await db.serviceRequest.create({
    data: {
      reference: `SR-ENC${randomBytes(2).toString('hex').toUpperCase()}`,
      orderId: placed.orderId,
      kind: 'CHANGE',
      topic: 'PASSENGER_DATA_CHANGE',
      openedBy: 'TRAVELLER',
      details: { changes: { lastName: 'SAVEDOVA', documentNumberEnc: encryptField('N77112233') }, history: [{ addressEnc: encryptField('Nizami kuc. 10') }] },
    },
  });

  const flightPassengers = (input.items[0] as { passengers: { documentNumber: string; dateOfBirth: string }[] }).passengers;
  return {
    orderId: placed.orderId,
    secrets: {
      documents: ['N66072101', 'N77112233', ...flightPassengers.map((p) => p.documentNumber), ...flightPassengers.map((p) => normaliseDocumentNumber(p.documentNumber))],
      births: ['1966-07-21', '1971-09-09', ...flightPassengers.map((p) => p.dateOfBirth)],
      phones: ['+77017654321', '77017654321', '+994559876543', '994559876543', '+994 55 987 65 43', '+994701230099', '994701230099'],
      notes: ['Insulin pump', 'Nizami kuc'],
    },
  };
}

function cleartextIn(dump: string, secrets: Secrets): string[] {
  return [...secrets.documents, ...secrets.births, ...secrets.phones, ...secrets.notes].filter((value) => dump.includes(value));
}

describe('encryption at rest', () => {
  let booking: Awaited<ReturnType<typeof fullBooking>>;
  let latestKey = currentKey;

  it('a dump of the database after a full booking shows no document number, birth date, phone or assistance note in clear', async (ctx) => {
    booking = await fullBooking();
    expect((await db.order.findUniqueOrThrow({ where: { id: booking.orderId } })).status).toBe('PAID');
    const dump = await dumpDatabaseWithMethod();
    ctx.annotate(`dumped with ${dump.via}`);
    expect(dump.text).toContain(booking.orderId);
    expect(cleartextIn(dump.text, booking.secrets)).toEqual([]);
  });

  it('key rotation re-encrypts every value under the new key, recomputes blind indexes, and can run again', async () => {
    const newKey = randomBytes(32).toString('base64');
    const rotating = createFieldCipher(newKey, [currentKey]);
    const onlyNew = createFieldCipher(newKey);
    const passengerBefore = await db.orderPassenger.findFirstOrThrow({ where: { orderId: booking.orderId, role: 'FLIGHT_PASSENGER' } });
    const clearDoc = createFieldCipher(currentKey).decrypt(passengerBefore.documentNumberEnc!);

    const dry = await rotateFieldKeys({ db, cipher: rotating, dryRun: true, batchSize: 2 });
    expect(dry.remaining).toBeGreaterThan(0);
    expect(await countStaleValues(db, rotating)).toBe(dry.remaining);

    const report = await rotateFieldKeys({ db, cipher: rotating, batchSize: 2 });
    expect(report.unreadable).toEqual([]);
    expect(report.remaining).toBe(0);
    expect(Object.keys(report.reencrypted)).toEqual(expect.arrayContaining(['User.phoneEnc', 'SavedTraveller.documentNumberEnc', 'Order.contactPhoneEnc', 'OrderPassenger.documentNumberEnc', 'OrderCheckout.bookerDateOfBirthEnc']));
    // Encrypted members inside JSON are rotated too, wherever they are nested.
    expect(report.reencrypted['ServiceRequest.details']).toBe(2);
    const request = await db.serviceRequest.findFirstOrThrow({ where: { orderId: booking.orderId, topic: 'PASSENGER_DATA_CHANGE' } });
    const details = request.details as { changes: { documentNumberEnc: string }; history: { addressEnc: string }[] };
    expect(onlyNew.decrypt(details.changes.documentNumberEnc)).toBe('N77112233');
    expect(onlyNew.decrypt(details.history[0]!.addressEnc)).toBe('Nizami kuc. 10');

    const passenger = await db.orderPassenger.findUniqueOrThrow({ where: { id: passengerBefore.id } });
    expect(passenger.documentNumberEnc!.startsWith(`v1:${onlyNew.keyId}:`)).toBe(true);
    expect(onlyNew.decrypt(passenger.documentNumberEnc!)).toBe(clearDoc);
    // Agreement 8.1 keeps matching: the same document hashes the same under the new key, copies included.
    expect(passenger.documentNumberHash).toBe(onlyNew.blindIndex(normaliseDocumentNumber(clearDoc)));
    const reservations = await db.orderFlightReservation.findMany({ where: { passengerId: passenger.id } });
    expect(reservations.length).toBeGreaterThan(0);
    expect(reservations.every((r) => r.documentNumberHash === passenger.documentNumberHash)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: 'privacy.keys_rotated', subjectId: onlyNew.keyId } })).toBe(1);

    latestKey = newKey;
    const again = await rotateFieldKeys({ db, cipher: rotating });
    expect(Object.values(again.reencrypted).reduce((a, b) => a + b, 0)).toBe(0);

    const dump = await dumpDatabaseWithMethod();
    expect(cleartextIn(dump.text, booking.secrets)).toEqual([]);
    expect(dump.text).not.toContain(`v1:${createFieldCipher(currentKey).keyId}:`);
  });

  it('a value under an unknown key is reported, never lost', async () => {
    const stranger = createFieldCipher(randomBytes(32).toString('base64'));
    const row = await db.orderPassenger.findFirstOrThrow({ where: { orderId: booking.orderId, role: 'FLIGHT_PASSENGER' } });
    const lost = stranger.encrypt('1999-01-01');
    await db.orderPassenger.update({ where: { id: row.id }, data: { dateOfBirthEnc: lost } });
    const report = await rotateFieldKeys({ db, cipher: createFieldCipher(randomBytes(32).toString('base64'), [latestKey]) });
    expect(report.unreadable).toEqual([`OrderPassenger.dateOfBirthEnc ${row.id}`]);
    expect(report.remaining).toBe(1);
    expect((await db.orderPassenger.findUniqueOrThrow({ where: { id: row.id } })).dateOfBirthEnc).toBe(lost);
  });
});
