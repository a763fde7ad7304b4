/**
 * What cancelling an order, or one of its items, returns at `now` (Agreement 6.1–6.4), as the traveller
 * is shown it before confirming: per item the rules' quote (penalty, agency fee, service fee kept,
 * refund, clause, reason, in the item's currency) and the refund in the payment's currency. Items
 * already cancelled are left out. Hotels and transfers are cancelled at once on confirmation; catalog
 * flights go to support, who apply the airline's fare rules (Agreement 6.1) and approve the refund.
 * Items booked at a remote supplier (Duffel) are quoted with the supplier's word (remote-cancellation.ts:
 * the airline's quoted refund for a flight, with the agency fee on top) and cancelled on confirmation.
 *
 * `hash` fingerprints exactly what was shown: cancel-booking recomputes the quote and refuses when
 * the hash differs (a window closed, a rate changed, something was refunded meanwhile).
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { db, type Db, type Tx } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { quoteCancellation, type CancellationQuote } from '@/lib/rules';
import { AfterSalesError } from './errors';
import { loadAfterSalesOrder, type AfterSalesOrder } from './load-after-sales-order';
import { refundAmount } from '@/lib/pricing/refund-amount';
import { loadRefundBasis, type RefundBasis } from './load-refund-basis';
import { NO_REMOTE_QUOTES, quoteRemoteItems, withSupplierRefund, type RemoteQuotes } from './remote-cancellation';

/** Orders whose traveller can still cancel (a CANCELLATION_REQUESTED order has a flight refund pending). */
export const CANCELLABLE_ORDER_STATUSES: readonly OrderStatus[] = ['ISSUED', 'CANCELLATION_REQUESTED'];

const quoteOrderCancellationSchema = z.object({
  orderId: z.uuid(),
  /** one item; absent or empty: the whole order */
  itemId: z.union([z.uuid(), z.literal('')]).optional().nullable(),
});

export type QuoteOrderCancellationInput = z.input<typeof quoteOrderCancellationSchema> & { now?: Date };

export type ItemCancellation = {
  itemId: string;
  kind: ProductKind;
  title: string;
  startsAt: Date;
  timeZone: string;
  /** in the item's currency */
  quote: CancellationQuote;
  /** the item's refund in the payment's currency, before the order-wide cap */
  refund: Money;
  /** IMMEDIATE: cancelled on confirmation; SUPPORT: a flight refund request support approves (Agreement 6.1) */
  handling: 'IMMEDIATE' | 'SUPPORT';
  /** booked at a remote supplier: its quote (the id is not part of the hash: a fresh quote of the same money is the same quote) */
  remote: { quoteId: string | null; refund: Money | null; expiresAt: Date | null } | null;
};

export type OrderCancellationQuote = {
  orderId: string;
  reference: string;
  scope: 'ITEM' | 'ORDER';
  at: Date;
  items: ItemCancellation[];
  /** every quoted item may be cancelled (a non-refundable rate or a passed pickup may not) */
  allowed: boolean;
  /** hotels and transfers: refunded on confirmation, capped at what is still refundable */
  immediateRefund: Money;
  /** flights: the most support can refund after the airline's rules, capped likewise */
  supportRefund: Money;
  /** immediateRefund + supportRefund */
  refund: Money;
  paymentMethod: 'CARD' | 'OFFICE' | null;
  hash: string;
};

