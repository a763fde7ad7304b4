/**
 * The sandbox provider of the embedded default, selected from the environment as in `npm start`:
 * hosted test page data, card outcomes, signed events through the same webhook handler as Stripe.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/payments/webhook/route';
import { completeSandboxPaymentAction as completeAction } from '@/app/[locale]/sandbox-pay/[sessionId]/actions';

import { db } from '@/lib/db/client';
import { registerFeatures } from '@/lib/jobs/register-features';
import { cancelOpenPayments } from '@/lib/payments/cancel-payment';
import { registerPaymentEffects } from '@/lib/payments/effects';
import { isPaymentError } from '@/lib/payments/errors';
import { handlePaymentWebhook } from '@/lib/payments/handle-payment-webhook';
import { issueRefund } from '@/lib/payments/issue-refund';
import { getSandboxProvider } from '@/lib/payments/provider';
import { completeSandboxCheckout } from '@/lib/payments/sandbox/complete-sandbox-checkout';
import { deliverSandboxEvents } from '@/lib/payments/sandbox/deliver-sandbox-events';
import { expireSandboxSessions } from '@/lib/payments/sandbox/expire-sandbox-sessions';
import { getSandboxCheckout } from '@/lib/payments/sandbox/get-sandbox-checkout';
import { deriveSandboxWebhookSecret, signStripeStyle } from '@/lib/payments/sandbox/sandbox-secret';
import type { SandboxProvider } from '@/lib/payments/sandbox-provider';
import { startPayment } from '@/lib/payments/start-payment';
import { auditActions, createOrder, embeddedEnv, paymentInput, recordEffects } from './payments-support';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);

/** The page's submit, as the browser sends it; the old shape of the answer, to compare. */
async function completeSandboxPaymentAction(input: { sessionId: string; outcome: string }) {
  const data = new FormData();
  data.set('sessionId', input.sessionId);
  data.set('outcome', input.outcome);
  const state = await completeAction({}, data);
  if (state.ok) return { ok: true, redirectUrl: state.details?.redirectUrl };
  const key = state.error ?? Object.values(state.fieldErrors ?? {})[0] ?? '';
  return { ok: false, error: key.replace('payments.sandbox.errors.', '') };
}

const env = embeddedEnv();
let sandbox: SandboxProvider;
let recorder: ReturnType<typeof recordEffects>;

beforeAll(() => {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  registerFeatures();
  recorder = recordEffects();
  sandbox = getSandboxProvider()!;
});

afterAll(() => {
  recorder.unregister();
  vi.unstubAllEnvs();
});

beforeEach(() => recorder.reset());

async function deliver(payload: string, signature?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature) headers['stripe-signature'] = signature;
  const response = await POST(new Request('http://localhost/api/payments/webhook', { method: 'POST', body: payload, headers }));
  return { status: response.status, body: (await response.json()) as { result?: string; error?: string } };
}

async function lastEvent(type: string) {
  return db.sandboxEvent.findFirstOrThrow({ where: { type }, orderBy: { createdAt: 'desc' } });
}

describe('sandbox provider selection and secret', () => {
  it('is the provider when STRIPE_SECRET_KEY is not set, signing with a secret derived from AUTH_SECRET', () => {
    expect(sandbox.name).toBe('sandbox');
    const secret = deriveSandboxWebhookSecret(env.AUTH_SECRET!);
    expect(secret).toMatch(/^whsec_sbx_[A-Za-z0-9_-]{43}$/);
    expect(deriveSandboxWebhookSecret('another-secret-another-secret-another')).not.toBe(secret);
    expect(sandbox.sign('{}', 1700000000)).toBe(signStripeStyle('{}', secret, 1700000000));
  });
});

describe('starting a sandbox payment', () => {
  it('opens a session whose hosted test page is /<locale>/sandbox-pay/<id>', async () => {
    const orderId = await createOrder();
    const result = await startPayment(paymentInput(orderId, { locale: 'ru' }));

    expect(result.redirectUrl).toBe(`/ru/sandbox-pay/${result.payment.providerRef}`);
    expect(result.payment).toMatchObject({ status: 'PENDING', provider: 'sandbox', method: 'CARD' });
    const view = await getSandboxCheckout(result.payment.providerRef!);
    expect(view).toMatchObject({ status: 'open', amount: { amount: 15_000, currency: 'AZN' }, description: 'Karvan order KRV-TEST01', cancelUrl: 'https://karvan.test/en/checkout/pay?cancelled=1' });
    expect(await getSandboxCheckout('sbx_cs_doesnotexist000')).toBeNull();
    expect(await getSandboxCheckout('../etc/passwd')).toBeNull();
  });

  it('double click: concurrent starts open one sandbox session', async () => {
    const orderId = await createOrder();
    const results = await Promise.all(Array.from({ length: 8 }, () => startPayment(paymentInput(orderId))));
    expect(new Set(results.map((r) => r.redirectUrl)).size).toBe(1);
    expect(await db.sandboxCheckoutSession.count({ where: { orderId } })).toBe(1);
    expect(await db.payment.count({ where: { orderId } })).toBe(1);
  });
});

