/**
 * The Stripe path with the real `stripe` SDK pointed at tests/support/stripe-fake.ts (STRIPE_API_BASE),
 * webhooks signed as Stripe signs them and posted to the real route handler.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/payments/webhook/route';
import { db } from '@/lib/db/client';
import { registerFeatures } from '@/lib/jobs/register-features';
import { getPaymentProvider } from '@/lib/payments/provider';
import { isPaymentError } from '@/lib/payments/errors';
import { issueRefund, resumeStuckRefunds } from '@/lib/payments/issue-refund';
import { startPayment } from '@/lib/payments/start-payment';
import { syncPaymentWithProvider } from '@/lib/payments/sync-payment';
import { startStripeFake, type SignedWebhook, type StripeFake } from '../support/stripe-fake';
import { auditActions, createOrder, embeddedEnv, paymentInput, recordEffects } from './payments-support';

let fake: StripeFake;
let recorder: ReturnType<typeof recordEffects>;

beforeAll(async () => {
  fake = await startStripeFake();
  const env = embeddedEnv({ STRIPE_SECRET_KEY: fake.secretKey, STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_BASE: fake.apiBase });
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  registerFeatures();
  recorder = recordEffects();
});

afterAll(async () => {
  recorder.unregister();
  vi.unstubAllEnvs();
  await fake.close();
});

beforeEach(() => {
  recorder.reset();
  fake.delayMs = 0;
  fake.refundStatus = 'succeeded';
  fake.requests.length = 0;
});

async function deliver(webhook: Pick<SignedWebhook, 'payload' | 'header'> | { payload: string; header?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (webhook.header) headers['stripe-signature'] = webhook.header;
  const response = await POST(new Request('http://localhost/api/payments/webhook', { method: 'POST', body: webhook.payload, headers }));
  return { status: response.status, body: (await response.json()) as { result?: string; error?: string } };
}

async function paidPayment(amountMinor = 15_000) {
  const orderId = await createOrder();
  const started = await startPayment(paymentInput(orderId, { amount: { amount: amountMinor, currency: 'AZN' } }));
  expect((await deliver(fake.pay(started.payment.providerRef!))).body.result).toBe('applied');
  recorder.reset();
  fake.requests.length = 0;
  return { orderId, paymentId: started.payment.id, providerRef: started.payment.providerRef! };
}

const creates = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions');
const refundCalls = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/refunds');

describe('Stripe provider selection', () => {
  it('uses Stripe when STRIPE_SECRET_KEY is set', () => {
    expect(getPaymentProvider().name).toBe('stripe');
  });
});

describe('startPayment with Stripe Checkout', () => {
  it('creates one Checkout Session with our idempotency key and returns its URL', async () => {
    const orderId = await createOrder();
    const result = await startPayment(paymentInput(orderId));

    expect(result.reused).toBe(false);
    expect(result.payment).toMatchObject({ orderId, status: 'PENDING', method: 'CARD', provider: 'stripe', amount: { amount: 15_000, currency: 'AZN' } });
    const session = fake.sessions.get(result.payment.providerRef!)!;
    expect(result.redirectUrl).toBe(session.url);
    expect(creates()).toHaveLength(1);
    const [request] = creates();
    expect(request!.idempotencyKey).toBe(`payment:${result.payment.id}`);
    expect(request!.body).toMatchObject({
      mode: 'payment',
      line_items: [{ quantity: '1', price_data: { currency: 'azn', unit_amount: '15000', product_data: { name: 'Karvan order KRV-TEST01' } } }],
      success_url: 'https://karvan.test/en/checkout/done?session={CHECKOUT_SESSION_ID}',
      client_reference_id: orderId,
      metadata: { paymentId: result.payment.id, orderId },
      payment_intent_data: { metadata: { paymentId: result.payment.id, orderId } },
      locale: 'en',
    });
    expect(await auditActions(result.payment.id)).toEqual(['payment.started']);
  });

  it('double click: concurrent starts for one order create one session and return the same redirect', async () => {
    const orderId = await createOrder();
    fake.delayMs = 100;
    const results = await Promise.all(Array.from({ length: 5 }, () => startPayment(paymentInput(orderId))));

    expect(new Set(results.map((r) => r.payment.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.redirectUrl)).size).toBe(1);
    expect(results.filter((r) => !r.reused)).toHaveLength(1);
    expect(creates()).toHaveLength(1);
    expect(await db.payment.count({ where: { orderId } })).toBe(1);
  });

  it('a changed amount cancels the open session (expired at Stripe) and opens a new one', async () => {
    const orderId = await createOrder();
    const first = await startPayment(paymentInput(orderId));
    const second = await startPayment(paymentInput(orderId, { amount: { amount: 16_000, currency: 'AZN' } }));

    expect(second.payment.id).not.toBe(first.payment.id);
    expect((await db.payment.findUniqueOrThrow({ where: { id: first.payment.id } })).status).toBe('CANCELLED');
    expect(fake.sessions.get(first.payment.providerRef!)!.status).toBe('expired');
    expect(fake.requests.some((r) => r.path === `/v1/checkout/sessions/${first.payment.providerRef}/expire`)).toBe(true);
    // Stripe's expiry event for the superseded session changes nothing and calls no hook.
    expect((await deliver(fake.event('checkout.session.expired', { ...fake.sessions.get(first.payment.providerRef!)! }))).body.result).toBe('unchanged');
    expect(recorder.calls.failed).toHaveLength(0);
  });

  it('a refused create leaves a FAILED payment and a later start succeeds', async () => {
    const orderId = await createOrder();
    fake.failNext({ method: 'POST', path: /^\/v1\/checkout\/sessions$/, status: 400, error: { type: 'invalid_request_error', message: 'currency not supported' } });
    const error = await startPayment(paymentInput(orderId)).catch((e: unknown) => e);
    expect(isPaymentError(error, 'PROVIDER_REJECTED')).toBe(true);
    expect((await db.payment.findFirstOrThrow({ where: { orderId } })).status).toBe('FAILED');

    const retry = await startPayment(paymentInput(orderId));
    expect(retry.payment.status).toBe('PENDING');
  });

  it('refuses to start a second payment for a paid order', async () => {
    const { orderId } = await paidPayment();
    const error = await startPayment(paymentInput(orderId)).catch((e: unknown) => e);
    expect(isPaymentError(error, 'ALREADY_PAID')).toBe(true);
    expect(creates()).toHaveLength(0);
  });
});

describe('Stripe webhooks', () => {
  it('checkout.session.completed marks the payment SUCCEEDED and runs the order hook once', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const response = await deliver(fake.pay(payment.providerRef!));

    expect(response).toEqual({ status: 200, body: { received: true, result: 'applied' } });
    const row = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row.status).toBe('SUCCEEDED');
    expect(row.succeededAt).toBeInstanceOf(Date);
    expect(recorder.calls.succeeded).toHaveLength(1);
    expect(recorder.calls.succeeded[0]).toMatchObject({ payment: { id: payment.id, status: 'SUCCEEDED' }, previousStatus: 'PENDING' });
    expect(await auditActions(payment.id)).toEqual(['payment.started', 'payment.succeeded']);
  });

  it('the same event delivered 100 times at once moves the payment once', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const webhook = fake.pay(payment.providerRef!);

    const responses = await Promise.all(Array.from({ length: 100 }, () => deliver(webhook)));

    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses.filter((r) => r.body.result === 'applied')).toHaveLength(1);
    expect(responses.filter((r) => r.body.result === 'duplicate')).toHaveLength(99);
    expect(recorder.calls.succeeded).toHaveLength(1);
    expect(await db.paymentWebhookEvent.count({ where: { eventId: webhook.event.id } })).toBe(1);
    expect((await auditActions(payment.id)).filter((a) => a === 'payment.succeeded')).toHaveLength(1);
  });

  it('out of order: a failure or expiry after success changes nothing', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const session = { ...fake.sessions.get(payment.providerRef!)! };
    const succeeded = fake.pay(payment.providerRef!);
    const failed = fake.event('checkout.session.async_payment_failed', { ...session, status: 'complete', payment_status: 'unpaid' });
    const expired = fake.event('checkout.session.expired', { ...session, status: 'expired' });

    expect((await deliver(succeeded)).body.result).toBe('applied');
    expect((await deliver(failed)).body.result).toBe('unchanged');
    expect((await deliver(expired)).body.result).toBe('unchanged');
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.succeeded).toHaveLength(1);
    expect(recorder.calls.failed).toHaveLength(0);
  });

  it('a success reported after a failure is recorded as a late success', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    expect((await deliver(fake.failAsync(payment.providerRef!))).body.result).toBe('applied');
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('FAILED');
    expect(recorder.calls.failed).toHaveLength(1);

    expect((await deliver(fake.pay(payment.providerRef!))).body.result).toBe('applied');
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.succeeded).toEqual([expect.objectContaining({ previousStatus: 'FAILED' })]);
  });

  it('checkout.session.expired cancels the payment and tells the order', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    expect((await deliver(fake.expire(payment.providerRef!))).body.result).toBe('applied');
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: 'CANCELLED', failureCode: 'expired' });
    expect(recorder.calls.failed).toHaveLength(1);
    const again = await startPayment(paymentInput(orderId));
    expect(again.payment.id).not.toBe(payment.id);
  });

  it('refuses a forged, tampered or missing signature with 400 and changes nothing', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const genuine = fake.pay(payment.providerRef!);
    const forged = { payload: genuine.payload, header: fake.sign(genuine.payload, 'whsec_not_our_secret') };
    const tampered = { payload: genuine.payload.replace('"paid"', '"unpaid"'), header: genuine.header };
    const stale = { payload: genuine.payload, header: `t=${Math.floor(Date.now() / 1000) - 3600},v1=${genuine.header.split('v1=')[1]}` };

    for (const attempt of [forged, tampered, stale, { payload: genuine.payload }, { payload: 'not json', header: genuine.header }]) {
      const response = await deliver(attempt);
      expect(response.status).toBe(400);
    }
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('PENDING');
    expect(await db.paymentWebhookEvent.count({ where: { eventId: genuine.event.id } })).toBe(0);
    expect(recorder.calls.succeeded).toHaveLength(0);
  });

  it('events about sessions that are not ours are acknowledged and not recorded', async () => {
    const foreign = fake.event('checkout.session.completed', { id: 'cs_test_foreign', object: 'checkout.session', payment_status: 'paid', amount_total: 100, currency: 'usd', metadata: {} });
    const unrelated = fake.event('customer.created', { id: 'cus_1', object: 'customer' });
    expect(await deliver(foreign)).toEqual({ status: 200, body: { received: true, result: 'ignored' } });
    expect((await deliver(unrelated)).body.result).toBe('ignored');
    expect(await db.paymentWebhookEvent.count({ where: { eventId: { in: [foreign.event.id, unrelated.event.id] } } })).toBe(0);
  });

  it('syncPaymentWithProvider applies a payment whose webhook has not arrived, once', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const webhook = fake.pay(payment.providerRef!);

    expect((await syncPaymentWithProvider(payment.id)).status).toBe('applied');
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
    expect((await deliver(webhook)).body.result).toBe('unchanged');
    expect(recorder.calls.succeeded).toHaveLength(1);
  });
});

describe('issueRefund through the Stripe refunds API', () => {
  it('refunds once, with the idempotency key, and records SUCCEEDED with the hook', async () => {
    const { paymentId } = await paidPayment();
    const { refund, created } = await issueRefund({ paymentId, amount: { amount: 5_000, currency: 'AZN' }, reason: 'hotel cancelled in time', idempotencyKey: 'refund-request:r1' });

    expect(created).toBe(true);
    expect(refund).toMatchObject({ status: 'SUCCEEDED', amount: { amount: 5_000, currency: 'AZN' } });
    expect(refundCalls()).toHaveLength(1);
    expect(refundCalls()[0]).toMatchObject({ idempotencyKey: 'refund-request:r1', body: { amount: '5000', metadata: { refundId: refund.id, paymentId } } });
    expect(recorder.calls.refundSucceeded.map((r) => r.id)).toEqual([refund.id]);
    // Stripe's refund.updated webhook for it changes nothing more.
    expect((await deliver(fake.refundEvent(refund.providerRefundRef!))).body.result).toBe('unchanged');
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
    expect(await auditActions(refund.id)).toEqual(['refund.requested', 'refund.succeeded']);
  });

  it('the button pressed twice at once (same key) makes one provider refund', async () => {
    const { paymentId } = await paidPayment();
    fake.delayMs = 150;
    const input = { paymentId, amount: { amount: 15_000, currency: 'AZN' }, reason: 'supplier could not issue', idempotencyKey: 'refund-request:r2' };
    const results = await Promise.all([issueRefund(input), issueRefund(input), issueRefund(input)]);

    expect(new Set(results.map((r) => r.refund.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(refundCalls()).toHaveLength(1);
    expect(fake.refunds.size).toBeGreaterThanOrEqual(1);
    expect([...fake.refunds.values()].filter((r) => r.metadata.paymentId === paymentId)).toHaveLength(1);
    expect(await db.refund.findMany({ where: { paymentId } })).toEqual([expect.objectContaining({ status: 'SUCCEEDED', amountMinor: 15_000 })]);
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
    // Pressed again later: the same refund, no call.
    const later = await issueRefund(input);
    expect(later).toMatchObject({ created: false, refund: { id: results[0]!.refund.id, status: 'SUCCEEDED' } });
    expect(refundCalls()).toHaveLength(1);
  });

  it('two staff refunding different requests at once cannot exceed what was captured', async () => {
    const { paymentId } = await paidPayment();
    fake.delayMs = 100;
    const results = await Promise.allSettled([
      issueRefund({ paymentId, amount: { amount: 10_000, currency: 'AZN' }, reason: 'a', idempotencyKey: 'refund-request:a' }),
      issueRefund({ paymentId, amount: { amount: 10_000, currency: 'AZN' }, reason: 'b', idempotencyKey: 'refund-request:b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isPaymentError(rejected.reason, 'REFUND_EXCEEDS_CAPTURED')).toBe(true);
    expect(refundCalls()).toHaveLength(1);
  });

  it('refuses more than captured minus already refunded, without calling Stripe', async () => {
    const { paymentId } = await paidPayment();
    await issueRefund({ paymentId, amount: { amount: 5_000, currency: 'AZN' }, reason: 'partial', idempotencyKey: 'refund-request:p1' });
    await issueRefund({ paymentId, amount: { amount: 10_000, currency: 'AZN' }, reason: 'rest', idempotencyKey: 'refund-request:p2' });
    fake.requests.length = 0;

    for (const amount of [1, 15_001]) {
      const error = await issueRefund({ paymentId, amount: { amount, currency: 'AZN' }, reason: 'too much', idempotencyKey: `refund-request:over-${amount}` }).catch((e: unknown) => e);
      expect(isPaymentError(error, 'REFUND_EXCEEDS_CAPTURED')).toBe(true);
    }
    const wrongCurrency = await issueRefund({ paymentId, amount: { amount: 1, currency: 'USD' }, reason: 'x', idempotencyKey: 'refund-request:usd' }).catch((e: unknown) => e);
    expect(isPaymentError(wrongCurrency, 'CURRENCY_MISMATCH')).toBe(true);
    expect(refundCalls()).toHaveLength(0);
    expect(await db.refund.count({ where: { paymentId } })).toBe(2);
  });

  it('a refund Stripe refuses is FAILED (never SUCCEEDED) and frees the amount', async () => {
    const { paymentId } = await paidPayment();
    fake.failNext({ method: 'POST', path: /^\/v1\/refunds$/, status: 400, error: { type: 'invalid_request_error', code: 'charge_disputed', message: 'disputed' } });
    const { refund } = await issueRefund({ paymentId, amount: { amount: 15_000, currency: 'AZN' }, reason: 'x', idempotencyKey: 'refund-request:f1' });

    expect(refund.status).toBe('FAILED');
    expect(await db.refund.count({ where: { paymentId, status: 'SUCCEEDED' } })).toBe(0);
    expect(recorder.calls.refundFailed).toHaveLength(1);
    const retry = await issueRefund({ paymentId, amount: { amount: 15_000, currency: 'AZN' }, reason: 'x', idempotencyKey: 'refund-request:f2' });
    expect(retry.refund.status).toBe('SUCCEEDED');
  });

  it('a lost response leaves the refund REQUESTED; the resume job retries with the same key and Stripe returns the same refund', async () => {
    const { paymentId } = await paidPayment();
    fake.failNext({ method: 'POST', path: /^\/v1\/refunds$/, status: 500, error: { type: 'api_error', message: 'boom' }, afterExecution: true });
    const error = await issueRefund({ paymentId, amount: { amount: 7_000, currency: 'AZN' }, reason: 'x', idempotencyKey: 'refund-request:lost' }).catch((e: unknown) => e);

    expect(isPaymentError(error, 'PROVIDER_UNAVAILABLE')).toBe(true);
    const pending = await db.refund.findUniqueOrThrow({ where: { idempotencyKey: 'refund-request:lost' } });
    expect(pending.status).toBe('REQUESTED');
    // The reservation still counts: nothing more than the rest can be refunded meanwhile.
    const over = await issueRefund({ paymentId, amount: { amount: 8_001, currency: 'AZN' }, reason: 'x', idempotencyKey: 'refund-request:meanwhile' }).catch((e: unknown) => e);
    expect(isPaymentError(over, 'REFUND_EXCEEDS_CAPTURED')).toBe(true);
    // Within the lease nothing is retried.
    expect(await resumeStuckRefunds()).toEqual({ resumed: 0, failed: 0 });

    const result = await resumeStuckRefunds({ now: new Date(Date.now() + 5 * 60_000) });
    expect(result).toEqual({ resumed: 1, failed: 0 });
    expect(refundCalls().map((r) => r.idempotencyKey)).toEqual(['refund-request:lost', 'refund-request:lost']);
    expect([...fake.refunds.values()].filter((r) => r.metadata.paymentId === paymentId)).toHaveLength(1);
    expect((await db.refund.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
  });

  it('a pending refund is finished by its webhook, once', async () => {
    const { paymentId } = await paidPayment();
    fake.refundStatus = 'pending';
    const { refund } = await issueRefund({ paymentId, amount: { amount: 3_000, currency: 'AZN' }, reason: 'x', idempotencyKey: 'refund-request:pend' });
    expect(refund.status).toBe('REQUESTED');
    expect(refund.providerRefundRef).toMatch(/^re_/);

    const webhook = fake.refundEvent(refund.providerRefundRef!, 'refund.updated', 'succeeded');
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(webhook)));
    expect(responses.filter((r) => r.body.result === 'applied')).toHaveLength(1);
    expect((await db.refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
    // A later failure report does not reopen it; it is flagged for staff.
    expect((await deliver(fake.refundEvent(refund.providerRefundRef!, 'refund.failed', 'failed'))).body.result).toBe('unchanged');
    expect(await auditActions(refund.id)).toContain('refund.failed_after_success');
  });

  it('refuses to refund an unpaid payment', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const error = await issueRefund({ paymentId: payment.id, amount: { amount: 1, currency: 'AZN' }, reason: 'x', idempotencyKey: 'refund-request:unpaid' }).catch((e: unknown) => e);
    expect(isPaymentError(error, 'PAYMENT_NOT_SUCCEEDED')).toBe(true);
  });
});
