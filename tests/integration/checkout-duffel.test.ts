/**
 * Issue 21, points 4 and 6: checkout → payment → issuing with a Duffel flight, a Duffel hotel and a catalog
 * transfer, on the real database against the local Duffel on a random port, and every injected fault at
 * the step where it bites. Remote calls run outside database transactions (README, Decisions: "Remote
 * bookings"); each test proves the end state: order status, holds, supplier_bookings rows, the remote
 * orders and bookings, payments/refund requests, mail in the outbox and the order's audit events.
 *
 * Issuing runs on a fresh set of suppliers (a new SDK client, breaker and store), as a worker process that
 * never saw the hold would: the travellers' names come from the stored order.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxOf, setUpIssuing, statusOf } from './issuing-kit';
import { checkoutInput, createTransfer, createTrip, localToday, seedCatalogBasics, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

const { db } = await import('@/lib/db/client');
const { supplierEnv } = await import('@/lib/env');
const { addDays } = await import('@/lib/inventory/catalog');
const { startLocalDuffel } = await import('@/lib/inventory/duffel/local/server');
const { createSuppliers, setSuppliersForTests } = await import('@/lib/inventory/suppliers');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { issueOrder } = await import('@/lib/fulfilment/issue-order');
const { releaseExpiredHolds } = await import('@/lib/fulfilment/release-expired-holds');
const { getSandboxProvider } = await import('@/lib/payments');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');

type LocalDuffel = Awaited<ReturnType<typeof startLocalDuffel>>;
type Suppliers = ReturnType<typeof createSuppliers>;
type Faults = Parameters<LocalDuffel['setFaults']>[0];

const NO_FAULTS = { latencyMs: 0, serverErrors: 0, rateLimited: 0, offerGone: false, priceIncrease: 0, holdExpired: false, dropAfterCommit: 0 };
const TIMEOUT_MS = 400;
let local: LocalDuffel;
const day = addDays(localToday(), 20);

/** The suppliers a web or worker process builds from its environment: catalog + Duffel for flights and hotels. */
function freshSuppliers(): Suppliers {
  const config = supplierEnv({ FLIGHT_SUPPLIER: 'duffel', HOTEL_SUPPLIER: 'duffel', DUFFEL_ACCESS_TOKEN: 'duffel_test_localtoken', DUFFEL_API_URL: local.url });
  return createSuppliers(config, db, { duffel: { policy: { timeoutMs: TIMEOUT_MS, backoffMs: 5, retries: 2 }, breaker: { failureThreshold: 50, openMs: 60_000 } } });
}

/** Serve checkout from fresh suppliers; `before` injects a fault just before a kind's remote hold (after re-pricing). */
function useSuppliers(before: { FLIGHT?: Faults; HOTEL?: Faults } = {}): Suppliers {
  const s = freshSuppliers();
  const wrap = <T extends Suppliers['flights'] | Suppliers['hotels']>(supplier: T, faults: Faults | undefined): T =>
    faults ? ({ ...supplier, hold: (tx: never, request: never) => (local.setFaults(faults), supplier.hold(tx, request)) } as T) : supplier;
  setSuppliersForTests({ ...s, flights: wrap(s.flights, before.FLIGHT), hotels: wrap(s.hotels, before.HOTEL) });
  return s;
}

async function duffelFlight(s: Suppliers, fare: 'FLEX' | 'LIGHT') {
  const { offers } = await s.flights.search({ origins: ['GYD'], destinations: ['IST'], departDate: day, passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'ECONOMY' }, new Date());
  return offers.find((o) => o.supplier === 'duffel' && o.fareFamily.code === fare)!;
}

async function duffelHotel(s: Suppliers) {
  const { offers } = await s.hotels.search({ cityId: 'baku', checkIn: day, checkOut: addDays(day, 2), guests: 1, rooms: 1 }, new Date());
  return offers.find((o) => o.supplier === 'duffel' && o.price.total.currency === 'AZN')!;
}

type Kind = 'FLIGHT' | 'FLEX_FLIGHT' | 'HOTEL' | 'TRANSFER';

