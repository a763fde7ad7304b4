import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { blindIndex, encryptField } from '@/lib/crypto/field-encryption';
import { recordDisclosure } from '@/lib/privacy/record-disclosure';
import { createUser, uniqueEmail } from './privacy-helpers';

/**
 * An account with a value in every personal column the schema has, written the way the features
 * write them (encrypted fields through lib/crypto/field-encryption.ts). The clear values are
 * returned, so tests can look for them in the export, in My data and in a database dump.
 */
export type FullAccount = Awaited<ReturnType<typeof createFullAccount>>;

let n = 0;
const ALPHA = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const code = (length: number) => Array.from({ length }, () => ALPHA[Math.floor(Math.random() * ALPHA.length)]).join('');

export async function createFullAccount(options: { tripEndsAt?: Date; orderStatus?: 'ISSUED' | 'CANCELLED' | 'REFUNDED' } = {}) {
  n += 1;
  const email = uniqueEmail('full');
  const clear = {
    email,
    name: `Aida Full${n}`,
    phone: `+99450${String(1000000 + n * 7919).slice(0, 7)}`,
    contactPhone: `+77011${String(200000 + n * 104729).slice(0, 6)}`,
    travellerDob: '1988-04-12',
    travellerDoc: `C${String(10000000 + n * 97).slice(0, 8)}`,
    passengerDob: '1979-11-30',
    passengerDoc: `N${String(20000000 + n * 89).slice(0, 8)}`,
    newDocument: `C${String(30000000 + n * 71).slice(0, 8)}`,
    bookerDob: '1975-02-03',
    passengerFirst: `ZHANAR${code(4)}`,
    passengerLast: `TESTOVA${code(4)}`,
    travellerFirst: `RUSLAN${code(4)}`,
    travellerLast: `AKHMEDOV${code(4)}`,
    assistancePhone: `+99455${String(3000000 + n * 31).slice(0, 7)}`,
    assistanceNote: `Wheelchair to the gate, diabetic meal ${code(5)}`,
    ip: `198.51.100.${n % 250}`,
    userAgent: `Mozilla/5.0 PrivacyTest/${n}`,
  };
  const tripEndsAt = options.tripEndsAt ?? new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
  const user = await createUser({ email, name: clear.name, locale: 'ru' });
  const staff = await createUser({ role: 'SUPPORT', name: 'Support Agent' });
  await db.user.update({ where: { id: user.id }, data: { phoneEnc: encryptField(clear.phone), image: 'https://example.test/avatar.png' } });

  const session = await db.session.create({ data: { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
  await db.verificationToken.create({ data: { identifier: email, token: randomUUID(), expires: new Date(Date.now() + 600_000) } });
  await db.savedTraveller.create({
    data: {
      userId: user.id,
      firstName: clear.travellerFirst,
      lastName: clear.travellerLast,
      dateOfBirthEnc: encryptField(clear.travellerDob),
      gender: 'MALE',
      nationality: 'AZ',
      documentNumberEnc: encryptField(clear.travellerDoc),
      documentNumberHash: blindIndex(clear.travellerDoc),
      documentExpiry: new Date('2031-05-01T00:00:00Z'),
    },
  });

  const trip = await db.trip.create({ data: { userId: user.id, cookieHash: randomUUID(), promoCode: null } });
  await db.tripItem.create({ data: { tripId: trip.id, kind: 'HOTEL', offerId: `offer-${randomUUID()}`, offer: { id: 'x' }, acceptedAmountMinor: 10000, acceptedCurrency: 'AZN' } });

  const reference = `KRV-${code(6)}`;
  const order = await db.order.create({
    data: {
      reference,
      status: options.orderStatus ?? 'ISSUED',
      userId: user.id,
      contactEmail: email,
      contactPhoneEnc: encryptField(clear.contactPhone),
      locale: 'ru',
      agreementVersion: '2026-11-23',
    },
  });
  const startsAt = new Date(tripEndsAt.getTime() - 3 * 60 * 60 * 1000);
  const flight = await db.orderItem.create({
    data: { orderId: order.id, kind: 'FLIGHT', title: 'GYD → ALA', startsAt, endsAt: tripEndsAt, priceAmountMinor: 45000, priceCurrency: 'AZN', serviceFeeAmountMinor: 1500, serviceFeeCurrency: 'AZN', snapshot: { offer: 'flight' } },
  });
  const transfer = await db.orderItem.create({
    data: { orderId: order.id, kind: 'TRANSFER', title: 'ALA → Hotel', startsAt: tripEndsAt, endsAt: null, priceAmountMinor: 12000, priceCurrency: 'KZT', serviceFeeAmountMinor: 500, serviceFeeCurrency: 'AZN', snapshot: { offer: 'transfer' } },
  });
  await db.orderPriceLine.createMany({
    data: [
      { orderId: order.id, orderItemId: flight.id, position: 0, kind: 'FLIGHT', currency: 'AZN', providerCostMinor: 45000, discountMinor: 0, priceMinor: 45000, serviceFeeMinor: 1500, totalMinor: 46500 },
      { orderId: order.id, orderItemId: transfer.id, position: 1, kind: 'TRANSFER', currency: 'KZT', providerCostMinor: 12000, discountMinor: 1000, priceMinor: 11000, serviceFeeMinor: 500, totalMinor: 11500 },
    ],
  });
  const promo = await db.promoCode.create({
    data: { code: `PRIV${code(6)}`, discountType: 'FIXED', amountMinor: 1000, limitCurrency: 'KZT', kinds: ['TRANSFER'], validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: new Date('2030-01-01T00:00:00Z') },
  });
  await db.promoRedemption.create({ data: { promoCodeId: promo.id, orderId: order.id, customerKey: `user:${user.id}`, discount: [{ amount: 1000, currency: 'KZT' }] } });
  await db.orderCheckout.create({
    data: {
      orderId: order.id,
      tripId: trip.id,
      idempotencyKey: randomUUID(),
      paymentMethod: 'CARD',
      holdExpiresAt: new Date(),
      chargeAmountMinor: 46500,
      chargeCurrency: 'AZN',
      promoCodeId: promo.id,
      bookerDateOfBirthEnc: encryptField(clear.bookerDob),
      feeScheduleVersion: '2026-11-23',
    },
  });
  const passenger = await db.orderPassenger.create({
    data: {
      orderId: order.id,
      orderItemId: flight.id,
      position: 0,
      role: 'FLIGHT_PASSENGER',
      type: 'ADULT',
      firstName: clear.passengerFirst,
      lastName: clear.passengerLast,
      gender: 'FEMALE',
      nationality: 'KZ',
      dateOfBirthEnc: encryptField(clear.passengerDob),
      documentNumberEnc: encryptField(clear.passengerDoc),
      documentNumberHash: blindIndex(clear.passengerDoc),
      documentExpiry: new Date('2030-01-01T00:00:00Z'),
      savedTravellerId: null,
    },
  });
  await db.orderPassenger.create({
    data: {
      orderId: order.id,
      orderItemId: transfer.id,
      position: 0,
      role: 'TRANSFER_LEAD_PASSENGER',
      firstName: clear.passengerFirst,
      lastName: clear.passengerLast,
      transferDetails: { passengers: 2, bags: 3, childSeats: 1, animals: false },
      savedTravellerId: randomUUID(),
    },
  });
  await db.orderFlightReservation.create({
    data: { orderId: order.id, passengerId: passenger.id, carrier: 'J2', flightNumber: '8', departureDate: new Date('2026-12-01T00:00:00Z'), documentNumberHash: blindIndex(clear.passengerDoc) },
  });
  await db.orderConsent.create({ data: { orderId: order.id, purpose: 'AGREEMENT', granted: true, version: '2026-11-23', language: 'ru', givenAt: new Date() } });
  const hold = await db.orderHold.create({
    data: { orderId: order.id, orderItemId: flight.id, kind: 'FLIGHT', supplier: 'Karvan catalog', offerId: 'f1', status: 'CONFIRMED', expiresAt: new Date(), confirmedAt: new Date(), documents: [`TKT${code(10)}`] },
  });
  await db.catalogHold.create({ data: { holdId: hold.id, kind: 'FLIGHT', offerId: 'f1', status: 'CONFIRMED', expiresAt: new Date(), fareIds: [1], seats: 1, documents: [`TKT${code(10)}`] } });
  await db.orderEvent.create({ data: { orderId: order.id, fromStatus: 'PAID', toStatus: 'ISSUED', reason: 'ISSUED' } });
  const payment = await db.payment.create({
    data: { orderId: order.id, method: 'CARD', provider: 'sandbox', providerRef: `cs_${randomUUID()}`, amountMinor: 46500, currency: 'AZN', status: 'SUCCEEDED', idempotencyKey: randomUUID(), succeededAt: new Date() },
  });
  await db.refund.create({ data: { paymentId: payment.id, amountMinor: 1500, currency: 'AZN', status: 'SUCCEEDED', idempotencyKey: randomUUID(), reason: 'partial' } });
  const sandbox = await db.sandboxCheckoutSession.create({
    data: { id: `sb_${randomUUID()}`, idempotencyKey: randomUUID(), paymentId: payment.id, orderId: order.id, amountMinor: 46500, currency: 'AZN', description: reference, successUrl: 'http://x/ok', cancelUrl: 'http://x/cancel', locale: 'ru', status: 'complete', expiresAt: new Date() },
  });
  await db.sandboxRefund.create({ data: { id: `sr_${randomUUID()}`, idempotencyKey: randomUUID(), sessionId: sandbox.id, amountMinor: 1500, currency: 'AZN', refundId: randomUUID(), status: 'succeeded' } });

  await db.assistanceRequest.create({
    data: {
      userId: user.id,
      tripId: trip.id,
      contactEmail: email,
      contactPhoneEnc: encryptField(clear.assistancePhone),
      locale: 'ru',
      reasons: ['SPECIAL_ASSISTANCE_REQUIRED'],
      itinerary: [],
      messageEnc: encryptField(clear.assistanceNote),
      consentGivenAt: new Date(),
    },
  });

  await db.auditEvent.create({ data: { actorId: user.id, actorRole: 'TRAVELLER', action: 'auth.signed_in', subjectType: 'User', subjectId: user.id, ip: clear.ip, userAgent: clear.userAgent } });
  await db.auditEvent.create({
    data: { actorId: staff.id, actorRole: 'SUPPORT', action: 'personal_data.revealed', subjectType: 'User', subjectId: user.id, ip: '192.0.2.1', userAgent: 'staff browser', data: { record: `OrderPassenger:${passenger.id}`, field: 'documentNumber', reason: 'Airline asked to confirm the passport' } },
  });

  const message = await db.mailboxMessage.create({
    data: { messageId: `<${randomUUID()}@karvan.local>`, fromAddress: 'Karvan <no-reply@karvan.example>', toAddresses: [email], subject: `Your booking ${reference}`, text: `Hello ${clear.name}`, html: `<p>Hello ${clear.name}</p>`, raw: new Uint8Array(Buffer.from(`To: ${email}`)) },
  });
  const serviceRequest = await db.serviceRequest.create({
    data: {
      reference: `SR-${code(6)}`,
      orderId: order.id,
      orderItemId: flight.id,
      kind: 'CHANGE',
      status: 'REJECTED',
      topic: 'PASSENGER_DATA_CHANGE',
      clause: 'Agreement 3.1.4',
      details: { changes: { lastName: `${clear.passengerLast}OVA`, documentNumberEnc: encryptField(clear.newDocument) } },
      openedBy: 'TRAVELLER',
      userId: user.id,
      decidedById: staff.id,
      decidedAt: new Date(),
      decisionNote: `The airline refused the new surname for ${clear.passengerLast}`,
    },
  });
  await db.serviceRequestMessage.create({ data: { requestId: serviceRequest.id, author: 'TRAVELLER', body: `Please correct ${clear.passengerLast}` } });
  await db.outboxMessage.create({ data: { template: 'order-receipt', dedupeKey: `order:${order.id}:receipt`, toAddress: email, locale: 'ru', payload: { orderId: order.id }, orderId: order.id, status: 'SENT', sentAt: new Date() } });
  await db.mailboxAttachment.create({ data: { messageId: message.id, position: 0, filename: 'receipt.pdf', contentType: 'application/pdf', size: 4, content: new Uint8Array(Buffer.from('%PDF')) } });

  const consentId = randomUUID();
  await db.consentRecord.create({ data: { userId: user.id, consentId, purpose: 'MARKETING_EMAIL', granted: true, document: 'privacy', policyVersion: '2026-11-23', language: 'ru', source: 'ACCOUNT' } });
  await db.policyAcknowledgement.create({ data: { userId: user.id, document: 'privacy', version: '2026-11-23' } });
  const request = await db.dataRequest.create({
    data: {
      reference: `DR-${code(6)}`,
      origin: 'DATA_SUBJECT',
      kind: 'CORRECTION',
      status: 'COMPLETED',
      userId: user.id,
      email,
      name: clear.name,
      orderReference: reference,
      details: `Please correct ${clear.passengerLast}`,
      locale: 'ru',
      dueAt: new Date(Date.now() + 10 * 86_400_000),
      resolution: `Corrected ${clear.passengerLast}`,
    },
  });
  await db.privacyToken.create({ data: { purpose: 'VERIFY_DATA_REQUEST', tokenHash: randomUUID(), userId: user.id, dataRequestId: request.id, expiresAt: new Date() } });
  await db.$transaction((tx) =>
    recordDisclosure(tx, { orderId: order.id, orderItemId: flight.id, recipientKind: 'AIRLINE', recipient: 'J2 Azerbaijan Airlines', fields: ['OrderPassenger.documentNumberEnc', 'OrderPassenger.dateOfBirthEnc'], passengerIds: [passenger.id], purpose: 'ticketing' }),
  );
  await db.orderAnonymisation.create({ data: { orderId: order.id, reason: 'retention', dueAt: new Date(tripEndsAt.getTime() + 3 * 365 * 86_400_000) } });

  // Issue 18: a saved search with its price ceiling and one alert sent.
  const savedSearch = await db.savedSearch.create({
    data: {
      userId: user.id,
      kind: 'FLIGHT',
      queryKey: `adults=1&depart=2099-01-15&from=GYD&to=ALA&n=${n}`,
      locale: 'ru',
      ceilingMinor: 25_000,
      ceilingCurrency: 'AZN',
      expiresAt: new Date('2099-01-16T00:00:00Z'),
      stopTokenHash: randomUUID(),
    },
  });
  await db.priceAlert.create({ data: { savedSearchId: savedSearch.id, reason: 'CEILING', priceMinor: 24_000, currency: 'AZN' } });
  return { user, staff, clear, order, passenger, payment, session, trip, promo, reference };
}

/** Sum of what an order was charged and refunded: must not change when identities are removed. */
export async function orderTotals(orderId: string) {
  const [lines, payments, items] = await Promise.all([
    db.orderPriceLine.findMany({ where: { orderId }, select: { currency: true, totalMinor: true, serviceFeeMinor: true, priceMinor: true }, orderBy: { position: 'asc' } }),
    db.payment.findMany({ where: { orderId }, select: { amountMinor: true, currency: true, status: true, refunds: { select: { amountMinor: true, status: true } } } }),
    db.orderItem.findMany({ where: { orderId }, select: { priceAmountMinor: true, serviceFeeAmountMinor: true }, orderBy: { startsAt: 'asc' } }),
  ]);
  return { lines, payments, items };
}
