import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BookingLookupForm } from '@/components/booking/lookup-form';
import { bookingLookupWords } from '@/components/booking/lookup-words';
import { getViewer } from '@/lib/auth/viewer';
import { localeAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { lookUpBookingAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/booking'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'booking' });
  return { title: t('lookup.metaTitle'), alternates: localeAlternates(locale as Locale, '/booking'), robots: { index: false } };
}

/** Manage booking without an account: reference + the surname of anyone travelling (issue 7). */
export default async function ManageBookingPage({ params }: PageProps<'/[locale]/booking'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, viewer] = await Promise.all([getTranslations({ locale, namespace: 'booking' }), getViewer()]);
  return (
    <section aria-labelledby="booking-lookup-heading" className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <h1 id="booking-lookup-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        {t('lookup.heading')}
      </h1>
      <p className="text-slate-700">{t('lookup.intro')}</p>
      <BookingLookupForm action={lookUpBookingAction} locale={locale} words={await bookingLookupWords(locale)} />
      <p className="text-sm text-slate-600">
        {viewer ? (
          <Link href="/account/bookings" className="underline hover:text-brand-700">
            {t('lookup.accountLink')}
          </Link>
        ) : (
          <>
            {t('lookup.signInHint')}{' '}
            <Link href={{ pathname: '/signin', query: { callbackUrl: `/${locale}/account/bookings` } }} className="underline hover:text-brand-700">
              {t('lookup.signInLink')}
            </Link>
          </>
        )}
      </p>
    </section>
  );
}
