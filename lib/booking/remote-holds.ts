/**
 * The remote step of a booking (issue 21, README Decisions: "Remote bookings"). A remote supplier's
 * hold, confirm and release are network calls, so they never run inside a database transaction: the
 * transaction before records the intent (an order_holds row whose id is the call's idempotency key),
 * the call runs on its own with the travellers read from the stored order, and a transaction after
 * records the outcome. The built-in catalog's holds stay inside the order's transactions.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { REMOTE_SUPPLIER_NAMES, type ConfirmResult, type HoldResult } from '@/lib/inventory/supplier';
import { logger } from '@/lib/observe/logger';
import { offerFromJson } from './offer-json';
import { orderTravellers } from './order-travellers';
import { confirmHold, holdOffer, releaseHold } from './supplier-calls';

type RemoteHold = { id: string; orderItemId: string; kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; supplier: string; offerId: string; expiresAt: Date };

export type RemoteHoldOutcome =
  | { holdId: string; offerId: string; result: HoldResult }
  /** the call failed (timeout, 5xx or 429 after its retries, the breaker open) */
  | { holdId: string; offerId: string; error: unknown };

/** Holds of remote suppliers, chosen in the query (not after it, where a `take` could have cut them off). */
const REMOTE = { supplier: { in: [...REMOTE_SUPPLIER_NAMES] } } satisfies Prisma.OrderHoldWhereInput;
/** A hold still taking the supplier's inventory. */
const LIVE = { status: { in: ['HELD', 'CONFIRMED'] } } satisfies Prisma.OrderHoldWhereInput;

/** The order's remote holds still waiting for their remote call (no supplier reference yet). */
async function pendingRemoteHolds(orderId: string): Promise<RemoteHold[]> {
  return db.orderHold.findMany({
    where: { orderId, status: 'HELD', supplierRef: null, ...REMOTE },
    orderBy: [{ kind: 'asc' }, { offerId: 'asc' }],
    select: { id: true, orderItemId: true, kind: true, supplier: true, offerId: true, expiresAt: true },
  });
}

/**
 * Makes every pending remote hold of the order, one call after another, outside any transaction; stops
 * at the first refusal or failure (the order cannot be held whole, the caller gives up and releases).
 */
export async function holdRemoteItems(orderId: string, at: Date): Promise<RemoteHoldOutcome[]> {
  const outcomes: RemoteHoldOutcome[] = [];
  for (const hold of await pendingRemoteHolds(orderId)) {
    try {
      const item = await db.orderItem.findUniqueOrThrow({ where: { id: hold.orderItemId }, select: { snapshot: true } });
      const offer = offerFromJson((item.snapshot as Prisma.JsonObject).offer!);
      const people = await orderTravellers(db, hold.orderItemId);
      const result = await holdOffer(db, offer, hold.id, hold.expiresAt, at, people);
      outcomes.push({ holdId: hold.id, offerId: hold.offerId, result });
      if (result.status !== 'HELD') break;
    } catch (error) {
      outcomes.push({ holdId: hold.id, offerId: hold.offerId, error });
      break;
    }
  }
  return outcomes;
}

export type RemoteConfirmOutcome = { holdId: string; orderItemId: string; result: ConfirmResult } | { holdId: string; orderItemId: string; error: unknown };

/**
 * Confirms (tickets, books) every remote hold of a PAID order that is not confirmed yet, outside any
 * transaction, each with the travellers read from the stored order; a confirmed one is recorded at
 * once (its own statement), so a crash after it never confirms twice. Calls are idempotent per hold id
 * (keyed creates; a second payment of a held order is answered `already_paid`).
 */
