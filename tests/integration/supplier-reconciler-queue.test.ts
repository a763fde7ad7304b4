/**
 * Issue 21, what the supplier reconciler cannot repair reaches the support queue staff see, exactly once
 * across runs: a Duffel item sold PAID/ISSUED without a confirmed remote booking (a SUPPLIER_MISMATCH
 * request), and a remote order without a local one whose cancellation Duffel refuses (ORPHANED, tried
 * again on the next run, one queue row).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';

vi.mock('server-only', () => ({}));

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { registerMailTemplates } = await import('@/lib/mail/outbox');
const { documentMailTemplates } = await import('@/lib/documents/mail-templates');
const { refundMailTemplates } = await import('@/lib/after-sales/refund-mail-templates');
const { reconcileSupplierBookings } = await import('@/lib/after-sales/reconcile-supplier-bookings');
const { listQueue } = await import('@/lib/after-sales/staff/list-queue');
const { createDuffelContext } = await import('@/lib/inventory/duffel/context');
const { dbBookingStore } = await import('@/lib/inventory/duffel/db-booking-store');
const { startLocalDuffel } = await import('@/lib/inventory/duffel/local/server');
const { issuedOrder } = await import('../support/after-sales-factories');

let local: Awaited<ReturnType<typeof startLocalDuffel>>;
let ctx: ReturnType<typeof createDuffelContext>;
let staff: { id: string; email: string; name: string | null; role: 'SUPPORT' };

beforeAll(async () => {
  registerFulfilment();
  const names = new Set([...documentMailTemplates, ...refundMailTemplates].map((t) => t.name));
  const standIns = ['payment-confirmed', 'itinerary-receipt', 'issue-failed']
    .filter((name) => !names.has(name))
    .map((name) => ({ name, render: async () => ({ subject: name, text: name, html: `<p>${name}</p>` }) }));
  registerMailTemplates([...documentMailTemplates, ...refundMailTemplates, ...standIns]);
  local = await startLocalDuffel();
  ctx = createDuffelContext('duffel-flights', { token: 'duffel_test_localtoken', basePath: local.url, policy: { retries: 0, timeoutMs: 3_000 }, store: dbBookingStore(db) });
  staff = (await db.user.create({ data: { email: `support-${randomUUID().slice(0, 8)}@example.test`, role: 'SUPPORT' }, select: { id: true, email: true, name: true, role: true } })) as typeof staff;
});
afterAll(() => local.close());

describe('the reconciler and the support queue', () => {
  it('a PAID order still being issued is not a mismatch; one left PAID past the grace period is, once', async () => {
    const order = await issuedOrder({ flight: true });
    await db.orderHold.update({ where: { orderItemId: order.flightItemId! }, data: { supplier: 'duffel' } });
    await db.order.update({ where: { id: order.orderId }, data: { status: 'PAID' } });
    const mismatches = () => db.serviceRequest.count({ where: { orderId: order.orderId, topic: 'SUPPLIER_MISMATCH' } });

    await reconcileSupplierBookings(db, ctx);
    expect(await mismatches()).toBe(0);

    const later = new Date(Date.now() + 31 * 60_000);
    await reconcileSupplierBookings(db, ctx, later);
    await reconcileSupplierBookings(db, ctx, later);
    expect(await mismatches()).toBe(1);
  });

  it('a Duffel item ISSUED without a confirmed remote booking opens one SUPPLIER_MISMATCH request, shown once across two runs', async () => {
    const order = await issuedOrder({ flight: true });
    await db.orderHold.update({ where: { orderItemId: order.flightItemId! }, data: { supplier: 'duffel' } });

    const first = await reconcileSupplierBookings(db, ctx);
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    await reconcileSupplierBookings(db, ctx);

    const requests = await db.serviceRequest.findMany({ where: { orderId: order.orderId, topic: 'SUPPLIER_MISMATCH' } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status: 'OPEN', openedBy: 'SYSTEM', orderItemId: order.flightItemId });
    expect(await db.auditEvent.count({ where: { subjectId: requests[0]!.id, action: 'service_request.created' } })).toBe(1);

    const queue = await listQueue(staff as never, { filter: { q: order.reference } });
    expect(queue.filter((i) => i.topic === 'SUPPLIER_MISMATCH')).toEqual([
      expect.objectContaining({ source: 'SERVICE', id: requests[0]!.id, orderReference: order.reference, status: 'OPEN' }),
    ]);
  });

  it('an orphan whose cancellation Duffel refuses stays ORPHANED, is tried again, and shows once in the queue', async () => {
    const request = await ctx.duffel.offerRequests.create({
      slices: [{ origin: 'GYD', destination: 'IST', departure_date: '2027-02-10', departure_time: null, arrival_time: null }] as never,
      passengers: [{ type: 'adult' }] as never,
      return_offers: false,
    });
    const offer = (await ctx.duffel.offers.list({ offer_request_id: request.data.id })).data[0]!;
    const orphan = await ctx.duffel.orders.create({
      type: 'pay_later',
      selected_offers: [offer.id],
      passengers: [{ id: offer.passengers[0]!.id, given_name: 'A', family_name: 'B', born_on: '1990-01-01', gender: 'f', title: 'ms', email: 'a@example.com', phone_number: '+994501234567' }] as never,
      metadata: { idempotency_key: `karvan-order-gone-${randomUUID()}` },
    });
    // The airline allows no online cancellation of this order.
    local.state.orders.get(orphan.data.id)!.available_actions = [];

    const first = await reconcileSupplierBookings(db, ctx);
    const second = await reconcileSupplierBookings(db, ctx);
    expect(first.orphaned).toBeGreaterThanOrEqual(1);
    // Tried again, not taken for a live booking on the second run.
    expect(second.orphaned).toBeGreaterThanOrEqual(1);
    expect(local.state.orders.get(orphan.data.id)!.cancelled_at).toBeNull();
    const rows = await db.$queryRawUnsafe<{ state: string }[]>(`SELECT state::text AS state FROM supplier_bookings WHERE remote_id = $1`, orphan.data.id);
    expect(rows).toEqual([{ state: 'ORPHANED' }]);

    const queue = await listQueue(staff as never, { filter: { q: orphan.data.id } });
    expect(queue.filter((i) => i.reference === orphan.data.id)).toEqual([
      expect.objectContaining({ source: 'SUPPLIER', topic: 'SUPPLIER_ORPHAN', kind: 'OTHER', status: 'OPEN', orderReference: null, amount: { amount: Math.round(Number(orphan.data.total_amount) * 100), currency: orphan.data.total_currency } }),
    ]);
    // Once Duffel allows it, the next run cancels it and it leaves the queue.
    local.state.orders.get(orphan.data.id)!.available_actions = ['cancel'];
    expect((await reconcileSupplierBookings(db, ctx)).cancelled).toBeGreaterThanOrEqual(1);
    expect((await listQueue(staff as never, { filter: { q: orphan.data.id } })).filter((i) => i.reference === orphan.data.id)).toEqual([]);
  });
});
