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
import { enqueueMail } from '@/lib/mail/outbox';
import type { Money } from '@/lib/money';
import { AfterSalesError } from './errors';
import { insertServiceRequest } from './insert-service-request';
import { loadAfterSalesOrder } from './load-after-sales-order';
import { CANCEL_TOPICS, computeOrderCancellation, pendingCancellationItemIds, type ItemCancellation, type OrderCancellationQuote } from './quote-order-cancellation';
import { loadRefundBasis } from './load-refund-basis';
import { startRequestRefund } from './start-request-refund';

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
  items: { itemId: string; kind: string; quote: ItemCancellation['quote']; refund: Money }[];
  refund: Money;
};

const OPEN_STATUSES = ['OPEN', 'AWAITING_PAYMENT', 'APPROVED'] as const;

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

  const result = await withTransactionRetry(() =>
    db.$transaction((tx) => confirmCancellation(tx, { orderId, itemId, quoteHash }, options, now), { maxWait: 15_000, timeout: 30_000 }),
  );

  // After the commit: the provider is never called inside a transaction (lib/payments). The cancellation
  // stands whatever happens here; an approved refund that did not reach the provider is retried by the
  // recovery job (recover-request-refunds.ts) under the same idempotency key.
  if (result.created && result.refundRequestId) {
    try {
      await startRequestRefund(result.refundRequestId, { now });
    } catch (error) {
      console.warn(`[after-sales] refund of request ${result.refundRequestId} not started yet, the recovery job retries: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { requests: result.requests, created: result.created };
}

type Confirmed = CancelBookingResult & { refundRequestId: string | null };

async function confirmCancellation(
  tx: Tx,
  input: { orderId: string; itemId: string | null; quoteHash: string },
  options: CancelBookingOptions,
  now: Date,
): Promise<Confirmed> {
  // One confirmation at a time per order: a second submission waits here, then finds the first's requests.
  const locked = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status FROM orders WHERE id = ${input.orderId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AfterSalesError('NOT_FOUND');

  const replay = await tx.serviceRequest.findMany({
    where: { orderId: input.orderId, topic: { in: CANCEL_TOPICS }, quote: { path: ['hash'], equals: input.quoteHash } },
    select: { id: true, reference: true, topic: true, status: true },
    orderBy: { createdAt: 'asc' },
  });
  if (replay.length > 0) return { requests: replay, created: false, refundRequestId: null };

  const order = await loadAfterSalesOrder(tx, input.orderId);
  if (!order) throw new AfterSalesError('NOT_FOUND');
  const basis = await loadRefundBasis(tx, order.id);
  const quote = computeOrderCancellation(order, basis, input.itemId, now, await pendingCancellationItemIds(tx, order.id));
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
  if (immediate.length > 0) {
    const refund = quote.immediateRefund;
    const status = refund.amount > 0 ? 'APPROVED' : 'COMPLETED';
    const topic = quote.scope === 'ITEM' ? 'CANCEL_ITEM' : 'CANCEL_ORDER';
    const created = await insertServiceRequest(tx, {
      orderId: order.id,
      orderItemId: quote.scope === 'ITEM' ? immediate[0]!.itemId : null,
      kind: 'CANCELLATION',
      status,
      topic,
      clause: clauseOf(immediate),
      quote: stored(quote, immediate, refund),
      maxRefundMinor: refund.amount,
      approvedRefundMinor: refund.amount,
      refundCurrency: refund.currency,
      openedBy: 'TRAVELLER',
      userId: options.viewer?.id ?? null,
      decidedAt: now,
      completedAt: status === 'COMPLETED' ? now : null,
    });
    for (const item of immediate) await cancelItem(tx, order.items.find((i) => i.id === item.itemId)!, now);
    await tx.serviceRequestMessage.create({ data: { requestId: created.id, author: 'SYSTEM', body: 'cancellationConfirmed', createdAt: now } });
    await recordAuditEvent(tx, {
      actor,
      action: 'service_request.cancellation_confirmed',
      subjectType: 'ServiceRequest',
      subjectId: created.id,
      context,
      data: { orderId: order.id, reference: created.reference, topic, items: immediate.map((i) => i.itemId), refundMinor: refund.amount, currency: refund.currency, hash: quote.hash },
    });
    await enqueueMail(tx, {
      template: 'cancellation-confirmed',
      to: order.contactEmail,
      locale: order.locale,
      payload: { requestId: created.id },
      dedupeKey: `request:${created.id}:cancellation-confirmed`,
      orderId: order.id,
    });
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
  return { requests, created: true, refundRequestId };
}

function clauseOf(items: ItemCancellation[]): string {
  return [...new Set(items.map((i) => i.quote.clause))].join(', ');
}

function stored(quote: OrderCancellationQuote, items: ItemCancellation[], refund: Money): Prisma.InputJsonValue {
  const value: StoredCancellationQuote = {
    hash: quote.hash,
    at: quote.at.toISOString(),
    scope: quote.scope,
    items: items.map((i) => ({ itemId: i.itemId, kind: i.kind, quote: i.quote, refund: i.refund })),
    refund,
  };
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** The item is cancelled and its inventory given back at the supplier, in the caller's transaction. */
async function cancelItem(tx: Tx, item: { id: string; hold: { id: string; kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; status: string } | null }, now: Date) {
  await tx.orderItem.update({ where: { id: item.id }, data: { cancelledAt: now } });
  if (item.hold && item.hold.status !== 'RELEASED') {
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
