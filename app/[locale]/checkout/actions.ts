'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect as redirectTo } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { BOOKING_COOKIE } from '@/lib/booking/booking-lookup-cookie';
import { acceptNewPrice } from '@/lib/booking/accept-new-price';
import { applyPromoCode } from '@/lib/booking/apply-promo-code';
import { formToObject } from '@/lib/booking/checkout-schema';
import { BookingError, isBookingError } from '@/lib/booking/errors';
import { placeOrder } from '@/lib/booking/place-order';
import { requestAssistance } from '@/lib/booking/request-assistance';
import { startOrderPayment } from '@/lib/fulfilment/start-order-payment';
import { getOrderForOwner } from '@/lib/booking/get-order-for-owner';
import { registerFulfilment } from '@/lib/fulfilment/register-fulfilment';
import { registerFeatures } from '@/lib/jobs/register-features';
import type { Locale } from '@/lib/i18n/locales';
import { policyInfo } from '@/lib/consent/policy-versions';
import { isPaymentError } from '@/lib/payments/errors';
import { currentLinkBase, currentTripOwner } from './booking-action';

const intentSchema = z.looseObject({ intent: z.enum(['pay', 'promo', 'assistance'], { error: 'checkout.errors.invalid' }).default('pay') });

/**
 * The checkout form. The submit button says what to do: `pay` places the order (every rule checked
 * again on the server, nested fields parsed by lib/booking's schema) and sends the traveller to pay;
 * `promo` applies the promo code; `assistance` sends the trip to support instead (Agreement 8.2).
 * Typed values come back with every error (the wrapper).
 */
export const checkoutAction = defineAction({
  name: 'checkout',
  access: 'anyone',
  errorsInWords: true,
  schema: intentSchema,
  async handler({ intent }, { viewer, request, locale, values }) {
    const { owner } = await currentTripOwner();
    const actor = viewer ? { id: viewer.id, role: viewer.role } : null;
    const input = formToObject(Object.entries(values));

    if (intent === 'promo') {
      const result = await applyPromoCode({ owner, input: { promoCode: values.promoCode ?? '' }, email: values['contact.email'] || null });
      revalidatePath('/[locale]/checkout', 'page');
      return { ok: true, message: result.promoCode ? 'checkout.promo.applied' : 'checkout.promo.removed', values };
    }

    if (intent === 'assistance') {
      await requestAssistance({
        owner,
        locale,
        actor,
        context: request,
        input: {
          contact: (input as { contact?: unknown } | null)?.contact,
          reasons: (values.supportReasons ?? '').split(',').filter(Boolean),
          message: values.assistanceMessage,
          consent: values.assistanceConsent === 'on',
        },
      });
      return { ok: true, message: 'checkout.assistance.sent', values };
    }

    let placed: { reference: string; orderId: string };
    try {
      if (!input) throw new BookingError('INVALID_INPUT', 'checkout.errors.invalid', { fieldErrors: { _form: 'checkout.errors.invalid' } });
      placed = await placeOrder({ owner, actor, input, locale, agreementVersion: policyInfo('agreement', locale).version, context: request });
    } catch (error) {
      // The page must show the prices and availability of now next to the message.
      if (isBookingError(error, 'PRICE_CHANGED') || isBookingError(error, 'SOLD_OUT') || isBookingError(error, 'TRIP_CHANGED')) revalidatePath('/[locale]/checkout', 'page');
      throw error;
    }
    revalidatePath('/[locale]/trip', 'page');
    redirectTo(await paymentTarget(placed.orderId, placed.reference, locale, actor));
  },
});

/** Where the traveller goes after the order is held: the provider's page (absolute, or the sandbox's localized path), or the confirmation. */
async function paymentTarget(orderId: string, reference: string, locale: Locale, actor: { id: string; role: string } | null): Promise<string> {
  const done = `/${locale}/checkout/done?ref=${encodeURIComponent(reference)}`;
  try {
    registerFeatures();
    registerFulfilment();
    const started = await startOrderPayment({ orderId, locale, actor, appUrl: await currentLinkBase() });
    return started.method === 'CARD' ? started.redirectUrl : done;
  } catch (error) {
    // The order stays held; the confirmation page offers to try the payment again.
    if (!isBookingError(error) && !isPaymentError(error)) console.error('[booking] payment could not start', error);
    return `${done}&retry=1`;
  }
}

/** "Pay again" on the confirmation page, after a decline or an abandoned payment, while the hold lasts. */
export const retryPaymentAction = defineAction({
  name: 'retryPayment',
  access: 'anyone',
  errorsInWords: true,
  schema: z.object({
    reference: z.string().trim().min(1, { error: 'checkout.errors.orderNotFound' }).max(20, { error: 'checkout.errors.orderNotFound' }),
    // the signed link from the mail or the payment page (lib/booking/confirmation-link.ts)
    t: z.string().max(500, { error: 'checkout.errors.orderNotFound' }).optional(),
  }),
  async handler({ reference, t }, { viewer, locale }) {
    const { owner } = await currentTripOwner();
    const lookupCookie = (await cookies()).get(BOOKING_COOKIE)?.value;
    const order = await getOrderForOwner(owner, reference, { lookupCookie, linkToken: t ?? null });
    if (!order) return { error: 'checkout.errors.orderNotFound' };
    if (order.status !== 'HELD' || order.holdExpiresAt <= new Date()) return { error: 'checkout.errors.holdExpired' };
    registerFeatures();
    registerFulfilment();
    const started = await startOrderPayment({ orderId: order.orderId, locale, actor: viewer ? { id: viewer.id, role: viewer.role } : null, appUrl: await currentLinkBase() });
    redirectTo(started.method === 'CARD' ? started.redirectUrl : `/${locale}/checkout/done?ref=${encodeURIComponent(order.reference)}`);
  },
});

export const acceptPriceAction = defineAction({
  name: 'acceptNewPrice',
  access: 'anyone',
  errorsInWords: true,
  schema: z.object({ itemId: z.string().min(1, { error: 'checkout.errors.required' }).max(100, { error: 'checkout.errors.invalid' }) }),
  async handler(input) {
    const { owner } = await currentTripOwner();
    await acceptNewPrice({ owner, input });
    revalidatePath('/[locale]/checkout', 'page');
    revalidatePath('/[locale]/trip', 'page');
    return { ok: true, message: 'checkout.prices.accepted' };
  },
});
