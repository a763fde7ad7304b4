import 'server-only';
import { db } from '@/lib/db/client';
import type { ProductKind } from '@/lib/db/generated/enums';
import { itemName } from '@/lib/booking/item-name';
import type { Locale } from '@/lib/i18n/locales';

/** The services of an order the caller is authorised for, to pick one a request is about. */
export async function listOrderItems(orderId: string, locale: Locale): Promise<{ id: string; kind: ProductKind; title: string }[]> {
  const items = await db.orderItem.findMany({ where: { orderId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, title: true, snapshot: true } });
  return items.map((i) => ({ id: i.id, kind: i.kind, title: itemName(i, locale) }));
}
