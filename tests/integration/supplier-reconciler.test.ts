/**
 * Issue 21, the reconciler: an order whose answer was lost is recorded once (never twice, never a
 * second remote order), and a remote order without a local one is cancelled and recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { reconcileSupplierBookings } from '@/lib/after-sales/reconcile-supplier-bookings';
import { createDuffelContext, type DuffelContext } from '@/lib/inventory/duffel/context';
import { dbBookingStore } from '@/lib/inventory/duffel/db-booking-store';
import { createDuffelFlightSupplier } from '@/lib/inventory/duffel/flights';
import { startLocalDuffel, type LocalDuffel } from '@/lib/inventory/duffel/local/server';
import type { SupplierTraveller } from '@/lib/inventory/supplier';

let local: LocalDuffel;
let ctx: DuffelContext;
const travellers: SupplierTraveller[] = [{ type: 'ADULT', givenName: 'Aysel', familyName: 'Mammadova', bornOn: '1990-04-02', gender: 'f' }];
const contact = { email: 'a@example.com', phone: '+994501234567' };
const criteria = { origins: ['GYD'], destinations: ['IST'], departDate: '2026-12-20', passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'ECONOMY' as const };

type Row = { remote_id: string | null; state: string };
const rowsOf = (holdId: string) => db.$queryRawUnsafe<Row[]>(`SELECT remote_id, state::text AS state FROM supplier_bookings WHERE hold_id = $1`, holdId);

beforeAll(async () => {
  local = await startLocalDuffel();
  // No retries: the lost answer stays lost, as after a crash between the remote call and the outcome.
  ctx = createDuffelContext('duffel-flights', { token: 'duffel_test_localtoken', basePath: local.url, policy: { retries: 0, timeoutMs: 2_000 }, store: dbBookingStore(db) });
});
afterAll(() => local.close());

describe('supplier reconciler', () => {
  it('records a remote order whose answer was lost, once', async () => {
    const flights = createDuffelFlightSupplier(ctx);
    const offer = (await flights.search(criteria, new Date())).offers.find((o) => o.fareFamily.code === 'FLEX')!;
    const holdId = `hold-lost-${Date.now()}`;
    local.setFaults({ dropAfterCommit: 1 });
    await expect(flights.hold({} as never, { offer, holdId, expiresAt: new Date(), at: new Date(), travellers, contact })).rejects.toThrow();
    // The intent is recorded, the order exists remotely, the outcome is not recorded.
    expect(await rowsOf(holdId)).toEqual([{ remote_id: null, state: 'HELD' }]);
    const remote = [...local.state.orders.values()].filter((o) => o.metadata.idempotency_key === `karvan-order-${holdId}`);
    expect(remote).toHaveLength(1);

    const first = await reconcileSupplierBookings(db, ctx);
    expect(first.recorded).toBe(1);
    expect(await rowsOf(holdId)).toEqual([{ remote_id: remote[0]!.id, state: 'HELD' }]);
    const second = await reconcileSupplierBookings(db, ctx);
    expect(second.recorded).toBe(0);
    expect(await rowsOf(holdId)).toHaveLength(1);
    expect([...local.state.orders.values()].filter((o) => o.metadata.idempotency_key === `karvan-order-${holdId}`)).toHaveLength(1);
    expect(remote[0]!.cancelled_at).toBeNull();
  });

  it('cancels a remote order that has no local record, and records it', async () => {
    const offer = (await createDuffelFlightSupplier(ctx).search(criteria, new Date())).offers.find((o) => o.fareFamily.code === 'FLEX')!;
    const orphan = await ctx.duffel.orders.create({
      type: 'pay_later',
      selected_offers: [offer.offerId.slice(2)],
      passengers: [{ id: 'pas_x', given_name: 'A', family_name: 'B', born_on: '1990-01-01', gender: 'f', title: 'ms', email: 'a@example.com', phone_number: '+994501234567' }] as never,
      metadata: { idempotency_key: 'karvan-order-no-such-hold' },
    });
    const report = await reconcileSupplierBookings(db, ctx);
    expect(report.cancelled).toBe(1);
    expect(local.state.orders.get(orphan.data.id)!.cancelled_at).not.toBeNull();
    expect(await db.$queryRawUnsafe<Row[]>(`SELECT remote_id, state::text AS state FROM supplier_bookings WHERE remote_id = $1`, orphan.data.id)).toEqual([{ remote_id: orphan.data.id, state: 'CANCELLED' }]);
    expect((await reconcileSupplierBookings(db, ctx)).cancelled).toBe(0);
  });
});
