/**
 * Issue 6, holding and paying, on the real database with the sandbox provider and the payments
 * engineer's webhook path: one payment per double click, a webhook delivered 100 times (and out of
 * order) moves the order once, a forged signature is refused with 400 and changes nothing, declines
 * keep the order payable, expired holds are released exactly once, late and office payments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { releaseExpiredHolds } = await import('@/lib/fulfilment/release-expired-holds');
const { refundSurplusPayments } = await import('@/lib/fulfilment/refund-surplus-payments');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { issueOrder } = await import('@/lib/fulfilment/issue-order');
const { getOrderForOwner } = await import('@/lib/booking/get-order-for-owner');
const { getSandboxProvider, handlePaymentWebhook, markPaidAtOffice, isPaymentError } = await import('@/lib/payments');
const { sessionObject } = await import('@/lib/payments/sandbox-provider');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');
const { POST: webhookRoute } = await import('@/app/api/payments/webhook/route');

beforeAll(() => {
  registerFulfilment();
});

async function heldOrder(options: { seats?: number; paymentMethod?: 'CARD' | 'OFFICE'; daysAhead?: number } = {}) {
  const flight = await createFlight({ seats: options.seats ?? 9, daysAhead: options.daysAhead });
  const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
  const input = await checkoutInput(trip, { paymentMethod: options.paymentMethod ?? 'CARD' });
  const placed = await placeOrder({ owner: trip.owner, input, locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
  return { flight, trip, placed };
}

async function sessionOf(orderId: string) {
  return db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId }, orderBy: { createdAt: 'desc' } });
}

function signedEvent(type: string, object: Record<string, unknown>, id = `evt_test_${Math.random().toString(36).slice(2)}`) {
  const sandbox = getSandboxProvider()!;
  const body = JSON.stringify({ id, object: 'event', api_version: 'sandbox', created: Math.floor(Date.now() / 1000), livemode: false, type, data: { object } });
  return { body, signature: sandbox.sign(body) };
}

const statusOf = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;

describe('starting the payment', () => {
  it('a double click on pay opens one provider session and one payment', async () => {
    const { placed } = await heldOrder();
    const [a, b] = await Promise.all([
      startOrderPayment({ orderId: placed.orderId, locale: 'en' }),
      startOrderPayment({ orderId: placed.orderId, locale: 'en' }),
    ]);
    expect(a.method).toBe('CARD');
    expect(a.method === 'CARD' && b.method === 'CARD' && a.redirectUrl === b.redirectUrl).toBe(true);
    expect(a.method === 'CARD' && a.redirectUrl).toMatch(/^\/en\/sandbox-pay\/sbx_cs_/);
    expect(await db.payment.count({ where: { orderId: placed.orderId } })).toBe(1);
    expect(await db.sandboxCheckoutSession.count({ where: { orderId: placed.orderId } })).toBe(1);
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(payment).toMatchObject({ amountMinor: placed.charge.amount, currency: placed.charge.currency, method: 'CARD', status: 'PENDING' });
    // The provider session ends with the hold.
    expect(payment.deadlineAt?.getTime()).toBe(placed.holdExpiresAt.getTime());
  });

  it('no card data is stored anywhere: only provider references', async () => {
    const { placed } = await heldOrder();
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await sessionOf(placed.orderId);
    await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
    const dump = await db.$queryRaw<{ dump: string }[]>`
      SELECT string_agg(t::text, ' ') AS dump FROM (
        SELECT row_to_json(p)::text AS t FROM payments p UNION ALL SELECT row_to_json(c)::text FROM order_checkouts c
        UNION ALL SELECT row_to_json(e)::text FROM payment_webhook_events e UNION ALL SELECT row_to_json(a)::text FROM audit_events a) x`;
    expect(dump[0]!.dump).not.toMatch(/4242\s?4242|4000\s?0000\s?0000\s?0002/);
  });
});

describe('payment webhooks', () => {
  it('the same success event delivered 100 times, concurrently and again later, moves the order once', async () => {
    const { placed, flight } = await heldOrder();
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await sessionOf(placed.orderId);
    await db.sandboxCheckoutSession.update({ where: { id: session.id }, data: { status: 'complete', completedAt: new Date() } });
    const paid = signedEvent('checkout.session.completed', sessionObject({ ...session, status: 'complete' }));

    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () => handlePaymentWebhook({ rawBody: paid.body, signature: paid.signature, provider: getSandboxProvider()! })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    for (let i = 0; i < 5; i++) await handlePaymentWebhook({ rawBody: paid.body, signature: paid.signature, provider: getSandboxProvider()! });

    expect(await statusOf(placed.orderId)).toBe('PAID');
    const events = await db.orderEvent.findMany({ where: { orderId: placed.orderId, toStatus: 'PAID' } });
    expect(events).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { subjectId: placed.orderId, action: 'order.payment_succeeded' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { orderId: placed.orderId, template: 'payment-confirmed' } })).toBe(1);
    // The payment only pays: the supplier issues after its commit (issue-order.ts), once.
    const holdId = (await db.orderHold.findFirstOrThrow({ where: { orderId: placed.orderId } })).id;
    expect(await db.orderHold.count({ where: { orderId: placed.orderId, status: 'HELD' } })).toBe(1);
    expect((await db.catalogHold.findFirstOrThrow({ where: { holdId } })).status).toBe('HELD');
    expect((await db.orderCheckout.findUniqueOrThrow({ where: { orderId: placed.orderId } })).paidAt).not.toBeNull();
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(8);
    expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUED');
    const catalogHold = await db.catalogHold.findFirstOrThrow({ where: { holdId } });
    expect(catalogHold.status).toBe('CONFIRMED');
    expect(catalogHold.documents).toHaveLength(1);
    expect(await statusOf(placed.orderId)).toBe('ISSUED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(8);
  });

  it('events out of order: a failure or expiry after the success changes nothing', async () => {
    const { placed } = await heldOrder();
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await sessionOf(placed.orderId);
    await db.sandboxCheckoutSession.update({ where: { id: session.id }, data: { status: 'complete', completedAt: new Date() } });
    const object = sessionObject({ ...session, status: 'complete' });
    const deliver = (type: string) => {
      const e = signedEvent(type, object);
      return handlePaymentWebhook({ rawBody: e.body, signature: e.signature, provider: getSandboxProvider()! });
    };
    await deliver('checkout.session.completed');
    await deliver('checkout.session.async_payment_failed');
    await deliver('checkout.session.expired');
    await deliver('checkout.session.completed');
    expect(await statusOf(placed.orderId)).toBe('PAID');
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId } })).toBe(2); // HELD, then PAID
    expect((await db.orderCheckout.findUniqueOrThrow({ where: { orderId: placed.orderId } })).lastPaymentError).toBeNull();
  });

  it('a forged signature is refused with 400 and changes nothing', async () => {
    const { placed } = await heldOrder();
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await sessionOf(placed.orderId);
    const genuine = signedEvent('checkout.session.completed', sessionObject({ ...session, status: 'complete' }));
    const forgedBodies = [
      { body: genuine.body, signature: genuine.signature.replace(/v1=[0-9a-f]{6}/, 'v1=000000') },
      { body: genuine.body.replace(String(session.amountMinor), '1'), signature: genuine.signature },
      { body: genuine.body, signature: `t=${Math.floor(Date.now() / 1000)},v1=${'ab'.repeat(32)}` },
      { body: genuine.body, signature: null },
    ];
    const before = await db.paymentWebhookEvent.count();
    for (const forged of forgedBodies) {
      const response = await webhookRoute(
        new Request('http://localhost/api/payments/webhook', {
          method: 'POST',
          body: forged.body,
          headers: forged.signature ? { 'stripe-signature': forged.signature } : {},
        }),
      );
      expect(response.status).toBe(400);
    }
    expect(await statusOf(placed.orderId)).toBe('HELD');
    expect(await db.paymentWebhookEvent.count()).toBe(before);
    expect((await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } })).status).toBe('PENDING');
  });
});

describe('declines and retries', () => {
  it('a declined card leaves the order held with the decline on record; paying again succeeds', async () => {
    const { placed, trip } = await heldOrder();
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    await completeSandboxCheckout({ sessionId: (await sessionOf(placed.orderId)).id, outcome: 'decline' }, getSandboxProvider()!);
    expect(await statusOf(placed.orderId)).toBe('HELD');
    const shown = await getOrderForOwner(trip.owner, placed.reference);
    expect(shown).toMatchObject({ status: 'HELD', lastPaymentError: 'async_payment_failed' });

    const again = await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    expect(again.method === 'CARD' && again.reused).toBe(false);
    await completeSandboxCheckout({ sessionId: (await sessionOf(placed.orderId)).id, outcome: 'success' }, getSandboxProvider()!);
    expect(await statusOf(placed.orderId)).toBe('PAID');
    expect((await getOrderForOwner(trip.owner, placed.reference))?.lastPaymentError).toBeNull();
    // Another browser cannot see the order.
    expect(await getOrderForOwner({ userId: null, cookieToken: null }, placed.reference)).toBeNull();
  });
});

describe('hold expiry', () => {
  it('an expired hold is released exactly once, even with two workers at the same moment', async () => {
    const { placed, flight } = await heldOrder({ seats: 5 });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(4);

    // Not yet due: nothing happens.
    await releaseExpiredHolds({ now: new Date(placed.holdExpiresAt.getTime() - 1) });
    expect(await statusOf(placed.orderId)).toBe('HELD');

    const later = new Date(placed.holdExpiresAt.getTime() + 1_000);
    const runs = await Promise.all([releaseExpiredHolds({ now: later }), releaseExpiredHolds({ now: later }), releaseExpiredHolds({ now: later })]);
    expect(runs.flatMap((r) => r.expired).filter((id) => id === placed.orderId)).toHaveLength(1);
    await releaseExpiredHolds({ now: later });

    expect(await statusOf(placed.orderId)).toBe('EXPIRED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(5);
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, reason: 'HOLD_EXPIRED' } })).toBe(1);
    expect((await db.orderHold.findFirstOrThrow({ where: { orderId: placed.orderId } })).releasedAt).not.toBeNull();
    expect((await db.catalogHold.findFirstOrThrow({ where: { offerId: flight.offerId(1) } })).status).toBe('RELEASED');
    // The open card session is closed, so it can no longer be paid.
    expect((await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } })).status).toBe('CANCELLED');
    await expect(startOrderPayment({ orderId: placed.orderId, locale: 'en' })).rejects.toMatchObject({ code: 'ORDER_NOT_PAYABLE' });
  });

  it('the supplier let the hold go a moment before the payment arrived: the seat is taken again and the order paid', async () => {
    const { placed, flight } = await heldOrder({ seats: 5 });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const hold = await db.orderHold.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const { getSuppliers } = await import('@/lib/inventory/suppliers');
    await db.$transaction((tx) => getSuppliers().flights.release(tx, hold.id));
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(5);

    await completeSandboxCheckout({ sessionId: (await sessionOf(placed.orderId)).id, outcome: 'success' }, getSandboxProvider()!);
    expect(await statusOf(placed.orderId)).toBe('PAID');
    // Issuing takes the seat again under the same hold id, then confirms it.
    expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(4);
    expect((await db.catalogHold.findUniqueOrThrow({ where: { holdId: hold.id } })).status).toBe('CONFIRMED');
  });

  it('a payment arriving after expiry takes the seats again if they are still there', async () => {
    const { placed, flight } = await heldOrder({ seats: 5 });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await sessionOf(placed.orderId);
    await releaseExpiredHolds({ now: new Date(placed.holdExpiresAt.getTime() + 1_000) });
    expect(await statusOf(placed.orderId)).toBe('EXPIRED');

    // The traveller had the provider page open and paid anyway (Stripe sessions last at least 30 min).
    await db.sandboxCheckoutSession.update({ where: { id: session.id }, data: { status: 'complete' } });
    const paid = signedEvent('checkout.session.completed', sessionObject({ ...session, status: 'complete' }));
    await handlePaymentWebhook({ rawBody: paid.body, signature: paid.signature, provider: getSandboxProvider()! });
    expect(await statusOf(placed.orderId)).toBe('PAID');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(4);
    expect(await db.orderHold.count({ where: { orderId: placed.orderId, status: 'HELD' } })).toBe(1);
    expect((await refundSurplusPayments()).refunded).toEqual([]);
    expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUED');
    expect(await db.orderHold.count({ where: { orderId: placed.orderId, status: 'CONFIRMED' } })).toBe(1);
  });

  it('a payment arriving after expiry when the seats are gone is refunded, once', async () => {
    const { placed, flight } = await heldOrder({ seats: 1 });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await sessionOf(placed.orderId);
    await releaseExpiredHolds({ now: new Date(placed.holdExpiresAt.getTime() + 1_000) });
    await db.fare.update({ where: { id: flight.fareId }, data: { seatsLeft: 0 } });

    await db.sandboxCheckoutSession.update({ where: { id: session.id }, data: { status: 'complete' } });
    const paid = signedEvent('checkout.session.completed', sessionObject({ ...session, status: 'complete' }));
    await handlePaymentWebhook({ rawBody: paid.body, signature: paid.signature, provider: getSandboxProvider()! });
    expect(await statusOf(placed.orderId)).toBe('EXPIRED');
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, reason: 'PAYMENT_AFTER_EXPIRY' } })).toBe(1);

    const [first, second] = [await refundSurplusPayments(), await refundSurplusPayments()];
    expect(first.refunded).toHaveLength(1);
    expect(second.refunded).toEqual([]);
    const refund = await db.refund.findFirstOrThrow({ where: { paymentId: first.refunded[0] } });
    expect(refund).toMatchObject({ status: 'SUCCEEDED', amountMinor: placed.charge.amount });
  });
});

describe('pay at our office (Agreement 4.1)', () => {
  it('holds until the deadline and becomes paid when support marks it', async () => {
    const { placed } = await heldOrder({ paymentMethod: 'OFFICE' });
    expect(placed.holdExpiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const started = await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    expect(started).toMatchObject({ method: 'OFFICE', deadlineAt: placed.holdExpiresAt });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(payment).toMatchObject({ method: 'OFFICE', status: 'PENDING' });

    const traveller = { id: '00000000-0000-4000-8000-000000000001', role: 'TRAVELLER' };
    await expect(markPaidAtOffice({ paymentId: payment.id, staff: traveller })).rejects.toSatisfy((e: unknown) => isPaymentError(e, 'FORBIDDEN'));
    await markPaidAtOffice({ paymentId: payment.id, staff: { id: '00000000-0000-4000-8000-000000000002', role: 'SUPPORT' } });
    expect(await statusOf(placed.orderId)).toBe('PAID');
  });

  it('an unpaid office order expires at its deadline and its payment is cancelled', async () => {
    const { placed, flight } = await heldOrder({ paymentMethod: 'OFFICE', seats: 3 });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    await releaseExpiredHolds({ now: new Date(placed.holdExpiresAt.getTime() + 1) });
    expect(await statusOf(placed.orderId)).toBe('EXPIRED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(3);
    expect((await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } })).status).toBe('CANCELLED');
  });
});
