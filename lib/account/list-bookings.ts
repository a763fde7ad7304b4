import { db } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Viewer } from '@/lib/auth/viewer-types';

export type BookingSummary = {
  reference: string;
  status: OrderStatus;
  createdAt: Date;
  items: { kind: ProductKind; title: string; startsAt: Date }[];
};

/** The viewer's orders, newest first (guest orders appear once their email has signed in). */
export async function listBookings(viewer: Viewer): Promise<BookingSummary[]> {
  return db.order.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      reference: true,
      status: true,
      createdAt: true,
      items: { orderBy: { startsAt: 'asc' }, select: { kind: true, title: true, startsAt: true } },
    },
  });
}
