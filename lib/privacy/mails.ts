import { createTranslator } from 'use-intl/core';
import { env } from '@/lib/env';
import { loadMessages } from '@/lib/i18n/messages';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { renderMailLayout } from '@/lib/mail/layout';
import type { MailMessage } from '@/lib/mail/types';

/**
 * The privacy emails (content/messages/<locale>/privacy.json, "mail"): confirmation links for data
 * requests and account deletion, the restore link, and notices. Built here; rendered and sent by the
 * transactional outbox (privacy-mail-templates.ts), which mints each link when it sends the mail.
 */
type T = (key: string, values?: Record<string, string | number>) => string;

/** Catalogs are plain JSON here (no generated message types), so keys are checked by the catalog tests. */
export function privacyTranslator(locale: Locale, namespace = 'privacy.mail'): T {
  return createTranslator({ locale, messages: loadMessages(locale), namespace }) as unknown as T;
}

const translator = (locale: Locale) => privacyTranslator(locale);

function brandAndFooter(locale: Locale) {
  const common = privacyTranslator(locale, 'mail');
  return { brand: common('brand'), footer: common('footer.automatic') };
}

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function appLink(locale: Locale, path: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${env().APP_URL}/${locale}${path}${search ? `?${search}` : ''}`;
}

function build(locale: Locale, to: string, key: string, build: (t: T) => { paragraphs: string[]; action?: { label: string; url: string }; notes?: string[] }, values: Record<string, string> = {}): MailMessage {
  const t = translator(locale);
  const content = build(t);
  const { html, text } = renderMailLayout({
    locale,
    ...brandAndFooter(locale),
    heading: t(`${key}.heading`, values),
    paragraphs: content.paragraphs,
    action: content.action,
    fallback: content.action ? t('fallback') : undefined,
    notes: content.notes,
  });
  return { to, subject: t(`${key}.subject`, values), text, html };
}

export function dataRequestVerificationMail(input: { to: string; locale: Locale; token: string; reference: string; kindLabel: string; expiresAt: Date }): MailMessage {
  const v = { reference: input.reference, kind: input.kindLabel, date: formatDate(input.expiresAt, input.locale) };
  return build(input.locale, input.to, 'verifyRequest', (t) => ({
    paragraphs: [t('verifyRequest.intro', v)],
    action: { label: t('verifyRequest.button'), url: appLink(input.locale, '/privacy/request/verify', { token: input.token }) },
    notes: [t('verifyRequest.expires', v), t('verifyRequest.ignore')],
  }), v);
}

export function dataRequestReceivedMail(input: { to: string; locale: Locale; reference: string; kindLabel: string; dueAt: Date }): MailMessage {
  const v = { reference: input.reference, kind: input.kindLabel, date: formatDate(input.dueAt, input.locale) };
  return build(input.locale, input.to, 'requestReceived', (t) => ({ paragraphs: [t('requestReceived.intro', v), t('requestReceived.due', v)] }), v);
}

export function dataRequestClosedMail(input: { to: string; locale: Locale; reference: string; kindLabel: string; outcome: 'COMPLETED' | 'REJECTED'; resolution: string | null }): MailMessage {
  const v = { reference: input.reference, kind: input.kindLabel };
  return build(input.locale, input.to, 'requestClosed', (t) => ({
    paragraphs: [t(input.outcome === 'COMPLETED' ? 'requestClosed.completed' : 'requestClosed.rejected', v), ...(input.resolution ? [input.resolution] : [])],
    notes: [t('requestClosed.complaint')],
  }), v);
}

export function deletionConfirmationMail(input: { to: string; locale: Locale; token: string; expiresInMinutes: number }): MailMessage {
  const v = { minutes: String(input.expiresInMinutes) };
  return build(input.locale, input.to, 'confirmDeletion', (t) => ({
    paragraphs: [t('confirmDeletion.intro')],
    action: { label: t('confirmDeletion.button'), url: appLink(input.locale, '/account/privacy/delete/confirm', { token: input.token }) },
    notes: [t('confirmDeletion.expires', v), t('confirmDeletion.ignore')],
  }), v);
}

export function accountDeletedMail(input: { to: string; locale: Locale; token: string; restoreUntil: Date }): MailMessage {
  const v = { date: formatDate(input.restoreUntil, input.locale) };
  return build(input.locale, input.to, 'accountDeleted', (t) => ({
    paragraphs: [t('accountDeleted.intro'), t('accountDeleted.restore', v)],
    action: { label: t('accountDeleted.button'), url: appLink(input.locale, '/privacy/restore', { token: input.token }) },
    notes: [t('accountDeleted.after', v)],
  }), v);
}

export function accountRestoredMail(input: { to: string; locale: Locale }): MailMessage {
  return build(input.locale, input.to, 'accountRestored', (t) => ({
    paragraphs: [t('accountRestored.intro')],
    action: { label: t('accountRestored.button'), url: appLink(input.locale, '/signin') },
  }));
}
