import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { PlacedOrder } from './types';

/** The order this form (its idempotency key) already placed from this trip, or null. */
export async function findPlacedOrder(client: Tx | Db, idempotencyKey: string, tripId: string): Promise<PlacedOrder | null> {
  const row = await client.orderCheckout.findUnique({
    where: { idempotencyKey },
    select: { orderId: true, tripId: true, paymentMethod: true, holdExpiresAt: true, chargeAmountMinor: true, chargeCurrency: true },
  });
  // Keys are random per rendered form; one of another trip is not this browser's to see.
  if (!row || row.tripId !== tripId) return null;
  const order = await client.order.findUniqueOrThrow({ where: { id: row.orderId }, select: { reference: true } });
  return {
    orderId: row.orderId,
    reference: order.reference,
    paymentMethod: row.paymentMethod,
    holdExpiresAt: row.holdExpiresAt,
    charge: { amount: row.chargeAmountMinor, currency: row.chargeCurrency },
    created: false,
  };
}
