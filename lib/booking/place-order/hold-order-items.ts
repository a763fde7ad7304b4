import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import type { Offer } from '@/lib/inventory/supplier';
import { BookingError } from '../errors';
import { holdOffer, supplierName } from '../supplier-calls';
import { errorKey } from './error-key';
import type { PreparedOrder } from './types';

/**
 * Holds every item's inventory at its supplier until `holdExpiresAt`, inside the order's transaction, in
 * one order for every transaction (kind, then offer id) so concurrent orders lock rows in the same
 * sequence. A failed hold throws and rolls the whole order back: all held or nothing.
 */
export async function holdOrderItems(tx: Tx, orderId: string, itemIds: readonly string[], p: PreparedOrder, at: Date): Promise<void> {
  const holdOrder = p.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => kindRank(a.item.offer) - kindRank(b.item.offer) || a.item.offer.offerId.localeCompare(b.item.offer.offerId));
  for (const { item, index } of holdOrder) {
    const holdId = randomUUID();
    const result = await holdOffer(tx, item.offer, holdId, p.holdExpiresAt, at);
    if (result.status !== 'HELD') {
      const soldOut = result.status === 'SOLD_OUT';
      throw new BookingError(soldOut ? 'SOLD_OUT' : 'BOOKING_CLOSED', soldOut ? errorKey('soldOut') : errorKey('bookingClosed'), {
        details: { items: [{ itemId: item.tripItemId, status: soldOut ? 'SOLD_OUT' : 'CLOSED' }] },
      });
    }
    await tx.orderHold.create({
      data: {
        id: holdId,
        orderId,
        orderItemId: itemIds[index]!,
        kind: item.offer.kind,
        supplier: supplierName(item.offer.kind),
        offerId: item.offer.offerId,
        supplierRef: result.supplierRef,
        status: 'HELD',
        expiresAt: p.holdExpiresAt,
      },
    });
  }
}

function kindRank(offer: Offer): number {
  return offer.kind === 'FLIGHT' ? 0 : offer.kind === 'HOTEL' ? 1 : 2;
}
