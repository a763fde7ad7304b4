import 'server-only';
import { db } from '@/lib/db/client';
import { hasPendingAirlineChange } from './accept-airline-change';
import { CANCELLABLE_ORDER_STATUSES } from './quote-order-cancellation';

/** What the booking page offers next: cancel and change only for an issued order with live items; asking always. */
export async function getOrderAfterSalesState(
  orderId: string,
): Promise<{ cancellable: boolean; changeable: boolean; notYetIssued: boolean; airlineChangePending: boolean } | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true, items: { where: { cancelledAt: null }, select: { id: true } } } });
  if (!order) return null;
  const live = CANCELLABLE_ORDER_STATUSES.includes(order.status) && order.items.length > 0;
  // An airline's schedule change reported by the supplier waits for the traveller to accept it or ask support.
  const airlineChangePending = order.items.length > 0 && (await hasPendingAirlineChange(orderId));
  return { cancellable: live, changeable: live, notYetIssued: order.status === 'HELD' || order.status === 'PAID', airlineChangePending };
}
