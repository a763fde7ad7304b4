/**
 * The one place the agency's office is described (Agreement 4.1: paying at the office before the hold
 * ends): its address in each language and its opening hours on Baku time. Checkout, the confirmation
 * page and any mail that sends a traveller there read this, never their own copy.
 */
import { createTranslator } from 'use-intl/core';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export const AGENCY_OFFICE = {
  timeZone: 'Asia/Baku',
  /** local opening hours: Monday to Friday, and Saturday; closed on Sunday */
  weekdays: { opens: '09:00', closes: '19:00' },
  saturday: { opens: '10:00', closes: '15:00' },
} as const;

export type OfficeDetails = { address: string; hours: string };

/** The office's address and opening hours in the reader's language (checkout.office in the catalogs). */
export function officeDetails(locale: Locale): OfficeDetails {
  const t = createTranslator({ locale, messages: loadMessages(locale) as never, namespace: 'checkout.office' as never }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  return {
    address: t('address'),
    hours: t('hours', {
      weekdayOpens: AGENCY_OFFICE.weekdays.opens,
      weekdayCloses: AGENCY_OFFICE.weekdays.closes,
      saturdayOpens: AGENCY_OFFICE.saturday.opens,
      saturdayCloses: AGENCY_OFFICE.saturday.closes,
    }),
  };
}
