import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { clientWords } from '@/lib/i18n/client-words';
import type { Words } from '@/lib/i18n/words';

/** The catalog keys the checkout form (and its error summary's field names, field-label.ts) says. */
const FORM_MESSAGES = [
  'checkout.requiredNote',
  'checkout.rulesHeading',
  'checkout.sameAsFirstPassenger',
  'checkout.kinds',
  'checkout.errors',
  'checkout.support',
  'checkout.assistance',
  'checkout.contact',
  'checkout.promo',
  'checkout.payment',
  'checkout.consents',
  'checkout.prices.resolveFirst',
  'checkout.hotel',
  'checkout.transfer',
  'checkout.passenger',
  // the reasons a trip goes to support instead (checkout-form.tsx's SUPPORT_REASONS)
  'rules.reasons.UNACCOMPANIED_MINOR',
  'rules.reasons.SPECIAL_ASSISTANCE_REQUIRED',
  'rules.reasons.LATE_PREGNANCY',
] as const;

export type CheckoutFormWords = { words: Words; agreement: ReactNode; dataProcessing: ReactNode };

/**
 * The checkout form's words, formatted here so that checkout ships no next-intl client (issue 19,
 * point 5): plain strings with `{markers}` for what the form fills in, and the two consents with
 * their links as rendered nodes.
 */
export async function checkoutFormWords(locale: string, hrefs: { agreement: string; privacy: string }): Promise<CheckoutFormWords> {
  const [words, t] = await Promise.all([clientWords(locale, FORM_MESSAGES), getTranslations({ locale, namespace: 'checkout.consents' })]);
  const link = (href: string) =>
    function ConsentLink(chunks: ReactNode) {
      return (
        <a href={href} target="_blank" rel="noopener" className="text-brand-800 underline">
          {chunks}
        </a>
      );
    };
  return { words, agreement: t.rich('agreement', { link: link(hrefs.agreement) }), dataProcessing: t.rich('dataProcessing', { link: link(hrefs.privacy) }) };
}