describe('the hosted test page outcome', () => {
  it('success: the payment succeeds through the webhook handler and the browser goes to successUrl', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const result = await completeSandboxPaymentAction({ sessionId: payment.providerRef!, outcome: 'success' });

    expect(result).toEqual({ ok: true, redirectUrl: `https://karvan.test/en/checkout/done?session=${payment.providerRef}` });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.succeeded).toHaveLength(1);
    const event = await lastEvent('checkout.session.completed');
    expect(event.deliveredAt).toBeInstanceOf(Date);
    expect(await db.paymentWebhookEvent.findUnique({ where: { provider_eventId: { provider: 'sandbox', eventId: event.id } } })).toMatchObject({ outcome: 'applied' });
    // Submitting again (back button, double click) changes nothing more.
    expect(await completeSandboxPaymentAction({ sessionId: payment.providerRef!, outcome: 'decline' })).toEqual(result);
    expect(recorder.calls.succeeded).toHaveLength(1);
    expect(recorder.calls.failed).toHaveLength(0);
    expect((await getSandboxCheckout(payment.providerRef!))!.status).toBe('complete');
  });

  it('decline: the payment fails, the order is told, the browser goes to cancelUrl, and a new payment can start', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const result = await completeSandboxPaymentAction({ sessionId: payment.providerRef!, outcome: 'decline' });

    expect(result).toEqual({ ok: true, redirectUrl: 'https://karvan.test/en/checkout/pay?cancelled=1' });
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: 'FAILED', failureCode: 'async_payment_failed' });
    expect(recorder.calls.failed.map((p) => p.id)).toEqual([payment.id]);
    const next = await startPayment(paymentInput(orderId));
    expect(next.payment.id).not.toBe(payment.id);
    expect(next.reused).toBe(false);
  });

  it('the action accepts only an outcome and a session id, never card data', async () => {
    expect(await completeSandboxPaymentAction({ sessionId: 'sbx_cs_unknownsession00', outcome: 'success' })).toEqual({ ok: false, error: 'notFound' });
    expect(await completeSandboxPaymentAction({ sessionId: 'x', outcome: 'success' })).toEqual({ ok: false, error: 'invalid' });
    expect(await completeSandboxPaymentAction({ sessionId: 'sbx_cs_unknownsession00', outcome: '4242424242424242' })).toEqual({ ok: false, error: 'invalid' });
  });

  it('an expired session cannot be paid; the expiry job cancels the payment and tells the order', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    await db.sandboxCheckoutSession.update({ where: { id: payment.providerRef! }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect((await getSandboxCheckout(payment.providerRef!))!.status).toBe('expired');
    const attempt = await completeSandboxCheckout({ sessionId: payment.providerRef!, outcome: 'success' }, sandbox);
    expect(attempt.redirectUrl).toBe('https://karvan.test/en/checkout/pay?cancelled=1');
    expect(await expireSandboxSessions(sandbox)).toBeGreaterThanOrEqual(1);
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: 'CANCELLED', failureCode: 'expired' });
    expect(recorder.calls.failed.map((p) => p.id)).toContain(payment.id);
    expect(recorder.calls.succeeded).toHaveLength(0);
  });

  it('cancelOpenPayments closes the session; its expiry event then changes nothing', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const cancelled = await cancelOpenPayments({ orderId, reason: 'hold_expired' });

    expect(cancelled.map((p) => p.id)).toEqual([payment.id]);
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: 'CANCELLED', failureCode: 'hold_expired' });
    expect((await getSandboxCheckout(payment.providerRef!))!.status).toBe('expired');
    const event = await lastEvent('checkout.session.expired');
    expect(await db.paymentWebhookEvent.findUnique({ where: { provider_eventId: { provider: 'sandbox', eventId: event.id } } })).toMatchObject({ outcome: 'unchanged' });
    expect(recorder.calls.failed).toHaveLength(0);
  });
});

