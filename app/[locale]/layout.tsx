import '../globals.css';
import { karvanSans } from '../fonts/karvan-sans';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/i18n/site-url';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { CookieBanner } from '@/components/cookies/cookie-banner';
import { CONSENT_SCRIPT } from '@/components/cookies/consent-script';
import { ErrorTextsProvider } from '@/components/layout/error-texts';

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
 * No messages provider here: the header, footer and banner islands get their words as props, so a
 * public page ships none of next-intl's client code; each personal area has its own provider
 * (components/layout/client-messages.tsx) (issue 19, point 5).
 */
export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tBanner] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getTranslations({ locale, namespace: 'cookies.banner' })]);
  const bannerTexts = {
    title: tBanner('title'),
    text: tBanner('text'),
    policy: tBanner('policy'),
    error: tBanner('error'),
    acceptAll: tBanner('acceptAll'),
    rejectAll: tBanner('rejectAll'),
    settings: tBanner('settings'),
  };

  return (
    <html lang={locale} className={karvanSans.variable}>
      <body className="flex min-h-screen flex-col">
        {/* Before anything paints: hides the banner when a choice is already held (no layout shift). */}
        <script dangerouslySetInnerHTML={{ __html: CONSENT_SCRIPT }} />
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <CookieBanner locale={locale} texts={bannerTexts} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
          <ErrorTextsProvider texts={{ title: t('error.title'), body: t('error.body'), retry: t('error.retry') }}>{children}</ErrorTextsProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
