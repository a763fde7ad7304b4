import { db } from '@/lib/db/client';
import type { ProductKind } from '@/lib/db/generated/enums';

/** The services of an order the caller is authorised for, to pick one a request is about. */
export async function listOrderItems(orderId: string): Promise<{ id: string; kind: ProductKind; title: string }[]> {
  return db.orderItem.findMany({ where: { orderId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, title: true } });
}
