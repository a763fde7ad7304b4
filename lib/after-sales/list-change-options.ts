/**
 * What the change page offers for an order at `now`: flights whose passengers' data can be changed
 * (Agreement 3.1.4, until departure, with the agency fee), and transfers with their change window and
 * extras window (Agreement 6.2: allowed or not, and the latest moment). The server enforces the same
 * windows again in requestChange.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { Money } from '@/lib/money';
import { checkTransferChange, checkTransferExtras, quotePassengerDataChange, type WindowCheck } from '@/lib/rules';
import { loadAfterSalesOrder } from './load-after-sales-order';

export type ChangeOptions = {
  changeable: boolean;
  flights: { itemId: string; title: string; departureAt: Date; timeZone: string; agencyFee: Money; passengers: { id: string; name: string }[] }[];
  transfers: { itemId: string; title: string; pickupAt: Date; timeZone: string; change: WindowCheck; extras: WindowCheck }[];
};

export async function listChangeOptions({ orderId, now = new Date() }: { orderId: string; now?: Date }): Promise<ChangeOptions | null> {
  const order = await loadAfterSalesOrder(db, orderId);
  if (!order) return null;
  const changeable = order.status === 'ISSUED' || order.status === 'CANCELLATION_REQUESTED';
  const live = changeable ? order.items.filter((i) => !i.cancelledAt) : [];
  const passengers = await db.orderPassenger.findMany({
    where: { orderId, role: 'FLIGHT_PASSENGER' },
    orderBy: [{ orderItemId: 'asc' }, { position: 'asc' }],
    select: { id: true, orderItemId: true, firstName: true, lastName: true },
  });
  const flights: ChangeOptions['flights'] = [];
  const transfers: ChangeOptions['transfers'] = [];
  for (const item of live) {
    const rules = item.rulesItem;
    if (rules.kind === 'FLIGHT' && now.getTime() < rules.departureAt.getTime()) {
      const fee = quotePassengerDataChange(rules, { amount: 0, currency: rules.price.currency }, order.rates, order.schedule);
      flights.push({
        itemId: item.id,
        title: item.title,
        departureAt: rules.departureAt,
        timeZone: item.timeZone,
        agencyFee: fee.agencyFee,
        passengers: passengers.filter((p) => p.orderItemId === item.id).map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}` })),
      });
    }
    if (rules.kind === 'TRANSFER') {
      transfers.push({
        itemId: item.id,
        title: item.title,
        pickupAt: rules.pickupAt,
        timeZone: item.timeZone,
        change: checkTransferChange(rules.vehicleClass, rules.pickupAt, now),
        extras: checkTransferExtras(rules.pickupAt, now),
      });
    }
  }
  return { changeable, flights, transfers };
}
