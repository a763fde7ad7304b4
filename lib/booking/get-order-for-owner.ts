import 'server-only';
import { db } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Money } from '@/lib/money';
import { bookingCookieGrants } from './booking-lookup-cookie';
import { confirmationLinkGrants } from './confirmation-link';
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

/** What else a request holds besides its trip owner: the manage-booking cookie and a signed confirmation link. */
export type ConfirmationProof = {
  /** the raw `karvan_booking` cookie (a reference + surname look-up) */
  lookupCookie?: string | null;
  /** the `t` of a signed confirmation link (payment return links, mails) */
  linkToken?: string | null;
  now?: Date;
};

/**
 * The order behind a confirmation page, for whoever holds the booking: the signed-in user it belongs
 * to, the browser whose trip placed it, a browser that looked it up with reference + surname, or a
 * signed confirmation link. Anyone else gets null, the same as for a reference that does not exist.
 */
export async function getOrderForOwner(owner: TripOwner, reference: string, proof: ConfirmationProof = {}): Promise<OrderConfirmation | null> {
  const normal = normaliseOrderReference(reference);
  if (!normal) return null;
  const order = await db.order.findUnique({ where: { reference: normal }, select: { id: true, reference: true, status: true, userId: true, contactEmail: true } });
  if (!order) return null;
  const checkout = await db.orderCheckout.findUnique({ where: { orderId: order.id } });
  if (!checkout) return null;
  const now = proof.now ?? new Date();
  let holds =
    (owner.userId !== null && order.userId === owner.userId) ||
    bookingCookieGrants(proof.lookupCookie, order.id, now) ||
    confirmationLinkGrants(proof.linkToken, order.id, now);
  if (!holds && checkout.tripId) {
    const trip = await findTrip(db, owner);
    holds = trip?.id === checkout.tripId;
  }
  if (!holds) return null;
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