/** A trip of Duffel and catalog items, and its valid checkout form. */
async function tripOf(s: Suppliers, kinds: Kind[]) {
  const offers = [];
  for (const kind of kinds) {
    if (kind === 'FLEX_FLIGHT' || kind === 'FLIGHT') offers.push({ kind: 'FLIGHT' as const, offerId: (await duffelFlight(s, kind === 'FLEX_FLIGHT' ? 'FLEX' : 'LIGHT')).offerId });
    if (kind === 'HOTEL') offers.push({ kind: 'HOTEL' as const, offerId: (await duffelHotel(s)).offerId });
    if (kind === 'TRANSFER') offers.push({ kind: 'TRANSFER' as const, offerId: (await createTransfer({ daysAhead: 20 })).offerId(1, 1) });
  }
  const trip = await createTrip(offers);
  return { trip, input: await checkoutInput(trip) };
}

type Passenger = { firstName: string; lastName: string; dateOfBirth: string };
/** The first passenger of the form's first (flight) item. */
const firstPassenger = (t: { input: { items: unknown[] } }) => (t.input.items[0] as { passengers: Passenger[] }).passengers[0]!;

const place = (t: Awaited<ReturnType<typeof tripOf>>) => placeOrder({ owner: t.trip.owner, input: t.input, locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });

async function pay(orderId: string) {
  await startOrderPayment({ orderId, locale: 'en' });
  const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId }, orderBy: { createdAt: 'desc' } });
  await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
  expect(await statusOf(orderId)).toBe('PAID');
}

const holdsOf = (orderId: string) =>
  db.orderHold.findMany({ where: { orderId }, orderBy: { kind: 'asc' }, select: { id: true, kind: true, supplier: true, supplierRef: true, status: true, documents: true } });

type BookingRow = { hold_id: string; kind: string; remote_id: string | null; state: string; idempotency_key: string };
const bookingsOf = (orderId: string) =>
  db.$queryRawUnsafe<BookingRow[]>(
    `SELECT b.hold_id, b.kind::text AS kind, b.remote_id, b.state::text AS state, b.idempotency_key FROM supplier_bookings b JOIN order_holds h ON h.id::text = b.hold_id WHERE h.order_id = $1::uuid ORDER BY b.kind`,
    orderId,
  );

const eventsOf = async (orderId: string) =>
  (await db.orderEvent.findMany({ where: { orderId }, orderBy: { at: 'asc' }, select: { fromStatus: true, toStatus: true, reason: true } })).map((e) => `${e.fromStatus ?? '-'}>${e.toStatus}:${e.reason}`);

const remoteOrdersOf = (holdId: string) => [...local.state.orders.values()].filter((o) => o.metadata.idempotency_key === `karvan-order-${holdId}`);
const remoteBookingsOf = (holdId: string) => [...local.state.bookings.values()].filter((b) => b.metadata?.idempotency_key === `karvan-booking-${holdId}`);

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; messageKey: string; details?: { items: { itemId: string; status: string }[] } };
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  setUpIssuing();
  await seedCatalogBasics();
  local = await startLocalDuffel({ currency: 'AZN' });
});
afterAll(async () => {
  setSuppliersForTests(undefined);
  await local.close();
});
beforeEach(() => local.setFaults(NO_FAULTS));
afterEach(() => setSuppliersForTests(undefined));

