import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BookingDetails } from '@/components/booking/booking-details';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { getBookingView } from '@/lib/fulfilment/get-booking-view';
import { calendarHrefFor, receiptHrefFor } from '@/lib/booking/receipt-link';
import { Link } from '@/lib/i18n/link';
import { orderTimelineFor } from '@/lib/timeline/page-reads';
import { RefundTimeline } from '@/components/timeline/refund-timeline';
import type { Locale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/booking/[reference]'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: 'booking' });
  return { title: t('detail.metaTitle', { reference: reference.toUpperCase().replace(/[^A-Z0-9-]/g, '').slice(0, 32) }), robots: { index: false } };
}

/**
 * A booking opened through /booking (reference + surname) or by its signed-in owner. Anyone else gets
 * the same 404 as for a reference that does not exist.
 */
export default async function BookingPage({ params }: PageProps<'/[locale]/booking/[reference]'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  const access = await requireBookingAccess(reference);
  const view = await getBookingView(access.orderId, { locale, includeContact: access.via === 'account' });
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: 'booking' });
  const timeline = await orderTimelineFor(access.orderId, new Date());

  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p className="text-sm">
        {access.via === 'account' ? (
          <Link href="/account/bookings" className="text-brand-800 underline">
            {t('detail.backToAccount')}
          </Link>
        ) : (
          <Link href="/booking" className="text-brand-800 underline">
            {t('detail.backToLookup')}
          </Link>
        )}
      </p>
      {access.via === 'lookup' && <p className="text-sm text-slate-600">{t('detail.lookupNote')}</p>}
      <BookingDetails view={view} locale={locale} receiptHref={receiptHrefFor(view, locale)} calendarHref={calendarHrefFor(view, locale)} />
      {timeline && <RefundTimeline timeline={timeline} locale={locale} headingId="refund-timeline-heading" />}
    </div>
  );
}
