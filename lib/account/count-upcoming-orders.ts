import 'server-only';
import { db } from '@/lib/db/client';

/** Live orders with a service still ahead: deleting the account does not cancel them, so the page says so. */
export function countUpcomingOrders(userId: string, at = new Date()): Promise<number> {
  return db.order.count({
    where: { userId, status: { in: ['HELD', 'PAID', 'ISSUED', 'CANCELLATION_REQUESTED'] }, items: { some: { startsAt: { gt: at } } } },
  });
}
