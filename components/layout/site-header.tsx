import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './language-switcher';
import { HeaderAccount } from './header-account';
import { TripCount } from './trip-count';

/** The same for everyone (pages are cached): the signed-in part is HeaderAccount's private request. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, tAuth] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getTranslations({ locale, namespace: 'auth' })]);
  const navLink = 'rounded px-2 py-1 text-slate-700 hover:bg-brand-50 hover:text-brand-800';
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand-700">
          {t('brand')}
        </Link>
        <nav aria-label={t('nav.label')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1 text-sm">
            <li><Link href="/flights" className={navLink}>{t('nav.flights')}</Link></li>
            <li><Link href="/hotels" className={navLink}>{t('nav.hotels')}</Link></li>
            <li><Link href="/transfers" className={navLink}>{t('nav.transfers')}</Link></li>
            <li><Link href="/trip" className={navLink}>{t('nav.trip')}<TripCount label={t.raw('nav.tripCount') as string} /></Link></li>
            <li><Link href="/booking" className={navLink}>{t('nav.manageBooking')}</Link></li>
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LanguageSwitcher label={t('language.label')} locale={locale} />
          <HeaderAccount locale={locale} labels={{ account: t('nav.account'), signIn: t('nav.signIn'), signOut: tAuth('signOut') }} />
        </div>
      </div>
    </header>
  );
}
