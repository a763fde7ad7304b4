import { confirmationPath } from '@/lib/booking/confirmation-link';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

/** Where a traveller finds the order again (reference + surname), in the mail's language. */
export function manageBookingUrl(locale: Locale): string {
  return `${env().APP_URL.replace(/\/+$/, '')}/${locale}/booking`;
}

/** The booking's confirmation page, signed, so the mail opens it on any device without a cookie. */
export function confirmationUrl(locale: Locale, order: { id: string; reference: string }): string {
  return `${env().APP_URL.replace(/\/+$/, '')}${confirmationPath(locale, order)}`;
}
