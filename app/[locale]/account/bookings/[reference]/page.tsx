import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BookingDetails } from '@/components/booking/booking-details';
import { getBookingAccess } from '@/lib/auth/booking-access';
import { requireUser } from '@/lib/auth/viewer';
import { getBookingView } from '@/lib/fulfilment/get-booking-view';
import { receiptHrefFor } from '@/lib/booking/receipt-link';
import { Link } from '@/lib/i18n/link';
import { orderTimelineFor } from '@/lib/timeline/page-reads';
import { RefundTimeline } from '@/components/timeline/refund-timeline';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/bookings/[reference]'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('bookings.detail.title', { reference: reference.toUpperCase().replace(/[^A-Z0-9-]/g, '').slice(0, 32) }), robots: { index: false } };
}

export default async function AccountBookingPage({ params }: PageProps<'/[locale]/account/bookings/[reference]'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  await requireUser({ locale, returnTo: `/account/bookings/${encodeURIComponent(reference)}` });
  // Only the owner: another user's booking is a 404, exactly like a missing one. A look-up cookie for
  // the same order does not count here, this is the account.
  const access = await getBookingAccess(reference);
  if (access?.via !== 'account') notFound();
  const view = await getBookingView(access.orderId, { locale, includeContact: true });
  if (!view) notFound();
  const t = await getTranslations({ locale, namespace: 'account' });
  const timeline = await orderTimelineFor(access.orderId, new Date());

  return (
    <div className="flex flex-col gap-4">
      <Link href="/account/bookings" className="text-sm text-brand-700 underline">
        {t('bookings.detail.back')}
      </Link>
      <BookingDetails view={view} locale={locale} receiptHref={receiptHrefFor(view, locale)} />
      {timeline && <RefundTimeline timeline={timeline} locale={locale} headingId="refund-timeline-heading" />}
    </div>
  );
}
