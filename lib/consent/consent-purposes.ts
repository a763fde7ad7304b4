import type { ConsentRecordPurpose, ConsentRecordSource } from '@/lib/db/generated/enums';
import type { LegalDocumentName } from '@/lib/legal/documents';
import type { OptionalCookieCategory } from '@/lib/consent/cookie-consent';

export type { ConsentRecordPurpose, ConsentRecordSource };

/** The document each purpose's consent refers to; its version is stored with the record. */
export const purposeDocument: Record<ConsentRecordPurpose, LegalDocumentName> = {
  BOOKING_PROCESSING: 'privacy',
  CO_TRAVELLER_DATA: 'privacy',
  SPECIAL_CATEGORY_DATA: 'privacy',
  MARKETING_EMAIL: 'privacy',
  COOKIES_PREFERENCES: 'cookies',
  COOKIES_ANALYTICS: 'cookies',
  COOKIES_MARKETING: 'cookies',
};

export const cookiePurpose: Record<OptionalCookieCategory, ConsentRecordPurpose> = {
  preferences: 'COOKIES_PREFERENCES',
  analytics: 'COOKIES_ANALYTICS',
  marketing: 'COOKIES_MARKETING',
};

/**
 * Purposes that rest on consent after the booking is made and can be withdrawn at any time, so a
 * new privacy policy asks for them again (Privacy Policy 15). Booking processing and co-traveller
 * consent belong to one booking and end with it.
 */
export const reconsentPurposes = ['MARKETING_EMAIL'] as const satisfies readonly ConsentRecordPurpose[];
