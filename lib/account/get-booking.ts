import { db } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Viewer } from '@/lib/auth/viewer-types';

export type BookingDetail = {
  reference: string;
  status: OrderStatus;
  contactEmail: string;
  createdAt: Date;
  agreementVersion: string | null;
  items: {
    id: string;
    kind: ProductKind;
    title: string;
    startsAt: Date;
    endsAt: Date | null;
    /** the IANA zone of the place, when the offer snapshot names one */
    timeZone: string;
    price: { amount: number; currency: string };
    serviceFee: { amount: number; currency: string };
  }[];
};

function zoneOf(snapshot: unknown): string {
  const zone = (snapshot as { timeZone?: unknown } | null)?.timeZone;
  if (typeof zone !== 'string') return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/**
 * One of the viewer's bookings by its reference. The owner is part of the query: another user's
 * reference is not found, exactly like a reference that does not exist.
 */
export async function getBooking(viewer: Viewer, reference: string): Promise<BookingDetail | null> {
  const normalised = reference.trim().toUpperCase();
  if (!/^[A-Z0-9-]{4,32}$/.test(normalised)) return null;
  const order = await db.order.findFirst({
    where: { reference: normalised, userId: viewer.id },
    select: {
      reference: true,
      status: true,
      contactEmail: true,
      createdAt: true,
      agreementVersion: true,
      items: {
        orderBy: { startsAt: 'asc' },
        select: {
          id: true,
          kind: true,
          title: true,
          startsAt: true,
          endsAt: true,
          priceAmountMinor: true,
          priceCurrency: true,
          serviceFeeAmountMinor: true,
          serviceFeeCurrency: true,
          snapshot: true,
        },
      },
    },
  });
  if (!order) return null;
  return {
    reference: order.reference,
    status: order.status,
    contactEmail: order.contactEmail,
    createdAt: order.createdAt,
    agreementVersion: order.agreementVersion,
    items: order.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      timeZone: zoneOf(item.snapshot),
      price: { amount: item.priceAmountMinor, currency: item.priceCurrency },
      serviceFee: { amount: item.serviceFeeAmountMinor, currency: item.serviceFeeCurrency },
    })),
  };
}
