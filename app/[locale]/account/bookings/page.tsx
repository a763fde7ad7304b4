import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { listBookings } from '@/lib/account/list-bookings';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/bookings'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('bookings.title'), robots: { index: false } };
}

export default async function BookingsPage({ params }: PageProps<'/[locale]/account/bookings'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/bookings' });
  const [bookings, t, format] = await Promise.all([listBookings(viewer, locale), getTranslations({ locale, namespace: 'account' }), getFormatter({ locale })]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('bookings.heading')}</h1>
      {bookings.length === 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-slate-200 bg-white p-6">
          <p className="text-lg font-medium">{t('bookings.empty')}</p>
          <p className="max-w-2xl text-slate-700">{t('bookings.emptyBody')}</p>
          <Link href="/flights" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t('bookings.search')}
          </Link>
        </div>
      ) : (
        <ul className="flex flex-col gap-3">
          {bookings.map((booking) => {
            const first = booking.items[0];
            return (
              <li key={booking.reference} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    href={`/account/bookings/${booking.reference}`}
                    aria-label={t('bookings.open', { reference: booking.reference })}
                    className="font-mono text-lg font-semibold text-brand-700 underline"
                  >
                    {booking.reference}
                  </Link>
                  <span className="rounded bg-sand-100 px-2 py-0.5 text-sm text-slate-800">{t(`bookings.statuses.${booking.phase}`)}</span>
                </div>
                {first && (
                  <p className="mt-1 text-slate-800">
                    {t(`bookings.kinds.${first.kind}`)}
                    {': '}
                    {first.title}
                    {' · '}
                    {format.dateTime(first.startsAt, { dateStyle: 'medium', timeZone: 'UTC' })}
                    {booking.items.length > 1 && ` ${t('bookings.more', { count: booking.items.length - 1 })}`}
                  </p>
                )}
                <p className="text-sm text-slate-600">
                  {t('bookings.bookedOn')}
                  {': '}
                  {format.dateTime(booking.createdAt, { dateStyle: 'medium', timeZone: 'UTC' })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