describe('checkout, payment and issuing with Duffel items', () => {
  it('holds a Duffel flight and hotel outside the transaction, then another process issues them in the names stored on the order', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLEX_FLIGHT', 'HOTEL', 'TRANSFER']);
    const placed = await place(t);
    expect(await statusOf(placed.orderId)).toBe('HELD');
    const held = await holdsOf(placed.orderId);
    expect(held.map((h) => [h.kind, h.supplier, h.status])).toEqual([
      ['FLIGHT', 'duffel', 'HELD'],
      ['HOTEL', 'duffel', 'HELD'],
      ['TRANSFER', 'karvan-catalog', 'HELD'],
    ]);
    const [flight, hotel] = held as [(typeof held)[number], (typeof held)[number]];
    // A FLEX fare is held as a pay_later order; the hotel's hold is a quote.
    expect(remoteOrdersOf(flight.id)).toHaveLength(1);
    const remoteOrder = remoteOrdersOf(flight.id)[0]!;
    expect(flight.supplierRef).toBe(remoteOrder.id);
    expect(remoteOrder.passengers[0]).toMatchObject({ given_name: firstPassenger(t).firstName.toUpperCase() });
    expect(hotel.supplierRef).toMatch(/^quo_/);
    expect((await bookingsOf(placed.orderId)).map((b) => [b.kind, b.state, b.idempotency_key])).toEqual([
      ['FLIGHT', 'HELD', `karvan-order-${flight.id}`],
      ['HOTEL', 'HELD', `karvan-booking-${hotel.id}`],
    ]);
    expect(await db.tripItem.count({ where: { tripId: t.trip.tripId } })).toBe(0);
    expect(await eventsOf(placed.orderId)).toEqual(['->DRAFT:REMOTE_HOLDS_PENDING', 'DRAFT>HELD:INVENTORY_HELD']);

    await pay(placed.orderId);
    // Another process: new SDK client, breaker and store; nothing in memory from the hold.
    useSuppliers();
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    expect(await statusOf(placed.orderId)).toBe('ISSUED');
    const issued = await holdsOf(placed.orderId);
    expect(issued.every((h) => h.status === 'CONFIRMED')).toBe(true);
    expect(issued[0]!.documents).toHaveLength(1);
    expect(remoteOrder.payment_status.paid_at).not.toBeNull();
    const [booking] = remoteBookingsOf(hotel.id);
    expect(issued[1]!.supplierRef).toBe(booking!.id);
    expect(booking!.guests).toEqual([{ given_name: 'AYLIN', family_name: 'TESTOVA' }]);
    expect(booking!.email).toBe('traveller@example.com');
    expect(booking!.phone_number).toBe('+994501234567');
    expect((await bookingsOf(placed.orderId)).map((b) => b.state)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect((await outboxOf(placed.orderId)).map((m) => m.template)).toContain('itinerary-receipt');
    expect(await eventsOf(placed.orderId)).toEqual(['->DRAFT:REMOTE_HOLDS_PENDING', 'DRAFT>HELD:INVENTORY_HELD', 'HELD>PAID:PAYMENT_SUCCEEDED', 'PAID>ISSUED:ISSUED']);
  });

  it('books an instant-payment fare at issuing, in the passengers’ names read from the order', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLIGHT']);
    const placed = await place(t);
    const [flight] = await holdsOf(placed.orderId);
    // Nothing is created remotely before the payment: the airline wants its money with the order.
    expect(remoteOrdersOf(flight!.id)).toHaveLength(0);
    await pay(placed.orderId);
    useSuppliers();
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    const [order] = remoteOrdersOf(flight!.id);
    const p = firstPassenger(t);
    expect(order!.passengers[0]).toMatchObject({ given_name: p.firstName.toUpperCase(), family_name: p.lastName.toUpperCase(), born_on: p.dateOfBirth, gender: 'f' });
    expect(order!.payment_status.paid_at).not.toBeNull();
    expect((await holdsOf(placed.orderId))[0]).toMatchObject({ status: 'CONFIRMED', supplierRef: order!.id });
  });
});

