import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { AREA_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';

/** The messages of one area's client components (lib/i18n/client-messages.ts), for its subtree only. */
export async function ClientMessages({ area, locale, children }: { area: keyof typeof AREA_CLIENT_MESSAGES; locale?: string; children: ReactNode }) {
  // With the locale given, a cached page never falls back to reading it from the request headers.
  const messages = await getMessages(locale ? { locale } : undefined);
  return <NextIntlClientProvider messages={pickMessages(messages, AREA_CLIENT_MESSAGES[area])}>{children}</NextIntlClientProvider>;
}
