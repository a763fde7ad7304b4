import type { Locale } from '@/lib/i18n/locales';
import type { DataRequestKind } from './data-request-schema';
import { privacyTranslator } from './mails';

/** "Access to my data" etc. in the requester's language, for emails. */
export function kindLabel(kind: DataRequestKind, locale: Locale): string {
  return privacyTranslator(locale, 'privacy.request.kinds')(`${kind}.label`);
}
