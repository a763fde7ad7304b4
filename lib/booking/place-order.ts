/**
 * Turns the traveller's trip into a HELD order, in one transaction: the form is checked again on the
 * server (shape, Agreement 3.1.1, 3.1.6, 3.1.9, 2.2, 6.2, 8.2), every offer is re-priced through the
 * supplier boundary (a changed price or a sold-out offer is refused, never applied), the duplicate
 * check of Agreement 8.1 runs against this order and every other live order, and then the inventory of
 * every item is held at the supplier for 15 minutes (or until the office deadline, Agreement 4.1).
 * All or nothing: if one hold fails, nothing is held and no order exists.
 *
 * The same submitted form (its idempotency key) always yields the same order, so a double click
 * places one order. Payment starts after the commit (start-order-payment.ts).
 */
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { AuditActor } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import { blindIndex, decryptField, encryptField, normaliseDocumentNumber } from '@/lib/privacy/field-encryption';
import { recordCheckoutConsents } from '@/lib/privacy/record-checkout-consents';
import { findDuplicateReservations, type FeeSchedule, type ReservationRecord } from '@/lib/rules';
import { pricedRulesItem } from '@/lib/pricing/priced-rules-item';
import { priceTrip } from '@/lib/pricing/price-trip';
import type { TripQuote } from '@/lib/pricing/quote-trip';
import type { StoredPromo } from '@/lib/pricing/types';
import type { Money, Rates } from '@/lib/money';
import type { Offer } from '@/lib/inventory/supplier';
import { checkoutSchema, fieldErrorsOf, type CheckoutInput, type CheckoutItemInput } from './checkout-schema';
import { CARD_HOLD_MINUTES, LIVE_ORDER_STATUSES } from './constants';
import { BookingError, type FieldErrors } from './errors';
import { findTrip, type TripOwner, type TripView } from './find-trip';
import { generateOrderReference } from './generate-order-reference';
import { flightLegs, offerFacts, passengerTypes, type FlightLeg } from './offer-facts';
import { offerToJson } from './offer-json';
import { officeDeadline } from './office-deadline';
import { promoCustomerKey } from './promo-customer-key';
import { recordOrderEvent } from './record-order-event';
import { repriceTripItem, type RepricedItem } from './reprice-trip';
import { withSavedTravellers } from './saved-travellers';
import { holdOffer, supplierName } from './supplier-calls';
import { withTransactionRetry } from './transaction-retry';
import { withOrderGate } from './order-gate';
import { checkBookerAndConsents, validateCheckout } from './validate-checkout';

export type PlaceOrderOptions = {
  owner: TripOwner;
  /** the signed-in viewer, for the audit trail */
  actor?: AuditActor | null;
  /** the checkout form as a nested object (checkout-schema.ts formToObject) */
  input: unknown;
  locale: string;
  /** the version of the user agreement shown next to the box (content/legal front matter) */
  agreementVersion: string;
  context?: RequestContext;
  at?: Date;
};

export type PlacedOrder = {
  orderId: string;
  reference: string;
  paymentMethod: 'CARD' | 'OFFICE';
  holdExpiresAt: Date;
  charge: Money;
  /** false when this form had already placed the order (double submit) */
  created: boolean;
};

const E = (key: string) => `checkout.errors.${key}`;

