/**
 * Issue 6 acceptance, Stripe path: a checkout paid through the real `stripe` SDK pointed at a local
 * server that speaks Stripe's API (tests/support/stripe-fake.ts: create, retrieve, expire, refund),
 * with webhooks signed as Stripe signs them and posted to the real route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeFake, type StripeFake } from '../support/stripe-fake';
import { checkoutInput, configureBookingTestEnv, createFlight, createHotel, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

const fake: StripeFake = await startStripeFake();
configureBookingTestEnv({ STRIPE_SECRET_KEY: fake.secretKey, STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_BASE: fake.apiBase });

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { releaseExpiredHolds } = await import('@/lib/fulfilment/release-expired-holds');
const { refundSurplusPayments } = await import('@/lib/fulfilment/refund-surplus-payments');
const { getOrderForOwner } = await import('@/lib/booking/get-order-for-owner');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { syncPaymentWithProvider } = await import('@/lib/payments/sync-payment');
const { POST } = await import('@/app/api/payments/webhook/route');

beforeAll(() => registerFulfilment());
afterAll(() => fake.close());

async function deliver(webhook: { payload: string; header: string }) {
  const response = await POST(new Request('http://localhost/api/payments/webhook', { method: 'POST', body: webhook.payload, headers: { 'stripe-signature': webhook.header, 'content-type': 'application/json' } }));
  return response.status;
}

async function stripeCheckout() {
  const flight = await createFlight({ seats: 4 });
  const hotel = await createHotel({ allotment: 2, currency: 'USD', priceMinor: 9_000 });
  const trip = await createTrip([
    { kind: 'FLIGHT', offerId: flight.offerId(1) },
    { kind: 'HOTEL', offerId: hotel.offerId(1, 1) },
  ]);
  const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip), locale: 'az', agreementVersion: TEST_AGREEMENT_VERSION });
  const started = await startOrderPayment({ orderId: placed.orderId, locale: 'az' });
  if (started.method !== 'CARD') throw new Error('expected a card payment');
  const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  return { flight, hotel, trip, placed, started, payment };
}

describe('checkout paid with Stripe', () => {
  it('creates a Checkout Session for the order and becomes PAID on the signed webhook', async () => {
    const { placed, started, payment, trip } = await stripeCheckout();
    expect(payment.provider).toBe('stripe');
    expect(started.redirectUrl).toMatch(/^https?:\/\//);
    // Two currencies (AZN flight, USD hotel): one card charge in AZN at the order's stored rates.
    expect(placed.charge.currency).toBe('AZN');
    const create = fake.requests.find((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions')!;
    expect(JSON.stringify(create.body)).toContain(String(placed.charge.amount));
    expect(JSON.stringify(create.body)).toContain(`/az/checkout/done?ref=${placed.reference}`);

    expect(await deliver(fake.pay(payment.providerRef!))).toBe(200);
    expect(await deliver(fake.pay(payment.providerRef!))).toBe(200);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('PAID');
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, toStatus: 'PAID' } })).toBe(1);
    expect(await db.orderHold.count({ where: { orderId: placed.orderId, status: 'HELD' } })).toBe(2);
    expect((await getOrderForOwner(trip.owner, placed.reference))?.status).toBe('PAID');
    expect(await db.outboxMessage.findMany({ where: { orderId: placed.orderId }, select: { template: true, locale: true } })).toEqual([{ template: 'payment-confirmed', locale: 'az' }]);
    // Issuing runs after the payment's commit (the worker's loop), and confirms both holds.
    const { issueOrder } = await import('@/lib/fulfilment/issue-order');
    expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUED');
    expect(await db.orderHold.count({ where: { orderId: placed.orderId, status: 'CONFIRMED' } })).toBe(2);
  });

  it('a forged Stripe signature is refused with 400 and changes nothing', async () => {
    const { placed, payment } = await stripeCheckout();
    const webhook = fake.pay(payment.providerRef!);
    expect(await deliver({ payload: webhook.payload, header: fake.sign(webhook.payload, 'whsec_not_ours') })).toBe(400);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('HELD');
  });

  it('the return page confirms through retrieve when the webhook is late', async () => {
    const { placed, payment } = await stripeCheckout();
    fake.pay(payment.providerRef!); // paid at Stripe, webhook not delivered yet
    await syncPaymentWithProvider(payment.id);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('PAID');
  });

  it('an async failure keeps the order held; an expired hold closes the session; a late payment with the inventory gone is refunded through Stripe', async () => {
    const { placed, payment, flight } = await stripeCheckout();
    expect(await deliver(fake.failAsync(payment.providerRef!))).toBe(200);
    expect((await db.orderCheckout.findUniqueOrThrow({ where: { orderId: placed.orderId } })).lastPaymentError).not.toBeNull();
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('HELD');

    const again = await startOrderPayment({ orderId: placed.orderId, locale: 'az' });
    expect(again.method).toBe('CARD');
    const second = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId, status: 'PENDING' } });
    await releaseExpiredHolds({ now: new Date(placed.holdExpiresAt.getTime() + 1_000) });
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('EXPIRED');
    expect(fake.requests.some((r) => r.path === `/v1/checkout/sessions/${second.providerRef}/expire`)).toBe(true);

    // Someone else bought the last seat; then the Stripe payment is reported after all.
    await db.fare.update({ where: { id: flight.fareId }, data: { seatsLeft: 0 } });
    expect(await deliver(fake.pay(second.providerRef!))).toBe(200);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('EXPIRED');
    const { refunded } = await refundSurplusPayments();
    expect(refunded).toEqual([second.id]);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/refunds')).toHaveLength(1);
    expect((await refundSurplusPayments()).refunded).toEqual([]);
  });
});
