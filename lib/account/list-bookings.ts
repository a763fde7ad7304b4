import { db } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Viewer } from '@/lib/auth/viewer-types';
import { itemName } from '@/lib/booking/item-name';
import type { Locale } from '@/lib/i18n/locales';

export type BookingSummary = {
  reference: string;
  status: OrderStatus;
  createdAt: Date;
  items: { kind: ProductKind; title: string; startsAt: Date }[];
};

/** The viewer's orders, newest first (guest orders appear once their email has signed in). */
export async function listBookings(viewer: Viewer, locale: Locale): Promise<BookingSummary[]> {
  const orders = await db.order.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      reference: true,
      status: true,
      createdAt: true,
      items: { orderBy: { startsAt: 'asc' }, select: { kind: true, title: true, snapshot: true, startsAt: true } },
    },
  });
  return orders.map((o) => ({ ...o, items: o.items.map((i) => ({ kind: i.kind, title: itemName(i, locale), startsAt: i.startsAt })) }));
}
