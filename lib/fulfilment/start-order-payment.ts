/**
 * Opens the payment of a HELD order (after placeOrder, and again after a decline while the hold
 * lasts): card → the provider's hosted page (Stripe or the sandbox); office → a pending payment until
 * the deadline (Agreement 4.1). Card data is typed on the provider's page only (Agreement 4.2.2).
 * Double-click safe: lib/payments returns the open session of the same amount again.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { startOfficePayment } from '@/lib/payments/start-office-payment';
import { startPayment } from '@/lib/payments/start-payment';
import type { Actor } from '@/lib/payments/types';
import { confirmationPath } from '@/lib/booking/confirmation-link';
import { BookingError } from '@/lib/booking/errors';

export type StartOrderPaymentOptions = {
  orderId: string;
  locale: Locale;
  actor?: Actor | null;
  /** the origin the return links are built on (linkBaseUrl); default APP_URL */
  appUrl?: string;
  now?: Date;
};

export type StartedOrderPayment =
  | { method: 'CARD'; redirectUrl: string; reused: boolean }
  | { method: 'OFFICE'; deadlineAt: Date };

export async function startOrderPayment({ orderId, locale, actor = null, appUrl, now = new Date() }: StartOrderPaymentOptions): Promise<StartedOrderPayment> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { id: true, reference: true, status: true, contactEmail: true } });
  const checkout = await db.orderCheckout.findUnique({
    where: { orderId },
    select: { paymentMethod: true, holdExpiresAt: true, chargeAmountMinor: true, chargeCurrency: true },
  });
  if (!order || !checkout) throw new BookingError('ORDER_NOT_FOUND', 'checkout.errors.orderNotFound');
  if (order.status !== 'HELD') throw new BookingError('ORDER_NOT_PAYABLE', 'checkout.errors.orderNotPayable');
  if (checkout.holdExpiresAt <= now) throw new BookingError('HOLD_EXPIRED', 'checkout.errors.holdExpired');
  const amount = { amount: checkout.chargeAmountMinor, currency: checkout.chargeCurrency };

  if (checkout.paymentMethod === 'OFFICE') {
    await startOfficePayment({ orderId, amount, deadlineAt: checkout.holdExpiresAt, actor }, { now });
    return { method: 'OFFICE', deadlineAt: checkout.holdExpiresAt };
  }
  const base = (appUrl ?? env().APP_URL).replace(/\/$/, '');
  // Signed, so the return lands on the confirmation even where the trip cookie is missing.
  const done = `${base}${confirmationPath(locale, order, now)}`;
  const started = await startPayment(
    {
      orderId,
      amount,
      description: `Karvan ${order.reference}`,
      successUrl: `${done}&session={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${done}&cancelled=1`,
      customerEmail: order.contactEmail,
      locale,
      expiresAt: checkout.holdExpiresAt,
      actor,
    },
    { now },
  );
  return { method: 'CARD', redirectUrl: started.redirectUrl, reused: started.reused };
}
