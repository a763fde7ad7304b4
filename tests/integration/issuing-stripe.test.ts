/**
 * Issue 7, Agreement 4.5 through the real `stripe` SDK (tests/support/stripe-fake.ts): Stripe answers a
 * refund "pending" and confirms it later by webhook. The request stays APPROVED with its refund in
 * flight (the recovery job does not start a second one), and the webhook completes it: order REFUNDED,
 * traveller mailed, once however often Stripe delivers the event.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStripeFake, type StripeFake } from '../support/stripe-fake';
import { checkoutInput, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

const fake: StripeFake = await startStripeFake();
Object.assign(process.env, { STRIPE_SECRET_KEY: fake.secretKey, STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_BASE: fake.apiBase });
const { setUpIssuing, statusOf } = await import('./issuing-kit');

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { issueOrder } = await import('@/lib/fulfilment/issue-order');
const { recoverIssuing } = await import('@/lib/fulfilment/register-fulfilment');
const { catalogSuppliers, setSuppliersForTests } = await import('@/lib/inventory/suppliers');
const { POST } = await import('@/app/api/payments/webhook/route');

beforeAll(() => setUpIssuing());
afterEach(() => setSuppliersForTests(undefined));
afterAll(() => fake.close());

async function deliver(webhook: { payload: string; header: string }) {
  const response = await POST(new Request('http://localhost/api/payments/webhook', { method: 'POST', body: webhook.payload, headers: { 'stripe-signature': webhook.header, 'content-type': 'application/json' } }));
  return response.status;
}

describe('Agreement 4.5 refund through Stripe', () => {
  it('a pending Stripe refund is not started twice and completes the request and the order on its webhook', async () => {
    const flight = await createFlight({ seats: 3 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip), locale: 'ru', agreementVersion: TEST_AGREEMENT_VERSION });
    await startOrderPayment({ orderId: placed.orderId, locale: 'ru' });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(payment.provider).toBe('stripe');
    expect(await deliver(fake.pay(payment.providerRef!))).toBe(200);
    expect(await statusOf(placed.orderId)).toBe('PAID');

    const catalog = catalogSuppliers();
    setSuppliersForTests({ ...catalog, flights: { ...catalog.flights, confirm: async () => ({ status: 'FAILED', reason: 'AIRLINE_REJECTED' }) } });
    fake.refundStatus = 'pending';
    expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUE_FAILED');

    const refundCalls = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/refunds');
    expect(refundCalls()).toHaveLength(1);
    const request = await db.serviceRequest.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const refund = await db.refund.findFirstOrThrow({ where: { paymentId: payment.id } });
    expect(refund).toMatchObject({ status: 'REQUESTED', amountMinor: payment.amountMinor, idempotencyKey: `service-request:${request.id}` });
    expect(request).toMatchObject({ status: 'APPROVED', refundId: refund.id });
    expect(await statusOf(placed.orderId)).toBe('ISSUE_FAILED');

    // In flight at Stripe: the recovery job leaves it alone.
    await recoverIssuing({ now: new Date(Date.now() + 60_000) });
    expect(refundCalls()).toHaveLength(1);

    const confirmed = fake.refundEvent(refund.providerRefundRef!, 'refund.updated', 'succeeded');
    expect(await deliver(confirmed)).toBe(200);
    expect(await deliver(confirmed)).toBe(200);
    expect(await statusOf(placed.orderId)).toBe('REFUNDED');
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('COMPLETED');
    expect(await db.refund.count({ where: { paymentId: payment.id } })).toBe(1);
    const mails = await db.outboxMessage.findMany({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'asc' }, select: { template: true, locale: true } });
    expect(mails).toEqual([
      { template: 'payment-confirmed', locale: 'ru' },
      { template: 'issue-failed', locale: 'ru' },
      { template: 'refund-sent', locale: 'ru' },
    ]);
  });
});
