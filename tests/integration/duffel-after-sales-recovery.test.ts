/**
 * Issue 21, after-sales through Duffel without a remote call inside a transaction, on the real database
 * against the local Duffel (random port): a staff refusal of an order with a Duffel flight commits even
 * when Duffel is down (its transaction calls nothing remote), and the Duffel order is cancelled after the
 * commit, once — right away when Duffel answers, by the expiry sweep when it did not. A traveller's
 * cancellation whose Duffel confirmation was lost is finished by the recovery job exactly once (one
 * remote cancellation, one refund, one mail), or left OPEN for support when Duffel refuses. Orders are
 * placed, paid and issued through the real code, then their flight hold is booked at the local Duffel
 * through the adapters under the same hold id, as in duffel-after-sales.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';

vi.mock('server-only', () => ({}));

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { quoteOrderCancellation } = await import('@/lib/after-sales/quote-order-cancellation');
const { cancelBooking, SUPPLIER_CANCELLATION_LEFT_FOR_STAFF } = await import('@/lib/after-sales/cancel-booking');
const { recoverRemoteCancellations } = await import('@/lib/after-sales/recover-remote-cancellations');
const { refuseOrder } = await import('@/lib/after-sales/staff/refuse-order');
const { approveRefund } = await import('@/lib/after-sales/staff/approve-refund');
const { releaseExpiredHolds } = await import('@/lib/fulfilment/release-expired-holds');
const { reconcileSupplierBookings } = await import('@/lib/after-sales/reconcile-supplier-bookings');
const { noRequestContext } = await import('@/lib/auth/request-context');
const { issuedOrder } = await import('../support/after-sales-factories');
const kit = await import('../support/duffel-after-sales-kit');
const { bookingState, refundsOf } = kit;
const { createDuffelContext } = await import('@/lib/inventory/duffel/context');
const { dbBookingStore } = await import('@/lib/inventory/duffel/db-booking-store');

const HOUR = 3_600_000;

let local: import('../support/duffel-after-sales-kit').LocalDuffel;

beforeAll(async () => {
  local = await kit.startDuffelAfterSales();
});
afterAll(() => kit.stopDuffelAfterSales(local));

const bookFlightAtDuffel = (itemId: string) => kit.bookAtDuffel(local, itemId);
const cancellationsOf = (remoteOrderId: string) => kit.cancellationsOf(local, remoteOrderId);
const confirmedCancellations = (remoteOrderId: string) => kit.confirmedCancellations(local, remoteOrderId);
const holdStatus = async (holdId: string) => (await db.orderHold.findUniqueOrThrow({ where: { id: holdId } })).status;
const staffUser = () => db.user.create({ data: { email: `support-${randomUUID().slice(0, 8)}@example.test`, role: 'SUPPORT' }, select: { id: true, email: true, name: true, role: true } });

describe('staff refuse an order with a Duffel flight (Agreement 8.5)', () => {
  it('the refusal commits while Duffel is down; the Duffel order is cancelled after, once, by the sweep', async () => {
    const order = await issuedOrder({ flight: { refundable: true }, transfer: true });
    const { holdId, remoteId } = await bookFlightAtDuffel(order.flightItemId!);
    const transferHold = await db.orderHold.findUniqueOrThrow({ where: { orderItemId: order.transferItemId! } });
    const support = await staffUser();

    // Duffel answers nothing but 500s: a remote call inside the refusal's transaction would roll it back.
    local.setFaults({ serverErrors: 1_000 });
    const refused = await refuseOrder({ actor: support as never, reference: order.reference, context: noRequestContext });
    local.setFaults({ serverErrors: 0 });
    expect(refused).toMatchObject({ changed: true, refundStarted: true });
    expect(['CANCELLED', 'REFUNDED']).toContain((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status);
    expect(await refundsOf(order.orderId)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'order-refused' } })).toBe(1);
    expect(await db.orderItem.count({ where: { orderId: order.orderId, cancelledAt: null } })).toBe(0);
    // The catalog's transfer is given back in the transaction; the Duffel booking is still the recorded intent.
    expect(await holdStatus(transferHold.id)).toBe('RELEASED');
    expect(await holdStatus(holdId)).toBe('CONFIRMED');
    expect(await bookingState(holdId)).toBe('CONFIRMED');
    expect(local.state.orders.get(remoteId)!.cancelled_at).toBeNull();
    const event = await db.orderEvent.findFirstOrThrow({ where: { orderId: order.orderId, reason: 'REFUSED_BY_AGENCY' } });
    expect(event.data).toMatchObject({ remoteHoldsToRelease: 1 });

    // Duffel is back: the sweep cancels the Duffel order once; another run changes nothing.
    await releaseExpiredHolds();
    await releaseExpiredHolds();
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(cancellationsOf(remoteId)).toHaveLength(1);
    expect(local.state.orders.get(remoteId)!.cancelled_at).not.toBeNull();
    expect(await holdStatus(holdId)).toBe('RELEASED');
    expect(await bookingState(holdId)).toBe('CANCELLED');
    expect(await refundsOf(order.orderId)).toHaveLength(1);
  });

  it('a Duffel order left open by a refusal is the reconciler\'s too: cancelled once, then only marked by the sweep', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookFlightAtDuffel(order.flightItemId!);
    local.setFaults({ serverErrors: 1_000 });
    expect(await refuseOrder({ actor: (await staffUser()) as never, reference: order.reference, context: noRequestContext })).toMatchObject({ changed: true });
    local.setFaults({ serverErrors: 0 });
    expect(await holdStatus(holdId)).toBe('CONFIRMED');

    const ctx = createDuffelContext('duffel-reconciler', { token: kit.TOKEN, basePath: local.url, policy: { retries: 0, timeoutMs: 3_000 }, store: dbBookingStore(db) });
    expect((await reconcileSupplierBookings(db, ctx)).cancelled).toBeGreaterThanOrEqual(1);
    expect(await bookingState(holdId)).toBe('CANCELLED');
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    await releaseExpiredHolds();
    expect(await holdStatus(holdId)).toBe('RELEASED');
    expect(cancellationsOf(remoteId)).toHaveLength(1);
  });

  it('with Duffel up, the Duffel order is cancelled right after the commit, once', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookFlightAtDuffel(order.flightItemId!);
    const support = await staffUser();
    expect(await refuseOrder({ actor: support as never, reference: order.reference, context: noRequestContext })).toMatchObject({ changed: true });
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(await holdStatus(holdId)).toBe('RELEASED');
    expect(await bookingState(holdId)).toBe('CANCELLED');
    // Refusing again or sweeping cancels nothing more.
    expect(await refuseOrder({ actor: support as never, reference: order.reference, context: noRequestContext })).toMatchObject({ changed: false });
    await releaseExpiredHolds();
    expect(cancellationsOf(remoteId)).toHaveLength(1);
    expect(await refundsOf(order.orderId)).toHaveLength(1);
  });
});

describe('a traveller cancellation left OPEN waiting on Duffel', () => {
  it('the recovery job finishes a lost confirmation exactly once: one remote cancellation, one refund, one mail', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookFlightAtDuffel(order.flightItemId!);
    const now = new Date(order.departureAt!.getTime() - 72 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    // Duffel confirms the cancellation, but its answer is lost; the traveller never comes back.
    local.setFaults({ dropAfterCommit: 1 });
    await expect(cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now })).rejects.toThrow();
    const [pending] = await db.serviceRequest.findMany({ where: { orderId: order.orderId } });
    expect(pending).toMatchObject({ status: 'OPEN', topic: 'CANCEL_ITEM' });
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    const quotesAtDuffel = cancellationsOf(remoteId).length;

    // A request younger than the grace period is left to the traveller's own retry.
    expect(await recoverRemoteCancellations()).toMatchObject({ finished: 0 });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: pending!.id } })).status).toBe('OPEN');

    // Two runs at once (two workers): one records the cancellation and refunds, the other changes nothing.
    const runs = await Promise.all([recoverRemoteCancellations({ graceMs: 0 }), recoverRemoteCancellations({ graceMs: 0 })]);
    expect(runs.reduce((n, r) => n + r.failed + r.leftForStaff, 0)).toBe(0);
    expect(await recoverRemoteCancellations({ graceMs: 0 })).toEqual({ finished: 0, leftForStaff: 0, failed: 0 });

    const done = await db.serviceRequest.findUniqueOrThrow({ where: { id: pending!.id } });
    expect(['APPROVED', 'COMPLETED']).toContain(done.status);
    // The job confirmed the stored quote again; it asked Duffel for no new one.
    expect(cancellationsOf(remoteId)).toHaveLength(quotesAtDuffel);
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    const refunds = await refundsOf(order.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountMinor: quote.immediateRefund.amount, status: 'SUCCEEDED', idempotencyKey: `service-request:${pending!.id}` });
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'cancellation-confirmed' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { subjectId: pending!.id, action: 'service_request.cancellation_confirmed' } })).toBe(1);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).cancelledAt).not.toBeNull();
    expect(await holdStatus(holdId)).toBe('RELEASED');
    expect(await bookingState(holdId)).toBe('CANCELLED');
  });

  it('when Duffel refuses, nothing is cancelled or refunded and the request stays OPEN for support, tried once', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookFlightAtDuffel(order.flightItemId!);
    const now = new Date(order.departureAt!.getTime() - 72 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    // The confirmation fails (Duffel answers 500) and nothing is cancelled; then Duffel's quote is gone (expired).
    const failing = vi.spyOn(local.state.cancellations, 'get').mockImplementationOnce(() => {
      throw new Error('Duffel is down');
    });
    await expect(cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now })).rejects.toThrow();
    const [pending] = await db.serviceRequest.findMany({ where: { orderId: order.orderId } });
    expect(pending).toMatchObject({ status: 'OPEN' });
    failing.mockRestore();
    expect(confirmedCancellations(remoteId)).toHaveLength(0);
    for (const c of cancellationsOf(remoteId)) local.state.cancellations.delete(c.id);

    expect(await recoverRemoteCancellations({ graceMs: 0 })).toMatchObject({ finished: 0, leftForStaff: 1 });
    expect(await recoverRemoteCancellations({ graceMs: 0 })).toMatchObject({ finished: 0, leftForStaff: 0 });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: pending!.id } })).status).toBe('OPEN');
    expect(await db.auditEvent.count({ where: { subjectId: pending!.id, action: SUPPLIER_CANCELLATION_LEFT_FOR_STAFF } })).toBe(1);
    expect(local.state.orders.get(remoteId)!.cancelled_at).toBeNull();
    expect(await bookingState(holdId)).toBe('CONFIRMED');
    expect(await refundsOf(order.orderId)).toHaveLength(0);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).cancelledAt).toBeNull();
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'cancellation-confirmed' } })).toBe(0);

    // Support approves it: a fresh Duffel quote, cancelled at Duffel once, refunded once.
    const approved = await approveRefund({ actor: (await staffUser()) as never, requestId: pending!.id, amountMinor: null, context: noRequestContext });
    expect(approved).toMatchObject({ changed: true });
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(await bookingState(holdId)).toBe('CANCELLED');
    expect(await holdStatus(holdId)).toBe('RELEASED');
    expect(await refundsOf(order.orderId)).toHaveLength(1);
  });
});