/** Pure over a loaded order: the quote at `now` for one item or every item not yet cancelled. */
export function computeOrderCancellation(
  order: AfterSalesOrder,
  basis: RefundBasis,
  itemId: string | null,
  now: Date,
  /** items with an open cancellation or refund request (a flight refund waiting for support) */
  pendingItemIds: readonly string[] = [],
  /** the remote suppliers' quotes of remotely booked items (quoteRemoteItems, fetched outside any transaction) */
  remote: RemoteQuotes = NO_REMOTE_QUOTES,
): OrderCancellationQuote {
  if (!CANCELLABLE_ORDER_STATUSES.includes(order.status)) throw new AfterSalesError('ORDER_NOT_CANCELLABLE');
  const live = order.items.filter((item) => !item.cancelledAt && !pendingItemIds.includes(item.id));
  let chosen = live;
  if (itemId) {
    const item = order.items.find((i) => i.id === itemId);
    if (!item) throw new AfterSalesError('NOT_FOUND');
    if (item.cancelledAt) throw new AfterSalesError('ITEM_ALREADY_CANCELLED');
    if (pendingItemIds.includes(item.id)) throw new AfterSalesError('REQUEST_ALREADY_OPEN');
    chosen = [item];
  }
  if (chosen.length === 0) throw new AfterSalesError('NOTHING_TO_CANCEL');

  const items: ItemCancellation[] = chosen.map((item) => {
    const supplierQuote = remote.get(item.id) ?? null;
    const quote = quoteCancellation(withSupplierRefund(item.rulesItem, supplierQuote?.refund ?? null), now, order.rates, { schedule: order.schedule });
    const refund = refundAmount({ refunds: [quote.refund], basis: { ...basis, paidMinor: Number.MAX_SAFE_INTEGER, refundedMinor: 0, reservedMinor: 0 } }).refund;
    return {
      itemId: item.id,
      kind: item.kind,
      title: item.title,
      startsAt: item.startsAt,
      timeZone: item.timeZone,
      quote,
      refund,
      handling: item.kind === 'FLIGHT' && !supplierQuote ? 'SUPPORT' : 'IMMEDIATE',
      remote: supplierQuote ? { quoteId: supplierQuote.quoteId, refund: supplierQuote.refund, expiresAt: supplierQuote.expiresAt } : null,
    };
  });

  const part = (handling: ItemCancellation['handling'], taken: number) =>
    refundAmount({
      refunds: items.filter((i) => i.handling === handling && i.quote.allowed).map((i) => i.quote.refund),
      basis: { ...basis, reservedMinor: basis.reservedMinor + taken },
    }).refund;
  const immediateRefund = part('IMMEDIATE', 0);
  const supportRefund = part('SUPPORT', immediateRefund.amount);
  const refund = { amount: immediateRefund.amount + supportRefund.amount, currency: basis.currency };
  const scope = itemId ? 'ITEM' : 'ORDER';
  const hash = quoteHash({ orderId: order.id, scope, items, immediateRefund, supportRefund });
  return {
    orderId: order.id,
    reference: order.reference,
    scope,
    at: now,
    items,
    allowed: items.every((i) => i.quote.allowed),
    immediateRefund,
    supportRefund,
    refund,
    paymentMethod: order.paymentMethod,
    hash,
  };
}

function quoteHash(value: { orderId: string; scope: string; items: ItemCancellation[]; immediateRefund: Money; supportRefund: Money }): string {
  const canonical = JSON.stringify([
    value.orderId,
    value.scope,
    value.items.map((i) => [i.itemId, i.handling, i.quote, i.refund, i.remote ? 'remote' : 'local']),
    value.immediateRefund,
    value.supportRefund,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/**
 * The cancellation quote of an order the caller is authorised for (`orderId` from requireBookingAccess).
 * Throws AfterSalesError: INVALID_INPUT, NOT_FOUND, ORDER_NOT_CANCELLABLE, ITEM_ALREADY_CANCELLED, NOTHING_TO_CANCEL.
 */
export async function quoteOrderCancellation(input: QuoteOrderCancellationInput, client: Db | Tx = db): Promise<OrderCancellationQuote> {
  const parsed = quoteOrderCancellationSchema.safeParse(input);
  if (!parsed.success) throw new AfterSalesError('INVALID_INPUT');
  const order = await loadAfterSalesOrder(client, parsed.data.orderId);
  if (!order) throw new AfterSalesError('NOT_FOUND');
  const basis = await loadRefundBasis(client, order.id);
  const pending = await pendingCancellationItemIds(client, order.id);
  const itemId = parsed.data.itemId || null;
  const remote = await quoteRemoteItemsInScope(order, pending, itemId);
  return computeOrderCancellation(order, basis, itemId, input.now ?? new Date(), pending, remote);
}

/** The suppliers' quotes (network) for the items in scope (one item, or all) not already being cancelled. */
export function quoteRemoteItemsInScope(order: AfterSalesOrder, pending: string[], itemId: string | null): Promise<RemoteQuotes> {
  return quoteRemoteItems(order.items.filter((i) => (itemId ? i.id === itemId : true) && !pending.includes(i.id)));
}

/** Request topics that cancel or refund an item; while one is open, the item is not quoted again. */
export const CANCEL_TOPICS = ['CANCEL_ITEM', 'CANCEL_ORDER', 'FLIGHT_REFUND'];
const OPEN_STATUSES = ['OPEN', 'AWAITING_PAYMENT', 'APPROVED'] as const;

export async function pendingCancellationItemIds(client: Db | Tx, orderId: string): Promise<string[]> {
  const rows = await client.serviceRequest.findMany({
    where: { orderId, topic: { in: CANCEL_TOPICS }, status: { in: [...OPEN_STATUSES] }, orderItemId: { not: null } },
    select: { orderItemId: true },
  });
  return rows.map((r) => r.orderItemId!);
}
