/**
 * Cancelling items booked at a remote supplier (Duffel, issue 21). The supplier is asked for its quote
 * and told to cancel outside any database transaction (README, Decisions: "Remote bookings"): the
 * caller records the intent (an OPEN request), calls, then records the outcome in its own transaction.
 *
 * Flights: Duffel's quoted refund replaces the fare's refund penalty (penalty = price − the airline's
 * refund), and lib/rules adds Agreement 6.1's agency fee and keeps the service fee (6.4) exactly as for
 * a catalog flight. Hotels (Stays): no remote quote; the rate's policy, mapped at booking (6.3), decides.
 */
import 'server-only';
import { supplierOf } from '@/lib/booking/supplier-calls';
import { logger } from '@/lib/observe/logger';
import type { ProductKind, SupplierCancellationQuote, SupplierCancelResult } from '@/lib/inventory/supplier';
import type { Money } from '@/lib/money';
import type { FlightItem, Item } from '@/lib/rules';

type RemoteItemQuote = SupplierCancellationQuote & { itemId: string; holdId: string; kind: ProductKind };

/** Item id → the supplier's quote, for the items booked remotely (confirmed); catalog items are absent. */
export type RemoteQuotes = ReadonlyMap<string, RemoteItemQuote>;

export const NO_REMOTE_QUOTES: RemoteQuotes = new Map();

/** Asks each item's supplier for its cancellation quote (network; never inside a transaction). */
export async function quoteRemoteItems(
  items: { id: string; cancelledAt: Date | null; hold: { id: string; kind: ProductKind } | null }[],
  /** strict: a supplier that cannot quote fails the call (staff retry); otherwise the item is quoted as a catalog one */
  options: { strict?: boolean } = {},
): Promise<RemoteQuotes> {
  const quotes = new Map<string, RemoteItemQuote>();
  for (const item of items) {
    if (item.cancelledAt || !item.hold || item.hold.kind === 'TRANSFER') continue;
    const supplier = supplierOf(item.hold.kind);
    if (!supplier.quoteCancellation) continue;
    try {
      const quote = await supplier.quoteCancellation(item.hold.id);
      if (quote) quotes.set(item.id, { ...quote, itemId: item.id, holdId: item.hold.id, kind: item.hold.kind });
    } catch (error) {
      if (options.strict) throw error;
      // Duffel down or refusing: the item is quoted as a catalog flight, i.e. a refund request support
      // settles (approveRefund cancels it at Duffel first); the traveller is never left without an answer.
      logger().warn({ itemId: item.id, error: error instanceof Error ? error.message : String(error) }, 'supplier cancellation quote unavailable');
    }
  }
  return quotes;
}

/** Tells the supplier to cancel under its quote (network; never inside a transaction). */
export function cancelRemoteItem(kind: ProductKind, holdId: string, quoteId: string | null): Promise<SupplierCancelResult> {
  const supplier = supplierOf(kind);
  if (!supplier.cancelConfirmed) throw new Error(`${supplier.name} keeps no remote booking for ${holdId}`);
  return supplier.cancelConfirmed(holdId, quoteId);
}

/**
 * The rules item with the airline's quoted refund as its penalty (Agreement 6.1: the fare's own terms,
 * here as the airline quotes them now). A refund in another currency than the fare cannot be read
 * against it: the fare is then treated as not refundable online, and support handles it (6.5).
 */
export function withSupplierRefund(item: Item, refund: Money | null): Item {
  if (item.kind !== 'FLIGHT' || !refund) return item;
  const flight: FlightItem = item;
  if (refund.currency !== flight.price.currency) return { ...flight, fareRules: { ...flight.fareRules, refundable: false } };
  const penalty = { amount: Math.max(0, flight.price.amount - refund.amount), currency: flight.price.currency };
  return { ...flight, fareRules: { ...flight.fareRules, refundPenalty: penalty } };
}
