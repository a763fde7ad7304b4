/**
 * Scenario (b): the same payment-completed webhook delivered 50 times, split over 2 separate processes
 * at once → one PAID transition, one confirmation mail sent, the order issued once, one receipt.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, checkoutInput, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';
import { spawnChild } from './support/processes';

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { registerFeatures } = await import('@/lib/jobs/register-features');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { createSandboxProvider } = await import('@/lib/payments/sandbox-provider');
const { deriveSandboxWebhookSecret } = await import('@/lib/payments/sandbox/sandbox-secret');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');

const DELIVERIES = 50;

describe('one webhook, 50 deliveries, 2 processes', () => {
  it('one PAID transition, one confirmation mail, one issuing, one receipt', async () => {
    registerFeatures();
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    // The traveller pays; the provider's event is recorded but not delivered: the children deliver it.
    const provider = createSandboxProvider({ webhookSecret: deriveSandboxWebhookSecret(process.env.AUTH_SECRET!), autoDeliver: false });
    const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, provider);
    const event = await db.sandboxEvent.findFirstOrThrow({ where: { type: 'checkout.session.completed', deliveredAt: null } });
    expect(await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: 'HELD' });

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'karvan-resilience-')), 'webhook.json');
    writeFileSync(file, JSON.stringify({ rawBody: event.payload, signature: provider.sign(event.payload) }));
    const children = [0, 1].map(() => spawnChild('tests/resilience/children/deliver-webhook.ts', [file, String(DELIVERIES / 2)]));
    try {
      await Promise.all(children.map((c) => c.waitFor('ready')));
      for (const c of children) c.send('go');
      const results = await Promise.all(children.map((c) => c.json<{ outcomes: Record<string, number>; redelivered: number }>('outcomes')));
      const statuses: Record<string, number> = {};
      for (const r of results) {
        for (const [key, n] of Object.entries(r.outcomes)) {
          expect(key, 'no delivery fails').not.toMatch(/^error/);
          const status = (JSON.parse(key) as { status: string }).status;
          statuses[status] = (statuses[status] ?? 0) + n;
        }
      }
      expect(statuses).toEqual({ applied: 1, duplicate: DELIVERIES - 1 });
      console.info(`[resilience] webhook: ${DELIVERIES} deliveries, ${results.reduce((n, r) => n + r.redelivered, 0)} answered with an error and sent again`);
    } finally {
      for (const c of children) c.kill('SIGKILL');
    }

    const events = await db.orderEvent.findMany({ where: { orderId: placed.orderId }, orderBy: { at: 'asc' } });
    expect(events.filter((e) => e.toStatus === 'PAID')).toHaveLength(1);
    expect(events.filter((e) => e.toStatus === 'ISSUED')).toHaveLength(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('ISSUED');
    expect(await db.payment.count({ where: { orderId: placed.orderId, status: 'SUCCEEDED' } })).toBe(1);
    const mails = await db.outboxMessage.findMany({ where: { orderId: placed.orderId }, select: { template: true, status: true, attempts: true } });
    expect(mails.sort((a, b) => a.template.localeCompare(b.template))).toEqual([
      { template: 'itinerary-receipt', status: 'SENT', attempts: 1 },
      { template: 'payment-confirmed', status: 'SENT', attempts: 1 },
    ]);
  });
});
