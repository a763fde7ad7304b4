import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { formatInZone, formatMoney, zoneLabel } from '@/lib/i18n/format';
import { requireUser } from '@/lib/auth/viewer';
import { getBooking } from '@/lib/account/get-booking';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/bookings/[reference]'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('bookings.detail.title', { reference: reference.toUpperCase() }), robots: { index: false } };
}

export default async function BookingPage({ params }: PageProps<'/[locale]/account/bookings/[reference]'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: `/account/bookings/${encodeURIComponent(reference)}` });
  // The owner is part of the query: another user's booking is a 404, exactly like a missing one.
  const booking = await getBooking(viewer, reference);
  if (!booking) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'account' }), getFormatter({ locale })]);
  const when = (at: Date, zone: string) => `${formatInZone(at, zone, locale)} (${zoneLabel(at, zone, locale)})`;

  return (
    <div className="flex flex-col gap-6">
      <Link href="/account/bookings" className="text-sm text-brand-700 underline">{t('bookings.detail.back')}</Link>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('bookings.detail.heading', { reference: booking.reference })}</h1>
      <dl className="grid max-w-xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-600">{t('bookings.status')}</dt>
        <dd>{t(`bookings.statuses.${booking.status}`)}</dd>
        <dt className="font-medium text-slate-600">{t('bookings.bookedOn')}</dt>
        <dd>{format.dateTime(booking.createdAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })}</dd>
        <dt className="font-medium text-slate-600">{t('bookings.detail.contact')}</dt>
        <dd className="break-all">{booking.contactEmail}</dd>
        {booking.agreementVersion && (
          <>
            <dt className="font-medium text-slate-600">{t('bookings.detail.agreement')}</dt>
            <dd>{booking.agreementVersion}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="services-heading" className="flex flex-col gap-3">
        <h2 id="services-heading" className="text-lg font-semibold">{t('bookings.detail.services')}</h2>
        <ul className="flex flex-col gap-3">
          {booking.items.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">
                {t(`bookings.kinds.${item.kind}`)}
                {': '}
                {item.title}
              </p>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">{t('bookings.detail.starts')}</dt>
                <dd>{when(item.startsAt, item.timeZone)}</dd>
                {item.endsAt && (
                  <>
                    <dt className="text-slate-600">{t('bookings.detail.ends')}</dt>
                    <dd>{when(item.endsAt, item.timeZone)}</dd>
                  </>
                )}
                <dt className="text-slate-600">{t('bookings.detail.price')}</dt>
                <dd>{formatMoney(item.price, locale)}</dd>
                <dt className="text-slate-600">{t('bookings.detail.serviceFee')}</dt>
                <dd>{formatMoney(item.serviceFee, locale)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
