/**
 * The traveller confirms a cancellation they were quoted (Agreement 6.1–6.4, 6.5). The server
 * recomputes the quote at `now` and refuses when it differs from the one shown (its hash), so what is
 * stored and refunded is exactly what the traveller confirmed.
 *
 * Hotels and transfers, in ONE transaction with the order row locked: a CANCELLATION request
 * (CANCEL_ITEM or CANCEL_ORDER) APPROVED with the quote and the refund in the payment's currency, the
 * items cancelled and their inventory released, the order CANCELLED when nothing is left, a SYSTEM
 * message and the `cancellation-confirmed` mail. The refund starts after the commit
 * (startRequestRefund; a crash in between is picked up by the recovery job).
 *
 * Flights (Agreement 6.1: the airline's fare rules plus the 15 AZN agency fee, service fee kept): a
 * REFUND request (FLIGHT_REFUND) OPEN with the quote and the most that can go back, for support to
 * approve; the order becomes CANCELLATION_REQUESTED.
 *
 * Items booked at a remote supplier (Duffel flights and Stays hotels, issue 21) are cancelled at the
 * supplier, never inside a transaction: the supplier's quote is fetched first; the transaction records
 * the intent (the CANCEL request OPEN, with the quote the traveller confirmed); the supplier is told to
 * cancel; a second transaction records the outcome exactly as for a catalog hotel (items cancelled,
 * request APPROVED/COMPLETED, mail, refund). A supplier quote that changed (or expired and came back
 * different) fails the hash: the traveller sees the new quote and confirms again. A crash or a failed
 * call in between leaves the request OPEN; submitting the same quote again resumes it, and so does the
 * recovery job a few minutes later (recover-remote-cancellations.ts).
 *
 * A double submission (two clicks, two tabs) yields the first submission's requests.
 */
