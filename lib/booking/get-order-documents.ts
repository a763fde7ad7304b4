import 'server-only';
import { db } from '@/lib/db/client';
import type { ProductKind } from '@/lib/db/generated/enums';
import type { Locale } from '@/lib/i18n/locales';
import type { Money } from '@/lib/money';
import { itemName } from './item-name';

export type OrderDocuments = {
  /** each booked service with what the supplier issued for it (ticket numbers, voucher codes) */
  items: { id: string; kind: ProductKind; title: string; documents: string[]; cancelled: boolean }[];
  /** Agreement 4.5: the automatic refund of an order that could not be issued */
  notIssuedRefund: { reference: string; amount: Money; dueAt: Date | null; status: string } | null;
};

/**
 * What issuing produced for an order. Callers must already have authorised the viewer for the order
 * (getOrderForOwner, booking access): this reads by id.
 */
export async function getOrderDocuments(orderId: string, locale: Locale): Promise<OrderDocuments> {
  const [items, request] = await Promise.all([
    db.orderItem.findMany({
      where: { orderId },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, title: true, snapshot: true, cancelledAt: true, hold: { select: { status: true, documents: true } } },
    }),
    db.serviceRequest.findFirst({
      where: { orderId, topic: 'NOT_ISSUED' },
      orderBy: { createdAt: 'desc' },
      select: { reference: true, approvedRefundMinor: true, refundCurrency: true, dueAt: true, status: true },
    }),
  ]);
  return {
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: itemName(item, locale),
      documents: item.hold?.status === 'CONFIRMED' ? item.hold.documents : [],
      cancelled: item.cancelledAt !== null,
    })),
    notIssuedRefund: request
      ? {
          reference: request.reference,
          amount: { amount: request.approvedRefundMinor ?? 0, currency: (request.refundCurrency ?? 'AZN').trim() },
          dueAt: request.dueAt,
          status: request.status,
        }
      : null,
  };
}