describe('sandbox webhooks through the route', () => {
  it('refuses a forged or missing signature with 400 and changes nothing; the same body signed by the sandbox passes', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const session = await db.sandboxCheckoutSession.findUniqueOrThrow({ where: { id: payment.providerRef! } });
    const payload = JSON.stringify({
      id: 'evt_sbx_forgery_test',
      object: 'event',
      type: 'checkout.session.completed',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: session.id, object: 'checkout.session', payment_status: 'paid', amount_total: 15_000, currency: 'azn', metadata: { paymentId: payment.id } } },
    });

    expect((await deliver(payload, signStripeStyle(payload, 'whsec_guessed'))).status).toBe(400);
    expect((await deliver(payload)).status).toBe(400);
    expect((await deliver(payload, 't=1,v1=00')).status).toBe(400);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('PENDING');
    expect(recorder.calls.succeeded).toHaveLength(0);

    expect(await deliver(payload, sandbox.sign(payload))).toEqual({ status: 200, body: { received: true, result: 'applied' } });
  });

  it('100 deliveries of one event, and a late expiry, move the payment once', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    await db.sandboxCheckoutSession.update({ where: { id: payment.providerRef! }, data: { status: 'complete' } });
    const session = await db.sandboxCheckoutSession.findUniqueOrThrow({ where: { id: payment.providerRef! } });
    const payload = JSON.stringify({
      id: 'evt_sbx_hundred',
      object: 'event',
      type: 'checkout.session.completed',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: session.id, object: 'checkout.session', payment_status: 'paid', amount_total: 15_000, currency: 'azn', metadata: { paymentId: payment.id } } },
    });
    const signature = sandbox.sign(payload);

    const responses = await Promise.all(Array.from({ length: 100 }, () => deliver(payload, signature)));
    expect(responses.filter((r) => r.body.result === 'applied')).toHaveLength(1);
    expect(responses.filter((r) => r.body.result === 'duplicate')).toHaveLength(99);
    expect(recorder.calls.succeeded).toHaveLength(1);

    const expired = JSON.stringify({ ...JSON.parse(payload), id: 'evt_sbx_late_expiry', type: 'checkout.session.expired' });
    expect((await deliver(expired, sandbox.sign(expired))).body.result).toBe('unchanged');
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.failed).toHaveLength(0);
  });

  it('without registered order effects nothing is recorded; the undelivered event is redelivered later', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    recorder.unregister();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await completeSandboxCheckout({ sessionId: payment.providerRef!, outcome: 'success' }, sandbox);
      const event = await lastEvent('checkout.session.completed');
      expect(event).toMatchObject({ deliveredAt: null, attempts: 1 });
      expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('PENDING');
      const error = await handlePaymentWebhook({ rawBody: event.payload, signature: sandbox.sign(event.payload), provider: sandbox }).catch((e: unknown) => e);
      expect(isPaymentError(error, 'EFFECTS_NOT_REGISTERED')).toBe(true);
      expect(await db.paymentWebhookEvent.count({ where: { eventId: event.id } })).toBe(0);
    } finally {
      warn.mockRestore();
      registerPaymentEffects(recorder.effects);
    }
    expect(await deliverSandboxEvents(sandbox)).toMatchObject({ failed: 0 });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
    expect(recorder.calls.succeeded).toHaveLength(1);
  });

  it('a throwing order hook rolls the payment change back with the event record', async () => {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    const failing = recordEffects({ failOnSuccess: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await completeSandboxCheckout({ sessionId: payment.providerRef!, outcome: 'success' }, sandbox);
    } finally {
      warn.mockRestore();
      failing.unregister();
      registerPaymentEffects(recorder.effects);
    }
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('PENDING');
    expect(await auditActions(payment.id)).toEqual(['payment.started']);
    await deliverSandboxEvents(sandbox);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('SUCCEEDED');
  });
});

describe('sandbox refunds', () => {
  async function paid() {
    const orderId = await createOrder();
    const { payment } = await startPayment(paymentInput(orderId));
    await completeSandboxCheckout({ sessionId: payment.providerRef!, outcome: 'success' }, sandbox);
    recorder.reset();
    return payment;
  }

  it('succeed at once, emit a refund event, and run the hook once', async () => {
    const payment = await paid();
    const { refund } = await issueRefund({ paymentId: payment.id, amount: { amount: 4_000, currency: 'AZN' }, reason: 'transfer cancelled in time', idempotencyKey: 'refund-request:sbx1' });

    expect(refund).toMatchObject({ status: 'SUCCEEDED', providerRefundRef: expect.stringMatching(/^sbx_re_/) });
    expect(recorder.calls.refundSucceeded.map((r) => r.id)).toEqual([refund.id]);
    const event = await lastEvent('refund.updated');
    expect(event.deliveredAt).toBeInstanceOf(Date);
    // Redelivered: nothing more.
    expect((await deliver(event.payload, sandbox.sign(event.payload))).body.result).toBe('duplicate');
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
    expect(await auditActions(refund.id)).toEqual(['refund.requested', 'refund.succeeded']);
  });

  it('exactly once when two staff press at once with the same request', async () => {
    const payment = await paid();
    const input = { paymentId: payment.id, amount: { amount: 15_000, currency: 'AZN' }, reason: 'refused by staff (8.5)', idempotencyKey: 'refund-request:sbx2' };
    const results = await Promise.all([issueRefund(input), issueRefund(input)]);
    expect(new Set(results.map((r) => r.refund.id)).size).toBe(1);
    expect(await db.sandboxRefund.count({ where: { sessionId: payment.providerRef! } })).toBe(1);
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
  });

  it('never more than captured', async () => {
    const payment = await paid();
    await issueRefund({ paymentId: payment.id, amount: { amount: 10_000, currency: 'AZN' }, reason: 'a', idempotencyKey: 'refund-request:sbx3' });
    const error = await issueRefund({ paymentId: payment.id, amount: { amount: 5_001, currency: 'AZN' }, reason: 'b', idempotencyKey: 'refund-request:sbx4' }).catch((e: unknown) => e);
    expect(isPaymentError(error, 'REFUND_EXCEEDS_CAPTURED')).toBe(true);
    expect(await db.sandboxRefund.count({ where: { sessionId: payment.providerRef! } })).toBe(1);
  });
});
