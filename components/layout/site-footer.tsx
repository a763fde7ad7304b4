import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Link } from '@/lib/i18n/link';
import { CurrencySwitcher } from './currency-switcher';
import type { Locale } from '@/lib/i18n/locales';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, tPrivacy, tCookies, tPrice] = await Promise.all([
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'privacy' }),
    getTranslations({ locale, namespace: 'cookies' }),
    getTranslations({ locale, namespace: 'price' }),
  ]);
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label={t('footer.label')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><Link locale={locale} href="/legal/agreement" className="underline hover:text-brand-700">{t('footer.agreement')}</Link></li>
            <li><Link locale={locale} href="/legal/privacy" className="underline hover:text-brand-700">{t('footer.privacy')}</Link></li>
            <li><Link locale={locale} href="/legal/cookies" className="underline hover:text-brand-700">{t('footer.cookies')}</Link></li>
            <li><Link locale={locale} href="/cookies/settings" className="underline hover:text-brand-700">{tCookies('settings.title')}</Link></li>
            <li><Link locale={locale} href="/privacy" className="underline hover:text-brand-700">{tPrivacy('hub.title')}</Link></li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <CurrencySwitcher labels={{ displayCurrency: tPrice('displayCurrency'), displayNone: tPrice('displayNone'), apply: tPrice('apply') }} />
        </Suspense>
        <p>{t('footer.copyright', { year: new Date().getUTCFullYear() })}</p>
      </div>
    </footer>
  );
}
