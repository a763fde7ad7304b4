import 'server-only';
/**
 * The supplier reconciler (issue 21): a local order never stays PAID/ISSUED without its remote order,
 * and a remote order never stays open without a live local order. Runs every few minutes (pg-boss,
 * register-after-sales.ts). Remote calls happen outside any transaction; each repair is recorded on
 * its own (README, Decisions: "Remote bookings").
 *
 * - A remote order whose `metadata.idempotency_key` matches a recorded intent without a remote id
 *   (its answer was lost) is recorded once: `remote_id` is only set where it is still null.
 * - A remote order without a live local order (no record, the order expired/cancelled, or its item cancelled) is cancelled
 *   and recorded as CANCELLED; if the cancel fails it stays ORPHANED (one row per remote order), is
 *   logged, tried again on the next run, and shown in the back-office queue (list-queue.ts, SUPPLIER_ORPHAN).
 * - A local Duffel item whose order is ISSUED, or PAID for longer than issuing takes (ISSUING_GRACE_MS),
 *   without a CONFIRMED record goes on the support queue (topic SUPPLIER_MISMATCH), once per item. A paid
 *   order is confirmed at the supplier by issuing, which may be retrying a supplier that is down: not a mismatch yet.
 */
import type { Order } from '@duffel/api/types';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import type { db as appDb } from '@/lib/db/client';
import type { DuffelContext } from '@/lib/inventory/duffel/context';
import { DUFFEL_SUPPLIER } from '@/lib/inventory/duffel/name';
import { logger } from '@/lib/observe/logger';
import { insertServiceRequest } from './insert-service-request';

const SUPPLIER_MISMATCH = 'SUPPLIER_MISMATCH';
const LIVE_STATUSES = ['HELD', 'PAID', 'ISSUED', 'CANCELLATION_REQUESTED'];
const ISSUING_GRACE_MS = 30 * 60_000;
const KEY = /^karvan-order-(.+)$/;
const SYSTEM = { id: null, role: 'SYSTEM' } as const;

export type ReconcileReport = { recorded: number; cancelled: number; orphaned: number; escalated: number };

type Db = typeof appDb;
type LocalRow = { hold_id: string; remote_id: string | null; state: string; order_status: string | null; item_cancelled: boolean };

async function listRemoteOrders(ctx: DuffelContext): Promise<Order[]> {
  const all: Order[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const cursor = after;
    const response = await ctx.callRaw('orders.list', true, (d) => d.orders.list({ limit: 200, ...(cursor ? { after: cursor } : {}) }));
    all.push(...response.data);
    after = response.meta?.after ?? undefined;
    if (!after) break;
  }
  return all;
}

async function cancelRemote(ctx: DuffelContext, orderId: string): Promise<boolean> {
  try {
    const quote = await ctx.call('orderCancellations.create', true, (d) => d.orderCancellations.create({ order_id: orderId }));
    await ctx.call('orderCancellations.confirm', true, (d) => d.orderCancellations.confirm(quote.id));
    return true;
  } catch (error) {
    logger().warn({ supplier: DUFFEL_SUPPLIER, orderId, error: error instanceof Error ? error.message : String(error) }, 'orphan remote order not cancelled');
    return false;
  }
}

