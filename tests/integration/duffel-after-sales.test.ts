/**
 * Issue 21, after-sales through Duffel, on the real database against the local Duffel (random port):
 * a traveller's cancellation of a Duffel flight is quoted with Duffel's refund plus Agreement 6.1's
 * agency fee and confirmed at Duffel only on the traveller's confirmation (a changed Duffel quote is shown
 * again); a Stays hotel is cancelled at Stays with the rate's policy refund; two staff approving the
 * refund of a Duffel item at once cancel it at Duffel once and refund once. Orders are placed, paid and
 * issued through the real code; their holds are then booked at the local Duffel through the adapters
 * under the same hold id, as checkout does for Duffel offers. An airline-initiated change delivered by
 * the signed webhook is accepted by the traveller at Duffel, once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';

vi.mock('server-only', () => ({}));

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { quoteOrderCancellation } = await import('@/lib/after-sales/quote-order-cancellation');
const { cancelBooking } = await import('@/lib/after-sales/cancel-booking');
const { approveRefund } = await import('@/lib/after-sales/staff/approve-refund');
const { noRequestContext } = await import('@/lib/auth/request-context');
const { issuedOrder, refusal } = await import('../support/after-sales-factories');
const kit = await import('../support/duffel-after-sales-kit');
const { bookingState, refundsOf } = kit;
const { handleDuffelWebhook } = await import('@/lib/after-sales/duffel-webhook');
const { memorySeenEvents } = await import('@/lib/inventory/duffel/verify-webhook');
const { acceptAirlineChange } = await import('@/lib/after-sales/accept-airline-change');
const { getOrderAfterSalesState } = await import('@/lib/after-sales/get-order-after-sales-state');

const HOUR = 3_600_000;

let local: import('../support/duffel-after-sales-kit').LocalDuffel;

beforeAll(async () => {
  local = await kit.startDuffelAfterSales();
});
afterAll(() => kit.stopDuffelAfterSales(local));

const adapterContext = () => kit.adapterContext(local);
const bookAtDuffel = (itemId: string) => kit.bookAtDuffel(local, itemId);
const confirmedCancellations = (remoteOrderId: string) => kit.confirmedCancellations(local, remoteOrderId);

describe('a traveller cancels a Duffel flight', () => {
  it("quotes Duffel's refund plus the agency fee, shows a changed Duffel quote again, and cancels at Duffel only on confirmation, once", async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookAtDuffel(order.flightItemId!);
    const price = (order.rulesOf('FLIGHT')!.price as { amount: number }).amount;
    const serviceFee = (order.rulesOf('FLIGHT')!.serviceFee as { amount: number }).amount;
    const now = new Date(order.departureAt!.getTime() - 72 * HOUR);

    // The airline refunds all but 30 AZN: that is the penalty; Agreement 6.1 adds the 15 AZN agency fee.
    local.setFaults({ refundAmount: ((price - 3000) / 100).toFixed(2) });
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    const [item] = quote.items;
    expect(item!.handling).toBe('IMMEDIATE');
    expect(item!.remote?.refund).toEqual({ amount: price - 3000, currency: 'AZN' });
    expect(item!.quote).toMatchObject({
      allowed: true,
      penalty: { amount: 3000, currency: 'AZN' },
      agencyFee: { amount: 1500, currency: 'AZN' },
      serviceFeeKept: { amount: serviceFee, currency: 'AZN' },
      refund: { amount: price - 4500, currency: 'AZN' },
      clause: 'Agreement 6.1',
    });
    expect(quote.immediateRefund.amount).toBe(price - 4500);
    // Quoting confirms nothing at Duffel.
    expect(confirmedCancellations(remoteId)).toHaveLength(0);
    expect(local.state.orders.get(remoteId)!.cancelled_at).toBeNull();

    // By the confirmation the airline refunds 20 AZN less: nothing is cancelled, the traveller sees the new quote.
    local.setFaults({ refundAmount: ((price - 5000) / 100).toFixed(2) });
    const changed = await refusal(cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now }));
    expect(changed.code).toBe('QUOTE_CHANGED');
    const again = changed.details.quote as typeof quote;
    expect(again.items[0]!.quote.penalty).toEqual({ amount: 5000, currency: 'AZN' });
    expect(again.hash).not.toBe(quote.hash);
    expect(confirmedCancellations(remoteId)).toHaveLength(0);
    expect(await db.serviceRequest.count({ where: { orderId: order.orderId } })).toBe(0);
    expect(await bookingState(holdId)).toBe('CONFIRMED');

    // The traveller confirms the new quote: cancelled at Duffel once, refunded once.
    const result = await cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: again.hash }, { now });
    expect(result.created).toBe(true);
    expect(result.requests).toMatchObject([{ topic: 'CANCEL_ITEM', status: 'APPROVED' }]);
    const twice = await cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: again.hash }, { now });
    expect(twice.created).toBe(false);

    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(local.state.orders.get(remoteId)!.cancelled_at).not.toBeNull();
    expect(await bookingState(holdId)).toBe('CANCELLED');
    const [request] = await db.serviceRequest.findMany({ where: { orderId: order.orderId } });
    expect(request).toMatchObject({ approvedRefundMinor: price - 6500, refundCurrency: 'AZN' });
    expect(['APPROVED', 'COMPLETED']).toContain(request!.status);
    const refunds = await refundsOf(order.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountMinor: price - 6500, status: 'SUCCEEDED', idempotencyKey: `service-request:${request!.id}` });
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).cancelledAt).not.toBeNull();
    expect((await db.orderHold.findUniqueOrThrow({ where: { id: holdId } })).status).toBe('RELEASED');
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'cancellation-confirmed' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { subjectId: request!.id, action: 'service_request.supplier_cancellation_started' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { subjectId: request!.id, action: 'service_request.cancellation_confirmed' } })).toBe(1);
    expect(['CANCELLED', 'REFUNDED']).toContain((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status);
    local.setFaults({ refundAmount: null });
  });

  it('a confirmation whose Duffel answer was lost stays OPEN with nothing refunded, and confirming again finishes it once', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookAtDuffel(order.flightItemId!);
    const now = new Date(order.departureAt!.getTime() - 72 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    // Duffel confirms the cancellation, but its answer is lost (this test's policy does not retry).
    local.setFaults({ dropAfterCommit: 1 });
    await expect(cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now })).rejects.toThrow();
    const [pending] = await db.serviceRequest.findMany({ where: { orderId: order.orderId } });
    expect(pending).toMatchObject({ status: 'OPEN', topic: 'CANCEL_ITEM' });
    expect(await refundsOf(order.orderId)).toHaveLength(0);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).cancelledAt).toBeNull();
    expect(await bookingState(holdId)).toBe('CONFIRMED');
    // The same confirmation again resumes the request: Duffel returns the same cancellation, nothing twice.
    const resumed = await cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now });
    expect(resumed).toMatchObject({ created: false, requests: [{ id: pending!.id, status: 'APPROVED' }] });
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(await refundsOf(order.orderId)).toHaveLength(1);
    expect(await bookingState(holdId)).toBe('CANCELLED');
  });
});

describe('Duffel cannot quote', () => {
  it('the flight is quoted as a refund request for support, and the traveller still gets an answer', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    await bookAtDuffel(order.flightItemId!);
    const now = new Date(order.departureAt!.getTime() - 72 * HOUR);
    local.setFaults({ serverErrors: 1 });
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    expect(quote.items[0]).toMatchObject({ handling: 'SUPPORT', remote: null, quote: { allowed: true, clause: 'Agreement 6.1' } });
    local.setFaults({ serverErrors: 0 });
  });
});

describe('a traveller cancels a Stays hotel', () => {
  it('cancels the booking at Stays, with the refund the rate policy gives', async () => {
    const order = await issuedOrder({ hotel: true });
    const { holdId, remoteId } = await bookAtDuffel(order.hotelItemId!);
    const now = new Date(order.hotelFreeUntil!.getTime() - HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.hotelItemId, now });
    expect(quote.items[0]).toMatchObject({ handling: 'IMMEDIATE', remote: { quoteId: null, refund: null }, quote: { allowed: true, clause: 'Agreement 6.3' } });
    expect(local.state.bookings.get(remoteId)!.status).toBe('confirmed');

    const result = await cancelBooking({ orderId: order.orderId, itemId: order.hotelItemId, quoteHash: quote.hash }, { now });
    expect(result.created).toBe(true);
    expect(local.state.bookings.get(remoteId)!.status).toBe('cancelled');
    expect(await bookingState(holdId)).toBe('CANCELLED');
    const refunds = await refundsOf(order.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.amountMinor).toBe(quote.immediateRefund.amount);
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'cancellation-confirmed' } })).toBe(1);
  });
});

describe('support refunds a Duffel item', () => {
  it('two staff approving at once: one cancellation confirmed at Duffel, one refund', async () => {
    const order = await issuedOrder({ flight: { refundable: true } });
    const { holdId, remoteId } = await bookAtDuffel(order.flightItemId!);
    const staff = await Promise.all(
      [1, 2].map(() => db.user.create({ data: { email: `support-${randomUUID().slice(0, 8)}@example.test`, role: 'SUPPORT' }, select: { id: true, email: true, name: true, role: true } })),
    );
    const request = await db.serviceRequest.create({
      data: { reference: `SR-${randomUUID().slice(0, 6).toUpperCase()}`, orderId: order.orderId, orderItemId: order.flightItemId, kind: 'REFUND', status: 'OPEN', topic: 'FLIGHT_REFUND', openedBy: 'TRAVELLER', maxRefundMinor: 5_000, refundCurrency: 'AZN' },
    });
    const attempts = await Promise.allSettled(staff.map((actor) => approveRefund({ actor: actor as never, requestId: request.id, amountMinor: 5_000, context: noRequestContext })));
    const changed = attempts.filter((a) => a.status === 'fulfilled' && a.value.changed);
    expect(changed).toHaveLength(1);
    // The other click either found the cancellation under way or the request decided; it changed nothing.
    for (const other of attempts.filter((a) => !(a.status === 'fulfilled' && a.value.changed))) {
      if (other.status === 'rejected') expect((other.reason as { reason?: string }).reason).toBe('SUPPLIER_CANCELLING');
      else expect(other.value).toMatchObject({ changed: false });
    }
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(local.state.orders.get(remoteId)!.cancelled_at).not.toBeNull();
    expect(await bookingState(holdId)).toBe('CANCELLED');
    const refunds = await refundsOf(order.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountMinor: 5_000, status: 'SUCCEEDED' });
    const decided = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided.approvedRefundMinor).toBe(5_000);
    expect(['APPROVED', 'COMPLETED']).toContain(decided.status);
    expect(await db.auditEvent.count({ where: { subjectId: request.id, action: 'service_request.approved' } })).toBe(1);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).cancelledAt).not.toBeNull();

    // A third click later changes nothing either.
    expect(await approveRefund({ actor: staff[0] as never, requestId: request.id, amountMinor: 5_000, context: noRequestContext })).toMatchObject({ changed: false });
    expect(confirmedCancellations(remoteId)).toHaveLength(1);
    expect(await refundsOf(order.orderId)).toHaveLength(1);
  });
});

describe('an airline-initiated change of a Duffel flight', () => {
  it('the booking offers to accept it; accepting tells Duffel and is recorded once', async () => {
    const order = await issuedOrder({ flight: true });
    const { remoteId } = await bookAtDuffel(order.flightItemId!);
    expect((await getOrderAfterSalesState(order.orderId))!.airlineChangePending).toBe(false);

    // The change arrives as Duffel sends it: a signed webhook (the route's body in a plain server).
    const secret = 'whsec_local_duffel_secret';
    const seen = memorySeenEvents();
    const { createServer } = await import('node:http');
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const outcome = await handleDuffelWebhook(Buffer.concat(chunks).toString('utf8'), (req.headers['x-duffel-signature'] as string) ?? null, { secret, seen, ctx: adapterContext() });
      res.writeHead(outcome.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(outcome));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as import('node:net').AddressInfo).port;
      expect((await local.sendAirlineChange(`http://127.0.0.1:${port}/api/webhooks/duffel`, secret, remoteId)).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
    }
    const [change] = local.state.orders.get(remoteId)!.airline_initiated_changes;
    expect(change).toMatchObject({ action_taken: null });
    expect((await getOrderAfterSalesState(order.orderId))!.airlineChangePending).toBe(true);

    const accepted = await acceptAirlineChange({ orderId: order.orderId });
    expect(accepted).toEqual({ accepted: 1 });
    expect(change).toMatchObject({ action_taken: 'accepted' });
    expect((await getOrderAfterSalesState(order.orderId))!.airlineChangePending).toBe(false);
    expect((await refusal(acceptAirlineChange({ orderId: order.orderId }))).code).toBe('NO_AIRLINE_CHANGE');
    expect(await db.orderEvent.count({ where: { orderId: order.orderId, reason: 'AIRLINE_CHANGE_ACCEPTED' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { subjectId: order.orderId, action: 'order.airline_change_accepted' } })).toBe(1);
    // Nothing else changed: the booking stands, nothing was refunded.
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe('ISSUED');
    expect(await refundsOf(order.orderId)).toHaveLength(0);
  });
});
