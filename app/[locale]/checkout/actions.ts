'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect as redirectTo } from 'next/navigation';
import { currentRequestContext } from '@/lib/auth/viewer';
import { BOOKING_COOKIE } from '@/lib/booking/booking-lookup-cookie';
import { acceptNewPrice } from '@/lib/booking/accept-new-price';
import { applyPromoCode } from '@/lib/booking/apply-promo-code';
import { formToObject } from '@/lib/booking/checkout-schema';
import { BookingError, isBookingError } from '@/lib/booking/errors';
import { placeOrder } from '@/lib/booking/place-order';
import { requestAssistance } from '@/lib/booking/request-assistance';
import { startOrderPayment } from '@/lib/booking/start-order-payment';
import { getOrderForOwner } from '@/lib/booking/get-order-for-owner';
import { registerBooking } from '@/lib/booking/register-booking';
import { registerFeatures } from '@/lib/jobs/register-features';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { loadLegalDocument } from '@/lib/legal/load-legal-document';
import { isPaymentError } from '@/lib/payments/errors';
import { currentLinkBase, currentTripOwner, failureState, formValues, type BookingActionState } from './booking-action';

function localeOf(formData: FormData): Locale {
  const value = formData.get('locale');
  return isLocale(value) ? value : 'en';
}

/**
 * The checkout form. The submit button says what to do: `pay` places the order (every rule checked
 * again on the server) and sends the traveller to pay; `promo` applies the promo code; `assistance`
 * sends the trip to support instead (Agreement 8.2). Typed values come back with every error.
 */
export async function checkoutAction(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const intent = String(formData.get('intent') ?? 'pay');
  const locale = localeOf(formData);
  const values = formValues(formData);
  const { owner, viewer } = await currentTripOwner();
  const actor = viewer ? { id: viewer.id, role: viewer.role } : null;
  const context = await currentRequestContext();
  const input = formToObject(formData.entries());

  if (intent === 'promo') {
    try {
      const result = await applyPromoCode({ owner, input: { promoCode: formData.get('promoCode') ?? '' }, email: String(formData.get('contact.email') ?? '') || null });
      revalidatePath('/[locale]/checkout', 'page');
      return { ok: true, message: result.promoCode ? 'checkout.promo.applied' : 'checkout.promo.removed', values };
    } catch (error) {
      return failureState(error, 'applyPromoCode', values);
    }
  }

  if (intent === 'assistance') {
    try {
      const reasons = String(formData.get('supportReasons') ?? '').split(',').filter(Boolean);
      await requestAssistance({
        owner,
        locale,
        actor,
        context,
        input: {
          contact: (input as { contact?: unknown } | null)?.contact,
          reasons,
          message: formData.get('assistanceMessage') ?? undefined,
          consent: formData.get('assistanceConsent') === 'on',
        },
      });
      return { ok: true, message: 'checkout.assistance.sent', values };
    } catch (error) {
      return failureState(error, 'requestAssistance', values);
    }
  }

  let reference: string;
  let orderId: string;
  try {
    if (!input) throw new BookingError('INVALID_INPUT', 'checkout.errors.invalid', { fieldErrors: { _form: 'checkout.errors.invalid' } });
    const agreement = await loadLegalDocument(locale, 'agreement');
    const placed = await placeOrder({ owner, actor, input, locale, agreementVersion: agreement.version, context });
    reference = placed.reference;
    orderId = placed.orderId;
  } catch (error) {
    if (isBookingError(error, 'PRICE_CHANGED') || isBookingError(error, 'SOLD_OUT') || isBookingError(error, 'TRIP_CHANGED')) {
      revalidatePath('/[locale]/checkout', 'page');
    }
    return failureState(error, 'placeOrder', values);
  }

  revalidatePath('/[locale]/trip', 'page');
  const target = await paymentTarget(orderId, reference, locale, actor);
  redirectTo(target);
}

/** Where the traveller goes after the order is held: the provider's page (absolute, or the sandbox's localized path), or the confirmation. */
async function paymentTarget(orderId: string, reference: string, locale: Locale, actor: { id: string; role: string } | null): Promise<string> {
  const done = `/${locale}/checkout/done?ref=${encodeURIComponent(reference)}`;
  try {
    registerFeatures();
    registerBooking();
    const started = await startOrderPayment({ orderId, locale, actor, appUrl: await currentLinkBase() });
    return started.method === 'CARD' ? started.redirectUrl : done;
  } catch (error) {
    // The order stays held; the confirmation page offers to try the payment again.
    if (!isBookingError(error) && !isPaymentError(error)) console.error('[booking] payment could not start', error);
    return `${done}&retry=1`;
  }
}

/** "Pay again" on the confirmation page, after a decline or an abandoned payment, while the hold lasts. */
export async function retryPaymentAction(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const locale = localeOf(formData);
  const { owner, viewer } = await currentTripOwner();
  const token = formData.get('t');
  const lookupCookie = (await cookies()).get(BOOKING_COOKIE)?.value;
  const order = await getOrderForOwner(owner, String(formData.get('reference') ?? ''), { lookupCookie, linkToken: typeof token === 'string' ? token : null });
  if (!order) return { error: 'checkout.errors.orderNotFound' };
  if (order.status !== 'HELD' || order.holdExpiresAt <= new Date()) return { error: 'checkout.errors.holdExpired' };
  let target: string;
  try {
    registerFeatures();
    registerBooking();
    const started = await startOrderPayment({ orderId: order.orderId, locale, actor: viewer ? { id: viewer.id, role: viewer.role } : null, appUrl: await currentLinkBase() });
    target = started.method === 'CARD' ? started.redirectUrl : `/${locale}/checkout/done?ref=${encodeURIComponent(order.reference)}`;
  } catch (error) {
    if (isBookingError(error)) return { error: error.messageKey };
    if (!isPaymentError(error)) console.error('[booking] payment retry failed', error);
    return { error: 'checkout.errors.paymentUnavailable' };
  }
  redirectTo(target);
}

export async function acceptPriceAction(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  try {
    const { owner } = await currentTripOwner();
    await acceptNewPrice({ owner, input: { itemId: formData.get('itemId') } });
    revalidatePath('/[locale]/checkout', 'page');
    revalidatePath('/[locale]/trip', 'page');
    return { ok: true, message: 'checkout.prices.accepted' };
  } catch (error) {
    return failureState(error, 'acceptNewPrice');
  }
}
