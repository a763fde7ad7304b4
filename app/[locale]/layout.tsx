import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { pickMessages, ROOT_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';
import { siteUrl } from '@/lib/i18n/site-url';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { CookieBanner } from '@/components/cookies/cookie-banner';
import { CONSENT_SCRIPT } from '@/components/cookies/consent-script';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    metadataBase: siteUrl(),
    title: { default: t('meta.title'), template: `%s · ${t('brand')}` },
    description: t('meta.description'),
    applicationName: t('brand'),
    manifest: `/manifest.webmanifest`,
  };
}

export const viewport: Viewport = { themeColor: '#0f6e68', width: 'device-width', initialScale: 1 };

/**
 * The same for every visitor: nothing here reads cookies, headers or the session, so public pages
 * below it are cached whole (lib/auth/public-pages.ts). Personal parts load on their own
 * (components/layout/header-account.tsx); personal pages read the session themselves.
 */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getMessages({ locale })]);

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Before anything paints: hides the banner when a choice is already held (no layout shift). */}
        <script dangerouslySetInnerHTML={{ __html: CONSENT_SCRIPT }} />
        <NextIntlClientProvider messages={pickMessages(messages, ROOT_CLIENT_MESSAGES)}>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          <CookieBanner />
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
