import { createTranslator } from 'use-intl/core';
import { loadMessages } from '@/lib/i18n/messages';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { env } from '@/lib/env';

/** Emails are written in the language of the page they were requested from (content/messages/<locale>/mail.json). */
export function mailLocale(value: unknown): Locale {
  return isLocale(value) ? value : env().DEFAULT_LOCALE;
}

export type MailTranslator = (key: string, values?: Record<string, string | number | Date>) => string;

/** `namespace`: a feature's own mail catalog (e.g. 'documents', 'afterSales'); default the shared 'mail'. */
export function mailTranslator(locale: Locale, namespace = 'mail'): MailTranslator {
  // The catalogs are untyped JSON loaded at run time, so the translator is typed by hand.
  const translate = createTranslator({ locale, messages: loadMessages(locale) as never, namespace: namespace as never }) as unknown as MailTranslator;
  return (key, values) => translate(key, values);
}
