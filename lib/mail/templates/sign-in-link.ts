import type { Locale } from '@/lib/i18n/locales';
import { renderMailLayout } from '../layout';
import { mailTranslator } from '../translate';
import type { MailMessage } from '../types';

export type SignInLinkMailInput = { to: string; url: string; locale: Locale; expiresInMinutes: number };

export function signInLinkMail(input: SignInLinkMailInput): MailMessage {
  const t = mailTranslator(input.locale);
  const { html, text } = renderMailLayout({
    locale: input.locale,
    brand: t('brand'),
    heading: t('signIn.heading'),
    paragraphs: [t('signIn.intro')],
    action: { label: t('signIn.button'), url: input.url },
    fallback: t('signIn.fallback'),
    notes: [t('signIn.expires', { minutes: input.expiresInMinutes }), t('signIn.ignore')],
    footer: t('footer.automatic'),
  });
  return { to: input.to, subject: t('signIn.subject'), text, html };
}