export async function reconcileSupplierBookings(client: Db, ctx: DuffelContext, now = new Date()): Promise<ReconcileReport> {
  const report: ReconcileReport = { recorded: 0, cancelled: 0, orphaned: 0, escalated: 0 };

  for (const order of await listRemoteOrders(ctx)) {
    if (order.cancelled_at) continue;
    const key = (order.metadata as Record<string, string> | null)?.idempotency_key ?? '';
    const holdId = KEY.exec(key)?.[1] ?? null;
    const [local] = holdId
      ? await client.$queryRawUnsafe<LocalRow[]>(
          `SELECT b.hold_id, b.remote_id, b.state::text AS state, o.status::text AS order_status, (i.cancelled_at IS NOT NULL) AS item_cancelled
           FROM supplier_bookings b LEFT JOIN order_holds h ON h.id::text = b.hold_id LEFT JOIN orders o ON o.id = h.order_id
           LEFT JOIN order_items i ON i.id = h.order_item_id
           WHERE b.hold_id = $1`,
          holdId,
        )
      : [];
    // An ORPHANED row is an orphan whose cancel failed before: it is tried again, never taken for live.
    // A cancelled item (staff refusal or approval, a traveller's cancellation) whose remote cancel failed is not live either.
    const live =
      local && local.state !== 'CANCELLED' && local.state !== 'ORPHANED' && !local.item_cancelled && (local.order_status === null || LIVE_STATUSES.includes(local.order_status));
    if (local && live) {
      if (local.remote_id === null) {
        const state = order.payment_status.paid_at ? 'CONFIRMED' : 'HELD';
        const n = await client.$executeRawUnsafe(
          `UPDATE supplier_bookings SET remote_id = $2, state = $3::supplier_booking_state, updated_at = now() WHERE hold_id = $1 AND remote_id IS NULL`,
          local.hold_id,
          order.id,
          state,
        );
        report.recorded += n;
      }
      continue;
    }
    // No live local order: record the orphan (once), cancel it, record the outcome.
    if (!local) {
      await client.$executeRawUnsafe(
        `INSERT INTO supplier_bookings (id, hold_id, kind, supplier, remote_id, offer_ref, mode, amount, currency, idempotency_key, state, updated_at)
         VALUES (gen_random_uuid(), $1, 'FLIGHT'::product_kind, $2, $3, $4, 'unknown', $5, $6, $7, 'ORPHANED', now())
         ON CONFLICT DO NOTHING`,
        holdId ?? `remote-${order.id}`,
        DUFFEL_SUPPLIER,
        order.id,
        order.booking_reference ?? '',
        order.total_amount,
        order.total_currency,
        key || `remote-${order.id}`,
      );
    } else {
      await client.$executeRawUnsafe(`UPDATE supplier_bookings SET remote_id = COALESCE(remote_id, $2), state = 'ORPHANED', updated_at = now() WHERE hold_id = $1`, local.hold_id, order.id);
    }
    if (await cancelRemote(ctx, order.id)) {
      await client.$executeRawUnsafe(`UPDATE supplier_bookings SET state = 'CANCELLED', updated_at = now() WHERE remote_id = $1`, order.id);
      report.cancelled++;
    } else {
      report.orphaned++;
    }
  }

  // Local items sold as PAID/ISSUED with no confirmed remote booking: support decides (once per item).
  const unconfirmed = await client.$queryRawUnsafe<{ order_id: string; order_item_id: string; user_id: string | null }[]>(
    `SELECT h.order_id, h.order_item_id, o.user_id
     FROM order_holds h JOIN orders o ON o.id = h.order_id
     LEFT JOIN supplier_bookings b ON b.hold_id = h.id::text
     WHERE h.supplier = $1 AND (b.state IS NULL OR b.state <> 'CONFIRMED')
       AND (o.status = 'ISSUED' OR (o.status = 'PAID' AND o.updated_at < $3::timestamptz))
       AND NOT EXISTS (SELECT 1 FROM service_requests r WHERE r.order_item_id = h.order_item_id AND r.topic = $2)`,
    DUFFEL_SUPPLIER,
    SUPPLIER_MISMATCH,
    new Date(now.getTime() - ISSUING_GRACE_MS).toISOString(),
  );
  for (const item of unconfirmed) {
    await client.$transaction(async (tx) => {
      const request = await insertServiceRequest(tx, {
        orderId: item.order_id,
        orderItemId: item.order_item_id,
        kind: 'OTHER',
        status: 'OPEN',
        topic: SUPPLIER_MISMATCH,
        openedBy: 'SYSTEM',
        userId: item.user_id,
        createdAt: now,
      });
      await recordAuditEvent(tx, {
        actor: SYSTEM,
        action: 'service_request.created',
        subjectType: 'ServiceRequest',
        subjectId: request.id,
        context: noRequestContext,
        data: { reference: request.reference, orderId: item.order_id, topic: SUPPLIER_MISMATCH, supplier: DUFFEL_SUPPLIER },
      });
    });
    report.escalated++;
  }
  return report;
}