import 'server-only';
import { z } from 'zod';
import { db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { releaseHold } from '@/lib/booking/supplier-calls';
import { withTransactionRetry } from '@/lib/booking/transaction-retry';
import { releaseRemoteHoldsOfCancelledItems } from '@/lib/booking/remote-holds';
import { isRemoteSupplier } from '@/lib/inventory/supplier';
import { enqueueMail } from '@/lib/mail/outbox';
import type { Money } from '@/lib/money';
import { AfterSalesError } from './errors';
import { insertServiceRequest } from './insert-service-request';
import { loadAfterSalesOrder } from './load-after-sales-order';
import {
  CANCEL_TOPICS,
  computeOrderCancellation,
  pendingCancellationItemIds,
  quoteOrderCancellation,
  quoteRemoteItemsInScope,
  type ItemCancellation,
  type OrderCancellationQuote,
} from './quote-order-cancellation';
import { loadRefundBasis } from './load-refund-basis';
import { startRequestRefund } from './start-request-refund';
import { cancelRemoteItem, type RemoteQuotes } from './remote-cancellation';

const cancelBookingSchema = z.object({
  orderId: z.uuid(),
  itemId: z.union([z.uuid(), z.literal('')]).optional().nullable(),
  /** OrderCancellationQuote.hash of the quote the traveller was shown */
  quoteHash: z.string().regex(/^[0-9a-f]{32}$/, 'afterSales.errors.QUOTE_CHANGED'),
});

export type CancelBookingInput = z.input<typeof cancelBookingSchema>;

export type CancelBookingOptions = {
  /** the signed-in traveller, if any (a /booking visitor has none) */
  viewer?: Viewer | null;
  context?: RequestContext;
  now?: Date;
};

type CancelledRequest = { id: string; reference: string; topic: string; status: string };

export type CancelBookingResult = {
  requests: CancelledRequest[];
  /** false when this confirmation had already been recorded (double submit) */
  created: boolean;
};

/**
 * What a request stores in `quote`: the items as quoted (rules CancellationQuote in the item's
 * currency, and the item's refund in the payment's currency), the request's refund and the hash.
 */
export type StoredCancellationQuote = {
  hash: string;
  at: string;
  scope: 'ITEM' | 'ORDER';
  items: { itemId: string; kind: string; quote: ItemCancellation['quote']; refund: Money; remote?: { holdId: string; holdKind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; quoteId: string | null } }[];
  refund: Money;
};

const OPEN_STATUSES = ['OPEN', 'AWAITING_PAYMENT', 'APPROVED'] as const;

/** Audit action on a cancellation the supplier refused when the recovery job tried it: support decides. */
export const SUPPLIER_CANCELLATION_LEFT_FOR_STAFF = 'service_request.supplier_cancellation_left_for_staff';

/**
 * Throws AfterSalesError: INVALID_INPUT, NOT_FOUND, ORDER_NOT_CANCELLABLE, ITEM_ALREADY_CANCELLED,
 * NOTHING_TO_CANCEL, QUOTE_CHANGED (details.quote: the quote now), CANCELLATION_NOT_ALLOWED (details:
 * clause, reason), REQUEST_ALREADY_OPEN.
 */
export async function cancelBooking(input: CancelBookingInput, options: CancelBookingOptions = {}): Promise<CancelBookingResult> {
  const parsed = cancelBookingSchema.safeParse(input);
  if (!parsed.success) throw new AfterSalesError('INVALID_INPUT');
  const { orderId, quoteHash } = parsed.data;
  const itemId = parsed.data.itemId || null;
  const now = options.now ?? new Date();

  // The remote suppliers' quotes, before and outside the transaction.
  const remote = await remoteQuotesFor(orderId, itemId);
  const result = await withTransactionRetry(() =>
    db.$transaction((tx) => confirmCancellation(tx, { orderId, itemId, quoteHash }, options, now, remote), { maxWait: 15_000, timeout: 30_000 }),
  );

  let refundRequestId = result.created ? result.refundRequestId : null;
  if (result.remotePendingId) {
    const settled = await settleRemoteCancellation(result.remotePendingId, options, now);
    // The supplier's quote expired or changed since: nothing was cancelled, the traveller sees the new quote.
    if (settled.status !== 'DONE') throw new AfterSalesError('QUOTE_CHANGED', { quote: await quoteAgain(orderId, itemId, now) });
    refundRequestId = settled.refundRequestId;
    const request = result.requests.find((r) => r.id === result.remotePendingId);
    if (request) request.status = settled.requestStatus;
  }

  await releaseRemoteHoldsOfCancelledItems(orderId, now);
  // After the commit: the provider is never called inside a transaction (lib/payments). The cancellation
  // stands whatever happens here; an approved refund that did not reach the provider is retried by the
  // recovery job (recover-request-refunds.ts) under the same idempotency key.
  if (refundRequestId) {
    try {
      await startRequestRefund(refundRequestId, { now });
    } catch (error) {
      console.warn(`[after-sales] refund of request ${refundRequestId} not started yet, the recovery job retries: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { requests: result.requests, created: result.created };
}

async function remoteQuotesFor(orderId: string, itemId: string | null): Promise<RemoteQuotes> {
  const order = await loadAfterSalesOrder(db, orderId);
  if (!order) throw new AfterSalesError('NOT_FOUND');
  return quoteRemoteItemsInScope(order, await pendingCancellationItemIds(db, orderId), itemId);
}

/** The quote the traveller is shown instead when the supplier's changed; null when none can be made now. */
function quoteAgain(orderId: string, itemId: string | null, now: Date): Promise<OrderCancellationQuote | null> {
  return quoteOrderCancellation({ orderId, itemId, now }).catch(() => null);
}

type SettleOutcome =
  | { status: 'DONE'; refundRequestId: string | null; requestStatus: string }
  | { status: 'QUOTE_EXPIRED' | 'FAILED' };

/**
 * Tells the suppliers to cancel the remote items of an OPEN cancellation request, then records the
 * outcome in one transaction (the request row locked: a second settle of the same request changes
 * nothing). The supplier calls are idempotent (Duffel returns the same confirmed cancellation; a
 * cancelled Stays booking stays cancelled), so resuming after a crash cancels nothing twice.
 */
export async function settleRemoteCancellation(
  requestId: string,
  options: CancelBookingOptions = {},
  now = new Date(),
  /** CLOSE: the traveller is there to quote again; STAFF: the recovery job leaves the request OPEN for support */
  onRefusal: 'CLOSE' | 'STAFF' = 'CLOSE',
): Promise<SettleOutcome> {
  const request = await db.serviceRequest.findUnique({ where: { id: requestId }, select: { status: true, quote: true } });
  if (!request) throw new AfterSalesError('NOT_FOUND');
  if (request.status !== 'OPEN') return { status: 'DONE', refundRequestId: null, requestStatus: request.status };
  const stored = request.quote as unknown as StoredCancellationQuote;
  for (const item of stored.items) {
    if (!item.remote) continue;
    const outcome = await cancelRemoteItem(item.remote.holdKind, item.remote.holdId, item.remote.quoteId);
    if (outcome.status === 'CANCELLED') continue;
    // Nothing was cancelled at the supplier for this item: the request is closed and the traveller quotes
    // again, or (recovery job, nobody there) it stays OPEN in the support queue, marked by the audit event.
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
      const closed =
        onRefusal === 'CLOSE'
          ? await tx.serviceRequest.updateMany({ where: { id: requestId, status: 'OPEN' }, data: { status: 'CLOSED', completedAt: now, decisionNote: `supplier: ${outcome.status === 'FAILED' ? outcome.reason : 'quote expired'}` } })
          : await tx.serviceRequest.updateMany({ where: { id: requestId, status: 'OPEN' }, data: { updatedAt: now } });
      if (closed.count === 0) return;
      await recordAuditEvent(tx, {
        actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
        action: onRefusal === 'CLOSE' ? 'service_request.supplier_cancellation_refused' : SUPPLIER_CANCELLATION_LEFT_FOR_STAFF,
        subjectType: 'ServiceRequest',
        subjectId: requestId,
        context: options.context ?? noRequestContext,
        data: { itemId: item.itemId, outcome: outcome.status, reason: outcome.status === 'FAILED' ? outcome.reason : null },
      });
    });
    return { status: outcome.status };
  }
  return withTransactionRetry(() =>
    db.$transaction(
      async (tx) => {
        const [orderRow] = await tx.$queryRaw<{ order_id: string }[]>`SELECT order_id::text AS order_id FROM service_requests WHERE id = ${requestId}::uuid`;
        const locked = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status FROM orders WHERE id = ${orderRow!.order_id}::uuid FOR UPDATE`;
        await tx.$queryRaw`SELECT id FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
        const current = await tx.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, reference: true, topic: true, status: true, approvedRefundMinor: true, refundCurrency: true } });
        if (current.status !== 'OPEN') return { status: 'DONE' as const, refundRequestId: null, requestStatus: current.status };
        const order = await loadAfterSalesOrder(tx, orderRow!.order_id);
        if (!order) throw new AfterSalesError('NOT_FOUND');
        const refund = { amount: current.approvedRefundMinor ?? 0, currency: current.refundCurrency ?? stored.refund.currency };
        const status = refund.amount > 0 ? 'APPROVED' : 'COMPLETED';
        await tx.serviceRequest.update({ where: { id: requestId }, data: { status, decidedAt: now, completedAt: status === 'COMPLETED' ? now : null } });
        await recordCancelled(tx, order, { id: current.id, reference: current.reference, topic: current.topic }, stored, refund, options, now);
        await moveOrder(tx, order.id, locked[0]!.status, {
          actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
          context: options.context ?? noRequestContext,
          requests: [current.reference],
        });
        return { status: 'DONE' as const, refundRequestId: status === 'APPROVED' ? requestId : null, requestStatus: status };
      },
      { maxWait: 15_000, timeout: 30_000 },
    ),
  );
}

/** The outcome of an immediate cancellation: items cancelled, the SYSTEM message, audit and the mail. */
async function recordCancelled(
  tx: Tx,
  order: NonNullable<Awaited<ReturnType<typeof loadAfterSalesOrder>>>,
  request: { id: string; reference: string; topic: string },
  stored: Pick<StoredCancellationQuote, 'hash' | 'items'>,
  refund: Money,
  options: CancelBookingOptions,
  now: Date,
) {
  for (const item of stored.items) await cancelItem(tx, order.items.find((i) => i.id === item.itemId)!, now);
  await tx.serviceRequestMessage.create({ data: { requestId: request.id, author: 'SYSTEM', body: 'cancellationConfirmed', createdAt: now } });
  await recordAuditEvent(tx, {
    actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
    action: 'service_request.cancellation_confirmed',
    subjectType: 'ServiceRequest',
    subjectId: request.id,
    context: options.context ?? noRequestContext,
    data: {
      orderId: order.id,
      reference: request.reference,
      topic: request.topic,
      items: stored.items.map((i) => i.itemId),
      refundMinor: refund.amount,
      currency: refund.currency,
      hash: stored.hash,
      remote: stored.items.some((i) => i.remote),
    },
  });
  await enqueueMail(tx, {
    template: 'cancellation-confirmed',
    to: order.contactEmail,
    locale: order.locale,
    payload: { requestId: request.id },
    dedupeKey: `request:${request.id}:cancellation-confirmed`,
    orderId: order.id,
  });
}

type Confirmed = CancelBookingResult & { refundRequestId: string | null; remotePendingId: string | null };

async function confirmCancellation(
  tx: Tx,
  input: { orderId: string; itemId: string | null; quoteHash: string },
  options: CancelBookingOptions,
  now: Date,
  remote: RemoteQuotes,
): Promise<Confirmed> {
  // One confirmation at a time per order: a second submission waits here, then finds the first's requests.
  const locked = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status FROM orders WHERE id = ${input.orderId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AfterSalesError('NOT_FOUND');

  const replay = await tx.serviceRequest.findMany({
    where: { orderId: input.orderId, topic: { in: CANCEL_TOPICS }, quote: { path: ['hash'], equals: input.quoteHash } },
    select: { id: true, reference: true, topic: true, status: true },
    orderBy: { createdAt: 'asc' },
  });
  // A confirmation whose supplier call did not finish (a crash, a failed call) is resumed.
  if (replay.length > 0) return { requests: replay, created: false, refundRequestId: null, remotePendingId: replay.find((r) => r.status === 'OPEN' && r.topic !== 'FLIGHT_REFUND')?.id ?? null };

  const order = await loadAfterSalesOrder(tx, input.orderId);
  if (!order) throw new AfterSalesError('NOT_FOUND');
  const basis = await loadRefundBasis(tx, order.id);
  const quote = computeOrderCancellation(order, basis, input.itemId, now, await pendingCancellationItemIds(tx, order.id), remote);
  if (quote.hash !== input.quoteHash) throw new AfterSalesError('QUOTE_CHANGED', { quote });
  const refused = quote.items.find((i) => !i.quote.allowed);
  if (refused) throw new AfterSalesError('CANCELLATION_NOT_ALLOWED', { clause: refused.quote.clause, reason: refused.quote.reason });

  const open = await tx.serviceRequest.findFirst({
    where: {
      orderId: order.id,
      status: { in: [...OPEN_STATUSES] },
      topic: { in: CANCEL_TOPICS },
      orderItemId: { in: quote.items.map((i) => i.itemId) },
    },
    select: { id: true },
  });
  if (open) throw new AfterSalesError('REQUEST_ALREADY_OPEN');

  const actor = options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null;
  const context = options.context ?? noRequestContext;
  const requests: CancelledRequest[] = [];
  let refundRequestId: string | null = null;

  const immediate = quote.items.filter((i) => i.handling === 'IMMEDIATE');
  let remotePendingId: string | null = null;
  if (immediate.length > 0) {
    const refund = quote.immediateRefund;
    // Remote items: the request is the intent, OPEN until the supplier has cancelled (settleRemoteCancellation).
    const atSupplier = immediate.some((i) => i.remote);
    const status = atSupplier ? 'OPEN' : refund.amount > 0 ? 'APPROVED' : 'COMPLETED';
    const topic = quote.scope === 'ITEM' ? 'CANCEL_ITEM' : 'CANCEL_ORDER';
    const storedQuote = stored(quote, immediate, refund, order.items);
    const created = await insertServiceRequest(tx, {
      orderId: order.id,
      orderItemId: quote.scope === 'ITEM' ? immediate[0]!.itemId : null,
      kind: 'CANCELLATION',
      status,
      topic,
      clause: clauseOf(immediate),
      quote: storedQuote,
      maxRefundMinor: refund.amount,
      approvedRefundMinor: refund.amount,
      refundCurrency: refund.currency,
      openedBy: 'TRAVELLER',
      userId: options.viewer?.id ?? null,
      decidedAt: atSupplier ? null : now,
      completedAt: status === 'COMPLETED' ? now : null,
    });
    if (atSupplier) {
      await recordAuditEvent(tx, {
        actor,
        action: 'service_request.supplier_cancellation_started',
        subjectType: 'ServiceRequest',
        subjectId: created.id,
        context,
        data: { orderId: order.id, reference: created.reference, topic, items: immediate.map((i) => i.itemId), refundMinor: refund.amount, currency: refund.currency, hash: quote.hash },
      });
      remotePendingId = created.id;
    } else {
      await recordCancelled(tx, order, { ...created, topic }, storedQuote as unknown as StoredCancellationQuote, refund, options, now);
    }
    requests.push({ ...created, topic, status });
    if (status === 'APPROVED') refundRequestId = created.id;
  }

  // Flights: each its own request, for support to approve after the airline's rules (Agreement 6.1).
  let supportLeft = quote.supportRefund.amount;
  for (const item of quote.items.filter((i) => i.handling === 'SUPPORT')) {
    const maxRefund = { amount: Math.min(item.refund.amount, supportLeft), currency: item.refund.currency };
    supportLeft -= maxRefund.amount;
    const created = await insertServiceRequest(tx, {
      orderId: order.id,
      orderItemId: item.itemId,
      kind: 'REFUND',
      status: 'OPEN',
      topic: 'FLIGHT_REFUND',
      clause: item.quote.clause,
      quote: stored(quote, [item], maxRefund),
      maxRefundMinor: maxRefund.amount,
      refundCurrency: maxRefund.currency,
      openedBy: 'TRAVELLER',
      userId: options.viewer?.id ?? null,
    });
    await tx.serviceRequestMessage.create({ data: { requestId: created.id, author: 'SYSTEM', body: 'flightRefundRequested', createdAt: now } });
    await recordAuditEvent(tx, {
      actor,
      action: 'service_request.flight_refund_requested',
      subjectType: 'ServiceRequest',
      subjectId: created.id,
      context,
      data: { orderId: order.id, reference: created.reference, itemId: item.itemId, maxRefundMinor: maxRefund.amount, currency: maxRefund.currency, hash: quote.hash },
    });
    await enqueueMail(tx, {
      template: 'request-received',
      to: order.contactEmail,
      locale: order.locale,
      payload: { requestId: created.id },
      dedupeKey: `request:${created.id}:received`,
      orderId: order.id,
    });
    requests.push({ ...created, topic: 'FLIGHT_REFUND', status: 'OPEN' });
  }

  await moveOrder(tx, order.id, order.status, { actor, context, requests: requests.map((r) => r.reference) });
  return { requests, created: true, refundRequestId, remotePendingId };
}

function clauseOf(items: ItemCancellation[]): string {
  return [...new Set(items.map((i) => i.quote.clause))].join(', ');
}

function stored(
  quote: OrderCancellationQuote,
  items: ItemCancellation[],
  refund: Money,
  orderItems: { id: string; hold: { id: string; kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER' } | null }[] = [],
): Prisma.InputJsonValue {
  const value: StoredCancellationQuote = {
    hash: quote.hash,
    at: quote.at.toISOString(),
    scope: quote.scope,
    items: items.map((i) => {
      const hold = orderItems.find((o) => o.id === i.itemId)?.hold;
      return {
        itemId: i.itemId,
        kind: i.kind,
        quote: i.quote,
        refund: i.refund,
        ...(i.remote && hold ? { remote: { holdId: hold.id, holdKind: hold.kind, quoteId: i.remote.quoteId } } : {}),
      };
    }),
    refund,
  };
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * The item is cancelled and its catalog inventory given back, in the caller's transaction. A remote
 * hold is not released here (a network call): cancelBooking releases it after the commit — a no-op at
 * the supplier when settleRemoteCancellation has already cancelled it there.
 */
async function cancelItem(tx: Tx, item: { id: string; hold: { id: string; kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; status: string; supplier: string } | null }, now: Date) {
  await tx.orderItem.update({ where: { id: item.id }, data: { cancelledAt: now } });
  if (item.hold && item.hold.status !== 'RELEASED' && !isRemoteSupplier(item.hold.supplier)) {
    await releaseHold(tx, item.hold.kind, item.hold.id);
    await tx.orderHold.update({ where: { id: item.hold.id }, data: { status: 'RELEASED', releasedAt: now } });
  }
}

/** CANCELLED when every item is; CANCELLATION_REQUESTED while a flight refund waits for support. */
async function moveOrder(
  tx: Tx,
  orderId: string,
  from: OrderStatus,
  meta: { actor: { id: string; role: Viewer['role'] } | null; context: RequestContext; requests: string[] },
) {
  const [left, pendingFlights] = await Promise.all([
    tx.orderItem.count({ where: { orderId, cancelledAt: null } }),
    tx.serviceRequest.count({ where: { orderId, topic: 'FLIGHT_REFUND', status: { in: [...OPEN_STATUSES] } } }),
  ]);
  const to: OrderStatus = left === 0 ? 'CANCELLED' : pendingFlights > 0 ? 'CANCELLATION_REQUESTED' : from;
  if (to === from) return;
  await tx.order.update({ where: { id: orderId }, data: { status: to } });
  await recordOrderEvent(tx, {
    orderId,
    from,
    to,
    reason: to === 'CANCELLED' ? 'CANCELLED_BY_TRAVELLER' : 'CANCELLATION_REQUESTED',
    actor: meta.actor,
    context: meta.context,
    data: { requests: meta.requests },
  });
}
