/**
 * Issue 21, Duffel's webhook: a forged signature is refused, a replay is a no-op, and an airline-initiated
 * change of one of our Duffel orders records the schedule-change notice (ScheduleChange, order event, mail).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxOf, paidOrder, setUpIssuing } from './issuing-kit';

const { db } = await import('@/lib/db/client');
const { handleDuffelWebhook } = await import('@/lib/after-sales/duffel-webhook');
const { createDuffelContext } = await import('@/lib/inventory/duffel/context');
const { memorySeenEvents } = await import('@/lib/inventory/duffel/verify-webhook');
const { startLocalDuffel } = await import('@/lib/inventory/duffel/local/server');

const SECRET = 'whsec_local_duffel_secret';
let local: Awaited<ReturnType<typeof startLocalDuffel>>;
let server: import('node:http').Server;
let target = '';
const outcomes: unknown[] = [];

beforeAll(async () => {
  setUpIssuing();
  local = await startLocalDuffel();
  const ctx = createDuffelContext('duffel-webhooks', { token: 'duffel_test_localtoken', basePath: local.url });
  const seen = memorySeenEvents();
  // The route's body in a plain server: the local Duffel posts to it as Duffel would.
  const { createServer } = await import('node:http');
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const outcome = await handleDuffelWebhook(Buffer.concat(chunks).toString('utf8'), (req.headers['x-duffel-signature'] as string) ?? null, { secret: SECRET, seen, ctx });
    outcomes.push(outcome);
    res.writeHead(outcome.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(outcome));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  target = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/api/webhooks/duffel`;
});
afterAll(async () => {
  await local.close();
  await new Promise((r) => server.close(r));
});

async function duffelOrderFor(holdId: string) {
  const ctx = createDuffelContext('t', { token: 'duffel_test_localtoken', basePath: local.url });
  const request = await ctx.duffel.offerRequests.create({ slices: [{ origin: 'GYD', destination: 'IST', departure_date: '2026-12-20', departure_time: null, arrival_time: null }] as never, passengers: [{ type: 'adult' }] as never, return_offers: false });
  const offers = await ctx.duffel.offers.list({ offer_request_id: request.data.id });
  const offer = offers.data[0]!;
  const order = await ctx.duffel.orders.create({
    type: 'pay_later',
    selected_offers: [offer.id],
    passengers: [{ id: offer.passengers[0]!.id, given_name: 'A', family_name: 'B', born_on: '1990-01-01', gender: 'f', title: 'ms', email: 'a@example.com', phone_number: '+994501234567' }] as never,
    metadata: { idempotency_key: `karvan-order-${holdId}` },
  });
  await db.$executeRawUnsafe(
    `INSERT INTO supplier_bookings (id, hold_id, kind, supplier, remote_id, offer_ref, mode, amount, currency, idempotency_key, state, updated_at)
     VALUES (gen_random_uuid(), $1, 'FLIGHT', 'duffel', $2, $3, 'hold', $4, $5, $6, 'CONFIRMED', now())`,
    holdId, order.data.id, offer.id, order.data.total_amount, order.data.total_currency, `karvan-order-${holdId}`,
  );
  return order.data;
}

describe('Duffel webhook', () => {
  it('refuses a forged signature, ignores a replay, and turns an airline change into the schedule-change notice', async () => {
    const { placed } = await paidOrder();
    const hold = await db.orderHold.findFirstOrThrow({ where: { orderId: placed.orderId, kind: 'FLIGHT' } });
    const remote = await duffelOrderFor(hold.id);

    const forged = await local.sendAirlineChange(target, 'not-the-secret-at-all', remote.id);
    expect(forged.status).toBe(401);
    expect(await db.scheduleChange.count({ where: { note: { contains: 'Duffel' } } })).toBe(0);

    const sent = await local.sendAirlineChange(target, SECRET, remote.id);
    expect(sent.status).toBe(200);
    expect(outcomes.at(-1)).toMatchObject({ result: 'RECORDED' });
    const changes = await db.scheduleChange.findMany({ where: { id: { in: (outcomes.at(-1) as { scheduleChangeIds: string[] }).scheduleChangeIds } } });
    expect(changes.length).toBeGreaterThan(0);
    const reservation = await db.orderFlightReservation.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(changes[0]!.carrier).toBe(reservation.carrier);
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, reason: 'SCHEDULE_CHANGED' } })).toBe(1);
    expect((await outboxOf(placed.orderId)).filter((m) => m.template === 'schedule-changed')).toHaveLength(1);

    // The same delivery again (same body, same signature): accepted as seen, nothing recorded twice.
    const replay = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duffel-signature': sent.signature }, body: sent.body });
    expect(replay.status).toBe(200);
    expect(outcomes.at(-1)).toMatchObject({ result: 'REPLAYED' });
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, reason: 'SCHEDULE_CHANGED' } })).toBe(1);
    expect((await outboxOf(placed.orderId)).filter((m) => m.template === 'schedule-changed')).toHaveLength(1);
  });

  it('answers 200 without effect for an order that is not ours', async () => {
    const sent = await local.sendAirlineChange(target, SECRET, 'ord_not_ours');
    expect(sent.status).toBe(200);
    expect(outcomes.at(-1)).toMatchObject({ result: 'NOT_OURS' });
  });
});