export async function placeOrder(options: PlaceOrderOptions): Promise<PlacedOrder> {
  const at = options.at ?? new Date();
  const { owner } = options;
  const raw = options.input && typeof options.input === 'object' && !Array.isArray(options.input) ? (options.input as Record<string, unknown>) : null;
  if (!raw) throw new BookingError('INVALID_INPUT', E('invalid'), { fieldErrors: { _form: E('invalid') } });

  const parsed = checkoutSchema.safeParse(await withSavedTravellers(db, raw, owner.userId));
  if (!parsed.success) {
    const rest = checkBookerAndConsents(raw, { at, agreementVersion: options.agreementVersion, hasCoTravellers: false });
    throw new BookingError('INVALID_INPUT', E('fixFields'), { fieldErrors: { ...rest, ...fieldErrorsOf(parsed.error) } });
  }
  const input = parsed.data;

  const trip = await findTrip(db, owner);
  const replay = trip ? await findPlacedOrder(db, input.idempotencyKey, trip.id) : null;
  if (replay) return replay;
  if (!trip || trip.items.length === 0) throw new BookingError('TRIP_EMPTY', 'trip.errors.empty');

  const validation = validateCheckout(input, trip.items, { at, agreementVersion: options.agreementVersion });
  if (validation.support.length > 0) {
    throw new BookingError('ROUTE_TO_SUPPORT', E('routeToSupport'), {
      fieldErrors: validation.fieldErrors,
      details: { support: validation.support },
    });
  }
  if (Object.keys(validation.fieldErrors).length > 0 || !validation.items) {
    throw new BookingError('INVALID_INPUT', E('fixFields'), { fieldErrors: validation.fieldErrors });
  }

  // Re-price through the supplier boundary before anything is held: the traveller pays the price they
  // accepted or is shown the new one (or that it sold out), never charged a different one silently.
  const repriced = await Promise.all(trip.items.map((item) => repriceTripItem(item, at)));
  requireUnchangedPrices(repriced);
  const offers = repriced.map((r) => r.offer);

  const fieldErrors: FieldErrors = {};
  const customerKey = promoCustomerKey(owner.userId, input.contact.email);
  // The code must be the one applied to the trip, so the discount paid is the one that was shown.
  const sameCode = (input.promoCode || null) === trip.promoCode;
  if (!sameCode) fieldErrors.promoCode = E('applyPromoFirst');
  // lib/pricing: the newest rates, the admin's latest fee schedule (Agreement 4.3, 4.4), the promo code (7).
  const { quote, rates, schedule, promo, promoNotFound } = await priceTrip(db, { offers, promoCode: sameCode ? trip.promoCode : null, customerKey, at });
  if (promoNotFound) fieldErrors.promoCode = E('promoNotFound');
  if (quote.promo && !quote.promo.applicable) fieldErrors.promoCode = `rules.reasons.${quote.promo.reason}`;
  const { charge } = quote;

  const firstStart = new Date(Math.min(...offers.map((o) => offerFacts(o).startsAt.getTime())));
  let holdExpiresAt = new Date(at.getTime() + CARD_HOLD_MINUTES * 60_000);
  if (input.paymentMethod === 'OFFICE') {
    const deadline = officeDeadline(at, firstStart);
    if (deadline) holdExpiresAt = deadline;
    else fieldErrors.paymentMethod = E('officeUnavailable');
  }
  if (Object.keys(fieldErrors).length > 0) throw new BookingError('INVALID_INPUT', E('fixFields'), { fieldErrors });

  const prepared: Prepared = {
    input,
    trip,
    items: validation.items.map((v, i) => ({ ...v, offer: offers[i]! })),
    quote,
    promo,
    customerKey,
    charge,
    rates,
    schedule,
    holdExpiresAt,
    hasCoTravellers: validation.hasCoTravellers,
  };

  return withOrderGate(async () => {
    // The same form may have placed its order while this submission waited (a double click).
    const placed = await findPlacedOrder(db, input.idempotencyKey, trip.id);
    if (placed) return placed;
    // Another checkout may have taken the last units while this one waited for its turn.
    requireUnchangedPrices(await Promise.all(trip.items.map((item) => repriceTripItem(item, at))));
    return withTransactionRetry(() =>
      db.$transaction((tx) => writeOrder(tx, prepared, options, at), { maxWait: 60_000, timeout: 60_000 }),
    );
  });
}

type Prepared = {
  input: CheckoutInput;
  trip: TripView;
  items: { input: CheckoutItemInput; offer: Offer; tripItemId: string }[];
  quote: TripQuote;
  promo: StoredPromo | null;
  customerKey: string | null;
  charge: Money;
  rates: Rates;
  schedule: FeeSchedule;
  holdExpiresAt: Date;
  hasCoTravellers: boolean;
};