export async function confirmRemoteHolds(orderId: string, now: Date): Promise<RemoteConfirmOutcome[]> {
  const holds = await db.orderHold.findMany({
    where: { orderId, status: 'HELD', orderItem: { cancelledAt: null }, ...REMOTE },
    orderBy: { createdAt: 'asc' },
    select: { id: true, orderItemId: true, kind: true },
  });
  const outcomes: RemoteConfirmOutcome[] = [];
  for (const hold of holds) {
    try {
      const people = await orderTravellers(db, hold.orderItemId);
      const result = await confirmHold(db, hold.kind, hold.id, people);
      if (result.status === 'CONFIRMED') {
        await db.orderHold.updateMany({
          where: { id: hold.id, status: 'HELD' },
          data: { status: 'CONFIRMED', confirmedAt: now, documents: result.documents, supplierRef: result.supplierRef },
        });
      }
      outcomes.push({ holdId: hold.id, orderItemId: hold.orderItemId, result });
    } catch (error) {
      outcomes.push({ holdId: hold.id, orderItemId: hold.orderItemId, error });
    }
  }
  return outcomes;
}

/**
 * Gives back every remote hold of an order that is no longer live (expired, not issued, abandoned at
 * checkout): the remote cancel first, then the row RELEASED. A failure leaves the row HELD for the next
 * sweep (releaseRemoteHoldsOfEndedOrders) and the reconciler, which cancels a remote order without a
 * live local order.
 */
export function releaseRemoteHolds(orderId: string, now: Date): Promise<{ released: number; failed: number }> {
  return releaseWhere(orderId, {}, now);
}

/**
 * Gives back the remote holds of the order's cancelled items (staff refusal, approvals, cancellations):
 * the transaction that cancelled the items left them HELD/CONFIRMED — the intent — because a remote
 * cancel never runs inside it. Each release is idempotent (a booking the supplier already cancelled is
 * only marked RELEASED); a failure leaves the row for the next sweep (releaseStrayRemoteHolds) and the
 * reconciler, which cancels a remote order without a live local order or shows it to support.
 */
export function releaseRemoteHoldsOfCancelledItems(orderId: string, now: Date): Promise<{ released: number; failed: number }> {
  return releaseWhere(orderId, { orderItem: { cancelledAt: { not: null } } }, now);
}

async function releaseWhere(orderId: string, where: Prisma.OrderHoldWhereInput, now: Date) {
  const holds = await db.orderHold.findMany({ where: { ...where, orderId, ...LIVE, ...REMOTE }, select: { id: true, kind: true } });
  let released = 0;
  let failed = 0;
  for (const hold of holds) {
    try {
      await releaseHold(db, hold.kind, hold.id);
      await db.orderHold.updateMany({ where: { id: hold.id, status: { in: ['HELD', 'CONFIRMED'] } }, data: { status: 'RELEASED', releasedAt: now } });
      released++;
    } catch (error) {
      failed++;
      logger().warn({ orderId, holdId: hold.id, error: error instanceof Error ? error.message : String(error) }, 'remote hold not released yet');
    }
  }
  return { released, failed };
}

/** Orders with a remote hold still HELD or CONFIRMED on a cancelled item: a failure or crash after the cancelling commit. */
export function ordersWithCancelledRemoteItems(limit = 50): Promise<string[]> {
  return ordersWhere({ orderItem: { cancelledAt: { not: null } } }, limit);
}

/** Orders that ended unpaid or not issued (EXPIRED, ISSUE_FAILED) with a remote hold still HELD or CONFIRMED: a crash between the commit and the remote release. */
export function ordersWithStrayRemoteHolds(limit = 50): Promise<string[]> {
  return ordersWhere({ order: { status: { in: ['EXPIRED', 'ISSUE_FAILED'] } } }, limit);
}

/** Distinct orders with a live remote hold matching `where`, at most `limit`. */
async function ordersWhere(where: Prisma.OrderHoldWhereInput, limit: number): Promise<string[]> {
  const rows = await db.orderHold.findMany({ where: { ...where, ...LIVE, ...REMOTE }, distinct: ['orderId'], select: { orderId: true }, take: limit });
  return rows.map((r) => r.orderId);
}
