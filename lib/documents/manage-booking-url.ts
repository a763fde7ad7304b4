import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

/** Where a traveller finds the order again (reference + surname), in the mail's language. */
export function manageBookingUrl(locale: Locale): string {
  return `${env().APP_URL.replace(/\/+$/, '')}/${locale}/booking`;
}
