import 'server-only';
import type { Db } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';

export type TripOrder = { reference: string; status: OrderStatus; holdExpiresAt: Date; paymentMethod: 'CARD' | 'OFFICE' };

/** Orders placed from a trip that still wait for payment, newest first (the trip page links to them). */
export async function findAwaitingOrders(client: Db, tripId: string, now = new Date()): Promise<TripOrder[]> {
  const rows = await client.orderCheckout.findMany({
    where: { tripId, holdExpiresAt: { gt: now }, paidAt: null, expiredAt: null },
    select: { orderId: true, holdExpiresAt: true, paymentMethod: true },
    orderBy: { createdAt: 'desc' },
    take: 5,
  });
  if (rows.length === 0) return [];
  const orders = await client.order.findMany({ where: { id: { in: rows.map((r) => r.orderId) }, status: 'HELD' }, select: { id: true, reference: true, status: true } });
  return rows.flatMap((r) => {
    const order = orders.find((o) => o.id === r.orderId);
    return order ? [{ reference: order.reference, status: order.status, holdExpiresAt: r.holdExpiresAt, paymentMethod: r.paymentMethod }] : [];
  });
}
