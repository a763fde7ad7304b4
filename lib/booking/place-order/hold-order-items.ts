import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { isRemoteSupplier, type Offer } from '@/lib/inventory/supplier';
import { BookingError } from '../errors';
import { holdOffer, supplierName } from '../supplier-calls';
import { errorKey } from './error-key';
import type { PreparedOrder } from './types';

/**
 * Holds every built-in catalog item's inventory until `holdExpiresAt`, inside the order's transaction,
 * in one order for every transaction (kind, then offer id) so concurrent orders lock rows in the same
 * sequence. A failed hold throws and rolls the whole order back: all held or nothing.
 *
 * A remote supplier's item (Duffel) is not called here: it gets its hold row without a supplier
 * reference — the intent, whose id is the remote call's idempotency key — and remote-holds.ts makes
 * the call after this transaction commits (README, Decisions: "Remote bookings").
 */
export async function holdOrderItems(tx: Tx, orderId: string, itemIds: readonly string[], p: PreparedOrder, at: Date): Promise<void> {
  const holdOrder = p.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => kindRank(a.item.offer) - kindRank(b.item.offer) || a.item.offer.offerId.localeCompare(b.item.offer.offerId));
  for (const { item, index } of holdOrder) {
    const holdId = randomUUID();
    const remote = isRemoteSupplier(item.offer.supplier);
    let supplierRef: string | null = null;
    if (!remote) {
      const result = await holdOffer(tx, item.offer, holdId, p.holdExpiresAt, at);
      if (result.status !== 'HELD') throw holdRefused(result.status, item.tripItemId);
      supplierRef = result.supplierRef;
    }
    await tx.orderHold.create({
      data: {
        id: holdId,
        orderId,
        orderItemId: itemIds[index]!,
        kind: item.offer.kind,
        supplier: remote ? item.offer.supplier : supplierName(item.offer.kind),
        offerId: item.offer.offerId,
        supplierRef,
        status: 'HELD',
        expiresAt: p.holdExpiresAt,
      },
    });
  }
}

/** Whether the prepared order has an item of a remote supplier (its holds are made after the commit). */
export function hasRemoteItems(p: PreparedOrder): boolean {
  return p.items.some((item) => isRemoteSupplier(item.offer.supplier));
}

/** What the traveller is told when a supplier does not hold an item: sold out, a new price, or closed. */
export function holdRefused(status: 'SOLD_OUT' | 'PRICE_CHANGED' | 'CLOSED', tripItemId: string): BookingError {
  const details = { items: [{ itemId: tripItemId, status }] };
  if (status === 'SOLD_OUT') return new BookingError('SOLD_OUT', errorKey('soldOut'), { details });
  if (status === 'PRICE_CHANGED') return new BookingError('PRICE_CHANGED', errorKey('priceChanged'), { details });
  return new BookingError('BOOKING_CLOSED', errorKey('bookingClosed'), { details });
}

function kindRank(offer: Offer): number {
  return offer.kind === 'FLIGHT' ? 0 : offer.kind === 'HOTEL' ? 1 : 2;
}
