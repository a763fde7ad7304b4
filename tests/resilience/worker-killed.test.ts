/**
 * Scenario (c): a real worker process (npm run worker) killed with SIGKILL in the middle of issuing —
 * inside its transaction, the order row locked, the supplier's hold being confirmed — and another worker
 * finishes it: the order is issued once and the traveller gets one receipt.
 *
 * "In the middle" is made certain, not timed: this test holds the supplier hold's row lock, so worker A
 * stops exactly at the supplier confirmation; the test sees it waiting in pg_stat_activity, then kills it.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, checkoutInput, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';
import { spawnChild, until } from './support/processes';

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { registerFeatures } = await import('@/lib/jobs/register-features');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { getSandboxProvider } = await import('@/lib/payments');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');

const worker = () => spawnChild('lib/cli/worker.ts', [], { KARVAN_ROLE: 'worker' });
// Asked outside the blocker's transaction: pg_stat_activity is a snapshot taken once per transaction.
const waitingOnLocks = async () =>
  Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0]!.n);

describe('a worker killed mid-issuing', () => {
  it('another worker issues the order once; one receipt', async () => {
    registerFeatures();
    const flight = await createFlight({ seats: 9 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('PAID');
    const hold = await db.orderHold.findFirstOrThrow({ where: { orderId: placed.orderId } });

    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    const a = worker();
    let b: ReturnType<typeof worker> | undefined;
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM catalog_holds WHERE hold_id = $1 FOR UPDATE`, [hold.id]);
      await until(async () => (await waitingOnLocks()) > 0, () => `worker A reaching the supplier confirmation\n${a.output().slice(-3000)}`, 60_000);
      a.kill('SIGKILL');
      expect(await a.exited).toBeNull();
      b = worker();
      await b.waitFor('[karvan worker] working', 90_000);
      await blocker.query('COMMIT');
      await until(async () => (await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status === 'ISSUED', () => `worker B issuing\n${b!.output().slice(-3000)}`, 60_000);
      // The receipt is queued by B's issuing and sent by B. (The payment confirmation may have been claimed by A
      // before it died: its 2-minute lease then hands it to another worker, as the outbox tests prove.)
      await until(async () => (await db.outboxMessage.count({ where: { orderId: placed.orderId, template: 'itinerary-receipt', status: 'SENT' } })) === 1, 'the receipt sent', 30_000);
      b.kill('SIGTERM');
      expect(await b.exited).toBe(0);
    } finally {
      a.kill('SIGKILL');
      b?.kill('SIGKILL');
      await blocker.end().catch(() => {});
    }

    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, toStatus: 'ISSUED' } })).toBe(1);
    expect((await db.orderHold.findUniqueOrThrow({ where: { id: hold.id } })).status).toBe('CONFIRMED');
    expect((await db.catalogHold.findUniqueOrThrow({ where: { holdId: hold.id } })).status).toBe('CONFIRMED');
    const mails = await db.outboxMessage.findMany({ where: { orderId: placed.orderId }, select: { template: true, status: true, attempts: true } });
    expect(mails.filter((m) => m.template === 'itinerary-receipt')).toEqual([{ template: 'itinerary-receipt', status: 'SENT', attempts: 1 }]);
    expect(mails.filter((m) => m.template === 'payment-confirmed')).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { subjectId: placed.orderId, action: 'order.issued' } })).toBeLessThanOrEqual(1);
  });
});