function requireUnchangedPrices(repriced: RepricedItem[]) {
  const changed = repriced.filter((r) => r.status !== 'AVAILABLE');
  if (changed.length === 0) return;
  const details = {
    items: changed.map((r) => ({
      itemId: r.itemId,
      status: r.status,
      previous: r.previous,
      price: r.status === 'PRICE_CHANGED' ? r.price : null,
    })),
  };
  if (changed.some((r) => r.status === 'SOLD_OUT')) throw new BookingError('SOLD_OUT', E('soldOut'), { details });
  throw new BookingError('PRICE_CHANGED', E('priceChanged'), { details });
}

async function writeOrder(tx: Tx, p: Prepared, options: PlaceOrderOptions, at: Date): Promise<PlacedOrder> {
  const { input, trip } = p;
  // One form, one order: a second submission of the same form waits here for the first one.
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`checkout:${input.idempotencyKey}`}, 0))) AS l`;
  const replay = await findPlacedOrder(tx, input.idempotencyKey, trip.id);
  if (replay) return replay;

  // The trip must still be what the form was filled for (another tab may have booked or changed it).
  await tx.$executeRaw`SELECT 1 FROM (SELECT id FROM trips WHERE id = ${trip.id}::uuid FOR UPDATE) AS t`;
  const current = await tx.tripItem.findMany({ where: { tripId: trip.id }, select: { id: true, acceptedAmountMinor: true, acceptedCurrency: true } });
  const unchanged =
    current.length === trip.items.length &&
    trip.items.every((item) => current.some((c) => c.id === item.id && c.acceptedAmountMinor === item.accepted.amount && c.acceptedCurrency === item.accepted.currency));
  if (!unchanged) throw new BookingError('TRIP_CHANGED', E('tripChanged'), { fieldErrors: { _form: E('tripChanged') } });

  const orderId = randomUUID();
  const documentHashes = new Map<string, string>();
  const docHash = (documentNumber: string) => {
    const normal = normaliseDocumentNumber(documentNumber);
    let hash = documentHashes.get(normal);
    if (!hash) documentHashes.set(normal, (hash = blindIndex(normal)));
    return hash;
  };
  const flagged = await requireNoDuplicateReservations(tx, p, docHash);

  const reference = await insertOrder(tx, {
    id: orderId,
    userId: options.owner.userId,
    contactEmail: input.contact.email.trim().toLowerCase(),
    contactPhoneEnc: encryptField(input.contact.phone.replace(/[\s\-.()]/g, '')),
    locale: options.locale,
    agreementVersion: input.consents.agreementVersion,
  });

  await tx.orderCheckout.create({
    data: {
      orderId,
      tripId: trip.id,
      idempotencyKey: input.idempotencyKey,
      paymentMethod: input.paymentMethod,
      holdExpiresAt: p.holdExpiresAt,
      chargeAmountMinor: p.charge.amount,
      chargeCurrency: p.charge.currency,
      promoCodeId: p.promo && p.quote.promo?.applicable ? p.promo.id : null,
      bookerDateOfBirthEnc: encryptField(input.contact.bookerDateOfBirth),
      feeScheduleVersion: p.schedule.agreementVersion,
      rates: p.rates,
    },
  });

  const itemIds = p.items.map(() => randomUUID());
  for (const [index, item] of p.items.entries()) {
    const line = p.quote.breakdown.lines[index]!;
    const facts = offerFacts(item.offer);
    await tx.orderItem.create({
      data: {
        id: itemIds[index]!,
        orderId,
        kind: item.offer.kind,
        title: facts.title,
        startsAt: facts.startsAt,
        endsAt: facts.endsAt,
        priceAmountMinor: line.price.amount,
        priceCurrency: line.price.currency,
        serviceFeeAmountMinor: line.serviceFee.amount,
        serviceFeeCurrency: line.serviceFee.currency,
        snapshot: itemSnapshot(item.offer, line, p.quote.rules[index] ?? []),
      },
    });
    await tx.orderPriceLine.create({
      data: {
        orderId,
        orderItemId: itemIds[index]!,
        position: index,
        kind: line.kind,
        currency: line.price.currency,
        providerCostMinor: line.providerCost.amount,
        discountMinor: line.discount.amount,
        priceMinor: line.price.amount,
        serviceFeeMinor: line.serviceFee.amount,
        totalMinor: line.total.amount,
        serviceFeeRefundable: false,
      },
    });
    await writePassengers(tx, orderId, itemIds[index]!, item, docHash);
  }

  await writeConsents(tx, orderId, input, options.locale, at);
  // The same consents in the general consent record (lib/privacy): marketing then shows in My data.
  await recordCheckoutConsents(tx, {
    orderId,
    userId: options.owner.userId,
    language: options.locale,
    bookingProcessing: true,
    coTravellers: p.hasCoTravellers,
    marketing: input.consents.marketing,
    at,
  });
  if (p.promo && p.quote.promo?.applicable) await redeemPromo(tx, p, orderId);

  // Inventory last, in one order for every transaction (kind, then offer id), so concurrent orders
  // lock rows in the same sequence. A failed hold throws and rolls the whole order back.
  const holdOrder = p.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => kindRank(a.item.offer) - kindRank(b.item.offer) || a.item.offer.offerId.localeCompare(b.item.offer.offerId));
  for (const { item, index } of holdOrder) {
    const holdId = randomUUID();
    const result = await holdOffer(tx, item.offer, holdId, p.holdExpiresAt, at);
    if (result.status !== 'HELD') {
      const soldOut = result.status === 'SOLD_OUT';
      throw new BookingError(soldOut ? 'SOLD_OUT' : 'BOOKING_CLOSED', soldOut ? E('soldOut') : E('bookingClosed'), {
        details: { items: [{ itemId: item.tripItemId, status: soldOut ? 'SOLD_OUT' : 'CLOSED' }] },
      });
    }
    await tx.orderHold.create({
      data: {
        id: holdId,
        orderId,
        orderItemId: itemIds[index]!,
        kind: item.offer.kind,
        supplier: supplierName(item.offer.kind),
        offerId: item.offer.offerId,
        supplierRef: result.supplierRef,
        status: 'HELD',
        expiresAt: p.holdExpiresAt,
      },
    });
  }

  // The trip's offers now live in the order.
  await tx.tripItem.deleteMany({ where: { tripId: trip.id } });
  await tx.trip.update({ where: { id: trip.id }, data: { promoCode: null } });

  await recordOrderEvent(tx, {
    orderId,
    from: 'DRAFT',
    to: 'HELD',
    reason: 'INVENTORY_HELD',
    actor: options.actor ?? null,
    context: options.context ?? noRequestContext,
    data: {
      reference,
      items: p.items.length,
      paymentMethod: input.paymentMethod,
      holdExpiresAt: p.holdExpiresAt.toISOString(),
      ...(flagged.length ? { duplicatesFlagged: flagged } : {}),
    },
  });

  return { orderId, reference, paymentMethod: input.paymentMethod, holdExpiresAt: p.holdExpiresAt, charge: p.charge, created: true };
}

function kindRank(offer: Offer): number {
  return offer.kind === 'FLIGHT' ? 0 : offer.kind === 'HOTEL' ? 1 : 2;
}

async function findPlacedOrder(client: Tx | typeof db, idempotencyKey: string, tripId: string): Promise<PlacedOrder | null> {
  const row = await client.orderCheckout.findUnique({
    where: { idempotencyKey },
    select: { orderId: true, tripId: true, paymentMethod: true, holdExpiresAt: true, chargeAmountMinor: true, chargeCurrency: true },
  });
  // Keys are random per rendered form; one of another trip is not this browser's to see.
  if (!row || row.tripId !== tripId) return null;
  const order = await client.order.findUniqueOrThrow({ where: { id: row.orderId }, select: { reference: true } });
  return {
    orderId: row.orderId,
    reference: order.reference,
    paymentMethod: row.paymentMethod,
    holdExpiresAt: row.holdExpiresAt,
    charge: { amount: row.chargeAmountMinor, currency: row.chargeCurrency },
    created: false,
  };
}

type OrderRow = Omit<Prisma.OrderCreateManyInput, 'reference' | 'status'>;

/** Inserts the order under a fresh random reference, drawing again on the rare clash. */
async function insertOrder(tx: Tx, data: OrderRow): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = generateOrderReference();
    const { count } = await tx.order.createMany({ data: [{ ...data, reference, status: 'HELD' }], skipDuplicates: true });
    if (count === 1) return reference;
  }
  throw new Error('could not draw a unique order reference');
}

function itemSnapshot(offer: Offer, line: TripQuote['breakdown']['lines'][number], rules: TripQuote['rules'][number]): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify({
      // lib/rules reads this as it is (quoteCancellation, describeItemRules)
      rulesItem: pricedRulesItem(offer, line.price, line.serviceFee),
      priceLine: line,
      rules,
      supplier: supplierName(offer.kind),
      offer: offerToJson(offer),
    }),
  ) as Prisma.InputJsonValue;
}

async function writePassengers(
  tx: Tx,
  orderId: string,
  orderItemId: string,
  item: Prepared['items'][number],
  docHash: (documentNumber: string) => string,
) {
  const { input, offer } = item;
  if (input.kind === 'FLIGHT' && offer.kind === 'FLIGHT') {
    const types = passengerTypes(offer);
    const legs = flightLegs(offer);
    for (const [position, p] of input.passengers.entries()) {
      const passengerId = randomUUID();
      const hash = docHash(p.documentNumber);
      await tx.orderPassenger.create({
        data: {
          id: passengerId,
          orderId,
          orderItemId,
          position,
          role: 'FLIGHT_PASSENGER',
          type: types[position] ?? 'ADULT',
          firstName: p.firstName.toUpperCase(),
          lastName: p.lastName.toUpperCase(),
          gender: p.gender,
          nationality: p.nationality,
          dateOfBirthEnc: encryptField(p.dateOfBirth),
          documentNumberEnc: encryptField(p.documentNumber),
          documentNumberHash: hash,
          documentExpiry: new Date(`${p.documentExpiry}T00:00:00Z`),
          savedTravellerId: p.savedTravellerId ?? null,
        },
      });
      await tx.orderFlightReservation.createMany({
        data: legs.map((leg) => ({
          orderId,
          passengerId,
          carrier: leg.carrier,
          flightNumber: leg.number,
          departureDate: new Date(`${leg.departureDate}T00:00:00Z`),
          documentNumberHash: hash,
        })),
      });
    }
  } else if (input.kind === 'HOTEL') {
    await tx.orderPassenger.create({
      data: {
        orderId,
        orderItemId,
        position: 0,
        role: 'HOTEL_LEAD_GUEST',
        firstName: input.leadGuest.firstName.toUpperCase(),
        lastName: input.leadGuest.lastName.toUpperCase(),
      },
    });
  } else if (input.kind === 'TRANSFER') {
    await tx.orderPassenger.create({
      data: {
        orderId,
        orderItemId,
        position: 0,
        role: 'TRANSFER_LEAD_PASSENGER',
        firstName: input.leadPassenger.firstName.toUpperCase(),
        lastName: input.leadPassenger.lastName.toUpperCase(),
        transferDetails: { passengers: input.passengers, bags: input.bags, childSeats: input.childSeats, animals: input.animals },
      },
    });
  }
}

async function writeConsents(tx: Tx, orderId: string, input: CheckoutInput, language: string, givenAt: Date) {
  const version = input.consents.agreementVersion;
  await tx.orderConsent.createMany({
    data: [
      // Agreement 2.2, 4.7
      { orderId, purpose: 'AGREEMENT', granted: true, version, language, givenAt },
      // Agreement 3.1.6: one box covers the booker's data and the confirmation for co-travellers
      { orderId, purpose: 'DATA_PROCESSING', granted: true, version, language, givenAt },
      { orderId, purpose: 'CO_TRAVELLER_DATA', granted: true, version, language, givenAt },
      // optional and never pre-ticked; the refusal is kept too, so the choice is on record
      { orderId, purpose: 'MARKETING', granted: input.consents.marketing, version, language, givenAt },
    ],
  });
}

/** Agreement 7: one use of the code, taken with a conditional UPDATE so `maxUses` is never passed. */
async function redeemPromo(tx: Tx, p: Prepared, orderId: string) {
  const promo = p.promo!;
  const taken = await tx.$executeRaw`
    UPDATE promo_codes SET times_used = times_used + 1, updated_at = now()
    WHERE id = ${promo.id}::uuid AND (max_uses IS NULL OR times_used < max_uses)`;
  if (taken !== 1) {
    throw new BookingError('PROMO_INVALID', E('fixFields'), { fieldErrors: { promoCode: 'rules.reasons.PROMO_USED_UP' } });
  }
  await tx.promoRedemption.create({
    data: {
      promoCodeId: promo.id,
      orderId,
      customerKey: p.customerKey ?? `order:${orderId}`,
      discount: p.quote.promo?.totals ?? [],
    },
  });
}

/**
 * Agreement 8.1: the same person twice on the same flight. Candidates are this order's passengers on
 * every leg; existing are the passengers of live orders on the same flights. Same date → refused;
 * another date of the same flight → flagged for support (returned, and kept in the order's event).
 * Advisory locks per flight and date make two orders for the same person on the same flight run one
 * after the other, so the second one sees the first.
 */
async function requireNoDuplicateReservations(tx: Tx, p: Prepared, docHash: (documentNumber: string) => string) {
  const candidates: ReservationRecord[] = [];
  const where: { path: string }[] = [];
  const legs: FlightLeg[] = [];
  p.items.forEach(({ input, offer }, index) => {
    if (input.kind !== 'FLIGHT' || offer.kind !== 'FLIGHT') return;
    const itemIndex = p.input.items.indexOf(input);
    const offerLegs = flightLegs(offer);
    legs.push(...offerLegs);
    input.passengers.forEach((passenger, j) => {
      for (const leg of offerLegs) {
        candidates.push({
          passenger: { surname: passenger.lastName, givenNames: passenger.firstName, dateOfBirth: passenger.dateOfBirth, documentNumber: docHash(passenger.documentNumber) },
          flight: leg,
        });
        where.push({ path: `items.${itemIndex >= 0 ? itemIndex : index}.passengers.${j}.documentNumber` });
      }
    });
  });
  if (candidates.length === 0) return [];

  const lockKeys = [...new Set(legs.map((l) => `dup:${l.carrier}-${l.number}-${l.departureDate}`))].sort();
  for (const key of lockKeys) {
    await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
  }
  const flights = [...new Map(legs.map((l) => [`${l.carrier}-${l.number}`, l])).values()];
  const rows = await tx.$queryRaw<
    { carrier: string; flight_number: string; departure_date: Date; document_number_hash: string | null; first_name: string; last_name: string; date_of_birth_enc: string | null }[]
  >`
    SELECT r.carrier, r.flight_number, r.departure_date, r.document_number_hash, p.first_name, p.last_name, p.date_of_birth_enc
    FROM order_flight_reservations r
    JOIN order_passengers p ON p.id = r.passenger_id
    JOIN orders o ON o.id = r.order_id
    WHERE (r.carrier, r.flight_number) IN (SELECT * FROM unnest(${flights.map((f) => f.carrier)}::text[], ${flights.map((f) => f.number)}::text[]))
      AND o.status::text = ANY(${[...LIVE_ORDER_STATUSES]}::text[])`;
  const existing: ReservationRecord[] = rows.map((r) => ({
    passenger: {
      surname: r.last_name,
      givenNames: r.first_name,
      dateOfBirth: r.date_of_birth_enc ? decryptField(r.date_of_birth_enc) : '',
      documentNumber: r.document_number_hash,
    },
    flight: { carrier: r.carrier.trim(), number: r.flight_number, departureDate: r.departure_date.toISOString().slice(0, 10) },
  }));

  const check = findDuplicateReservations(candidates, existing);
  if (!check.allowed) {
    const fieldErrors: FieldErrors = {};
    for (const d of check.duplicates) {
      if (d.action === 'REFUSE') fieldErrors[where[d.candidate]!.path] ??= `rules.reasons.${d.reason}`;
    }
    throw new BookingError('DUPLICATE_RESERVATION', E('duplicateReservation'), { fieldErrors });
  }
  return check.duplicates.filter((d) => d.action === 'FLAG').map((d) => ({ field: where[d.candidate]!.path, reason: d.reason }));
}

