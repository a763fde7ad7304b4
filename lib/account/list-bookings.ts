import 'server-only';
import { db } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Viewer } from '@/lib/auth/viewer-types';
import { bookingPhase, type BookingPhase } from '@/lib/booking/booking-state';
import { itemName } from '@/lib/booking/item-name';
import type { Locale } from '@/lib/i18n/locales';

export type BookingSummary = {
  reference: string;
  status: OrderStatus;
  /** the status as read: partly cancelled / refunded (lib/booking/booking-state) */
  phase: BookingPhase;
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
      items: { orderBy: { startsAt: 'asc' }, select: { kind: true, title: true, snapshot: true, startsAt: true, cancelledAt: true } },
      checkout: { select: { paidPaymentId: true } },
    },
  });
  const paymentIds = orders.flatMap((o) => (o.checkout?.paidPaymentId ? [o.checkout.paidPaymentId] : []));
  const [payments, refunds] = await Promise.all([
    db.payment.findMany({ where: { id: { in: paymentIds } }, select: { id: true, amountMinor: true } }),
    db.refund.groupBy({ by: ['paymentId'], where: { paymentId: { in: paymentIds }, status: 'SUCCEEDED' }, _sum: { amountMinor: true } }),
  ]);
  return orders.map(({ checkout, items, ...o }) => {
    const paid = payments.find((p) => p.id === checkout?.paidPaymentId);
    const refunded = refunds.find((r) => r.paymentId === checkout?.paidPaymentId)?._sum.amountMinor ?? 0;
    return {
      ...o,
      phase: bookingPhase({ status: o.status, items: items.map((i) => ({ cancelled: i.cancelledAt !== null })), paidMinor: paid?.amountMinor ?? null, refundedMinor: paid ? refunded : null }),
      items: items.map((i) => ({ kind: i.kind, title: itemName(i, locale), startsAt: i.startsAt })),
    };
  });
}
