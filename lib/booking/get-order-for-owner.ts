import { db } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { findTrip, type TripOwner } from './find-trip';
import { normaliseOrderReference } from './generate-order-reference';

export type OrderConfirmation = {
  orderId: string;
  reference: string;
  status: OrderStatus;
  paymentMethod: 'CARD' | 'OFFICE';
  holdExpiresAt: Date;
  paidAt: Date | null;
  charge: Money;
  lastPaymentError: string | null;
  contactEmail: string;
  /** the newest card payment still open at the provider, for reconciling on return */
  openPaymentId: string | null;
};

/**
 * The order behind a confirmation page, for its owner only: the signed-in user it belongs to, or the
 * browser whose trip placed it. Anyone else gets null, the same as for a reference that does not exist.
 */
export async function getOrderForOwner(owner: TripOwner, reference: string): Promise<OrderConfirmation | null> {
  const normal = normaliseOrderReference(reference);
  if (!normal) return null;
  const order = await db.order.findUnique({ where: { reference: normal }, select: { id: true, reference: true, status: true, userId: true, contactEmail: true } });
  if (!order) return null;
  const checkout = await db.orderCheckout.findUnique({ where: { orderId: order.id } });
  if (!checkout) return null;
  const ownsByUser = owner.userId !== null && order.userId === owner.userId;
  let ownsByTrip = false;
  if (!ownsByUser && checkout.tripId) {
    const trip = await findTrip(db, owner);
    ownsByTrip = trip?.id === checkout.tripId;
  }
  if (!ownsByUser && !ownsByTrip) return null;
  const open = await db.payment.findFirst({
    where: { orderId: order.id, method: 'CARD', status: { in: ['CREATED', 'PENDING'] } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return {
    orderId: order.id,
    reference: order.reference,
    status: order.status,
    paymentMethod: checkout.paymentMethod,
    holdExpiresAt: checkout.holdExpiresAt,
    paidAt: checkout.paidAt,
    charge: { amount: checkout.chargeAmountMinor, currency: checkout.chargeCurrency },
    lastPaymentError: checkout.lastPaymentError,
    contactEmail: order.contactEmail,
    openPaymentId: open?.id ?? null,
  };
}