describe('faults at the step where they bite', () => {
  it('offerGone at the hotel’s hold: the order ends unpaid, the held flight is cancelled, the catalog transfer released, the trip kept, the traveller told it sold out', async () => {
    const s = useSuppliers({ HOTEL: { offerGone: true } });
    const t = await tripOf(s, ['FLEX_FLIGHT', 'HOTEL', 'TRANSFER']);
    const error = await rejection(place(t));
    expect(error.code).toBe('SOLD_OUT');
    expect(error.details!.items).toEqual([{ itemId: t.trip.itemIds[1], status: 'SOLD_OUT' }]);
    const order = await db.order.findFirstOrThrow({ where: { checkout: { tripId: t.trip.tripId } }, select: { id: true, status: true } });
    expect(order.status).toBe('EXPIRED');
    const holds = await holdsOf(order.id);
    expect(holds.map((h) => h.status)).toEqual(['RELEASED', 'RELEASED', 'RELEASED']);
    expect(remoteOrdersOf(holds[0]!.id)[0]!.cancelled_at).not.toBeNull();
    expect((await bookingsOf(order.id)).find((b) => b.kind === 'FLIGHT')!.state).toBe('CANCELLED');
    expect(await db.tripItem.count({ where: { tripId: t.trip.tripId } })).toBe(3);
    expect(await eventsOf(order.id)).toEqual(['->DRAFT:REMOTE_HOLDS_PENDING', 'DRAFT>EXPIRED:SUPPLIER_SOLD_OUT']);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
    expect(await outboxOf(order.id)).toEqual([]);
    // The same form can be sent again once the traveller has reviewed the trip.
    local.setFaults(NO_FAULTS);
    useSuppliers();
    const again = await place(t);
    expect(again.orderId).not.toBe(order.id);
    expect(await statusOf(again.orderId)).toBe('HELD');
  });

  it('priceIncrease between the offer and checkout: refused before anything is written or booked', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLEX_FLIGHT']);
    const before = local.state.orders.size;
    local.setFaults({ priceIncrease: 25 });
    expect((await rejection(place(t))).code).toBe('PRICE_CHANGED');
    expect(await db.order.count({ where: { checkout: { tripId: t.trip.tripId } } })).toBe(0);
    expect(local.state.orders.size).toBe(before);
  });

  it('priceIncrease between re-pricing and the hold: the order ends, no remote order, the traveller sees the new price', async () => {
    const s = useSuppliers({ FLIGHT: { priceIncrease: 25 } });
    const t = await tripOf(s, ['FLEX_FLIGHT', 'TRANSFER']);
    const error = await rejection(place(t));
    expect(error.code).toBe('PRICE_CHANGED');
    const order = await db.order.findFirstOrThrow({ where: { checkout: { tripId: t.trip.tripId } }, select: { id: true, status: true } });
    expect(order.status).toBe('EXPIRED');
    const [flight, transfer] = await holdsOf(order.id);
    expect(remoteOrdersOf(flight!.id)).toHaveLength(0);
    expect(transfer!.status).toBe('RELEASED');
    expect(await eventsOf(order.id)).toEqual(['->DRAFT:REMOTE_HOLDS_PENDING', 'DRAFT>EXPIRED:SUPPLIER_PRICE_CHANGED']);
  });

  it('priceIncrease after payment on an instant fare: not issued, the hotel booking cancelled, a full refund approved, the traveller mailed', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLIGHT', 'HOTEL']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ priceIncrease: 25 });
    useSuppliers();
    expect(await issueOrder(placed.orderId, { startRefund: async () => undefined })).toMatchObject({ outcome: 'ISSUE_FAILED' });
    expect(await statusOf(placed.orderId)).toBe('ISSUE_FAILED');
    const [flight, hotel] = await holdsOf(placed.orderId);
    expect(remoteOrdersOf(flight!.id)).toHaveLength(0);
    expect(remoteBookingsOf(hotel!.id)[0]!.status).toBe('cancelled');
    expect([flight!.status, hotel!.status]).toEqual(['RELEASED', 'RELEASED']);
    expect((await bookingsOf(placed.orderId)).map((b) => b.state)).toEqual(['CANCELLED', 'CANCELLED']);
    const request = await db.serviceRequest.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(request).toMatchObject({ kind: 'REFUND', status: 'APPROVED', topic: 'NOT_ISSUED' });
    expect((await outboxOf(placed.orderId)).map((m) => m.template)).toContain('issue-failed');
    expect((await eventsOf(placed.orderId)).at(-1)).toBe('PAID>ISSUE_FAILED:SUPPLIER_CONFIRM_FAILED');
  });

  it('holdExpired at confirm: not issued, the expired order cancelled remotely, a full refund approved', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLEX_FLIGHT', 'TRANSFER']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ holdExpired: true });
    useSuppliers();
    const result = await issueOrder(placed.orderId, { startRefund: async () => undefined });
    expect(result).toMatchObject({ outcome: 'ISSUE_FAILED' });
    expect((result as { failures: string[] }).failures[0]).toMatch(/:order_expired$/);
    const [flight, transfer] = await holdsOf(placed.orderId);
    expect([flight!.status, transfer!.status]).toEqual(['RELEASED', 'RELEASED']);
    expect(remoteOrdersOf(flight!.id)[0]!.cancelled_at).not.toBeNull();
    expect((await bookingsOf(placed.orderId))[0]!.state).toBe('CANCELLED');
    expect(await db.serviceRequest.count({ where: { orderId: placed.orderId, topic: 'NOT_ISSUED', status: 'APPROVED' } })).toBe(1);
    expect((await outboxOf(placed.orderId)).map((m) => m.template)).toContain('issue-failed');
  });

  it('a remote cancel that fails after ISSUE_FAILED commits is retried by the expiry job’s sweep', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLEX_FLIGHT']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ holdExpired: true });
    const worker = freshSuppliers();
    // The process dies between the commit and the remote cancel: the cancel never reaches Duffel.
    setSuppliersForTests({ ...worker, flights: { ...worker.flights, release: async () => Promise.reject(new Error('process died')) } });
    expect(await issueOrder(placed.orderId, { startRefund: async () => undefined })).toMatchObject({ outcome: 'ISSUE_FAILED' });
    const [flight] = await holdsOf(placed.orderId);
    expect(flight!.status).toBe('HELD');
    expect(remoteOrdersOf(flight!.id)[0]!.cancelled_at).toBeNull();
    useSuppliers();
    await releaseExpiredHolds();
    expect((await holdsOf(placed.orderId))[0]!.status).toBe('RELEASED');
    expect(remoteOrdersOf(flight!.id)[0]!.cancelled_at).not.toBeNull();
    expect((await bookingsOf(placed.orderId))[0]!.state).toBe('CANCELLED');
  });

  it('dropAfterCommit at the hold: the keyed retry finds the same remote order, exactly one', async () => {
    const s = useSuppliers({ FLIGHT: { dropAfterCommit: 1 } });
    const t = await tripOf(s, ['FLEX_FLIGHT']);
    const placed = await place(t);
    expect(await statusOf(placed.orderId)).toBe('HELD');
    const [flight] = await holdsOf(placed.orderId);
    expect(remoteOrdersOf(flight!.id)).toHaveLength(1);
    expect(flight!.supplierRef).toBe(remoteOrdersOf(flight!.id)[0]!.id);
  });

  it('dropAfterCommit at confirm: the payment is made once, the order stays PAID, and the next run issues it', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLEX_FLIGHT', 'HOTEL']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ dropAfterCommit: 1 });
    useSuppliers();
    // The payment to the airline is made, its answer lost; a payment is never retried blindly.
    await expect(issueOrder(placed.orderId)).rejects.toThrow();
    expect(await statusOf(placed.orderId)).toBe('PAID');
    const [flight, hotel] = await holdsOf(placed.orderId);
    expect(remoteOrdersOf(flight!.id)[0]!.payment_status.paid_at).not.toBeNull();
    // The hotel's keyed booking went through (or is found again by its key).
    useSuppliers();
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    expect(remoteOrdersOf(flight!.id)).toHaveLength(1);
    expect(remoteBookingsOf(hotel!.id)).toHaveLength(1);
    expect((await holdsOf(placed.orderId)).map((h) => h.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect((await outboxOf(placed.orderId)).filter((m) => m.template === 'itinerary-receipt')).toHaveLength(1);
  });

  it('dropAfterCommit at an instant order and a hotel booking: one remote order and one booking', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLIGHT', 'HOTEL']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ dropAfterCommit: 2 });
    useSuppliers();
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    const [flight, hotel] = await holdsOf(placed.orderId);
    expect(remoteOrdersOf(flight!.id)).toHaveLength(1);
    expect(remoteBookingsOf(hotel!.id)).toHaveLength(1);
  });

  it('latency above the timeout at the hold: the order ends, the traveller is told the supplier is unreachable and nothing was charged', async () => {
    const s = useSuppliers({ FLIGHT: { latencyMs: TIMEOUT_MS * 3 } });
    const t = await tripOf(s, ['FLEX_FLIGHT', 'TRANSFER']);
    const error = await rejection(place(t));
    expect(error).toMatchObject({ code: 'BOOKING_CLOSED', messageKey: 'checkout.errors.supplierUnavailable' });
    const order = await db.order.findFirstOrThrow({ where: { checkout: { tripId: t.trip.tripId } }, select: { id: true, status: true } });
    expect(order.status).toBe('EXPIRED');
    expect((await holdsOf(order.id)).map((h) => h.status)).toEqual(['RELEASED', 'RELEASED']);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
    expect(await eventsOf(order.id)).toEqual(['->DRAFT:REMOTE_HOLDS_PENDING', 'DRAFT>EXPIRED:SUPPLIER_UNAVAILABLE']);
    local.setFaults(NO_FAULTS);
    // Late answers still land on the local Duffel; let them finish before the next test.
    await new Promise((r) => setTimeout(r, TIMEOUT_MS * 4));
  });

  it('latency above the timeout at confirm: the order stays PAID and is issued when Duffel answers again', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['HOTEL']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ latencyMs: TIMEOUT_MS * 3 });
    useSuppliers();
    await expect(issueOrder(placed.orderId)).rejects.toThrow();
    expect(await statusOf(placed.orderId)).toBe('PAID');
    local.setFaults(NO_FAULTS);
    await new Promise((r) => setTimeout(r, TIMEOUT_MS * 4));
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    const [hotel] = await holdsOf(placed.orderId);
    // The late first booking and the retries share one key: one booking.
    expect(remoteBookingsOf(hotel!.id)).toHaveLength(1);
  });

  it('5xx and 429 at the hold and at a keyed confirm are retried; the traveller only waits', async () => {
    const s = useSuppliers({ FLIGHT: { serverErrors: 1, rateLimited: 1 } });
    const t = await tripOf(s, ['FLIGHT', 'HOTEL']);
    const placed = await place(t);
    expect(await statusOf(placed.orderId)).toBe('HELD');
    await pay(placed.orderId);
    // The instant order and the hotel booking are keyed creates: retried at once.
    local.setFaults({ serverErrors: 1, rateLimited: 1 });
    useSuppliers();
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    const [flight, hotel] = await holdsOf(placed.orderId);
    expect(remoteOrdersOf(flight!.id)).toHaveLength(1);
    expect(remoteBookingsOf(hotel!.id)).toHaveLength(1);
  });

  it('a 5xx on the payment of a held fare is not retried blindly: the order stays PAID, the next run pays once and issues', async () => {
    const s = useSuppliers();
    const t = await tripOf(s, ['FLEX_FLIGHT']);
    const placed = await place(t);
    await pay(placed.orderId);
    local.setFaults({ serverErrors: 1 });
    useSuppliers();
    await expect(issueOrder(placed.orderId)).rejects.toThrow();
    expect(await statusOf(placed.orderId)).toBe('PAID');
    expect((await holdsOf(placed.orderId))[0]!.status).toBe('HELD');
    expect(await issueOrder(placed.orderId)).toMatchObject({ outcome: 'ISSUED' });
    expect(await db.serviceRequest.count({ where: { orderId: placed.orderId } })).toBe(0);
  });

  it('5xx beyond the retries at the hold: supplier unavailable, nothing held', async () => {
    const s = useSuppliers({ HOTEL: { serverErrors: 10 } });
    const t = await tripOf(s, ['HOTEL', 'TRANSFER']);
    expect(await rejection(place(t))).toMatchObject({ code: 'BOOKING_CLOSED', messageKey: 'checkout.errors.supplierUnavailable' });
    const order = await db.order.findFirstOrThrow({ where: { checkout: { tripId: t.trip.tripId } }, select: { id: true, status: true } });
    expect(order.status).toBe('EXPIRED');
    expect((await holdsOf(order.id)).every((h) => h.status === 'RELEASED')).toBe(true);
  });

  it('a crash between checkout’s first transaction and the remote hold: the DRAFT order cannot be paid and ends at its expiry', async () => {
    const s = useSuppliers({ HOTEL: { serverErrors: 10 } });
    const t = await tripOf(s, ['HOTEL']);
    await rejection(place(t));
    const order = await db.order.findFirstOrThrow({ where: { checkout: { tripId: t.trip.tripId } }, select: { id: true } });
    // Put it back in the state a crash leaves: DRAFT with its intent.
    await db.order.update({ where: { id: order.id }, data: { status: 'DRAFT' } });
    await db.orderHold.updateMany({ where: { orderId: order.id }, data: { status: 'HELD', releasedAt: null } });
    await expect(startOrderPayment({ orderId: order.id, locale: 'en' })).rejects.toMatchObject({ code: 'ORDER_NOT_PAYABLE' });
    const later = new Date(Date.now() + 60 * 60_000);
    expect((await releaseExpiredHolds({ now: later })).expired).toContain(order.id);
    expect(await statusOf(order.id)).toBe('EXPIRED');
    expect((await holdsOf(order.id)).every((h) => h.status === 'RELEASED')).toBe(true);
  });
});
