import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadAwaitingOrders, loadTrip } from '@/lib/booking/page-reads';
import { formatMoney } from '@/lib/i18n/format';
import { localeAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { describeOffer } from '@/components/trip/describe-offer';
import { RemoveTripItemButton } from '@/components/trip/remove-trip-item-button';
import { momentIn } from '@/components/search/format';
import { promoCustomerKey } from '@/lib/booking/promo-customer-key';
import { tripPrefills } from '@/lib/booking/trip-prefills';
import { tripTimelineFor } from '@/lib/timeline/page-reads';
import { RefundTimeline } from '@/components/timeline/refund-timeline';
import { currentTripOwner } from '../checkout/booking-action';
import { priceTripForPage } from '@/lib/pricing/price-trip';
import { TripGrandTotal } from '@/components/trip/trip-grand-total';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/trip'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'trip' });
  return { title: t('metaTitle'), alternates: localeAlternates(locale as Locale, '/trip'), robots: { index: false } };
}

export default async function TripPage({ params }: PageProps<'/[locale]/trip'>) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'trip' });
  const { owner, viewer } = await currentTripOwner();
  const trip = await loadTrip(owner);
  const awaiting = trip ? await loadAwaitingOrders(trip.id) : [];
  const items = trip ? await Promise.all(trip.items.map(async (item) => ({ item, description: await describeOffer(item.offer, locale) }))) : [];
  const prefills = tripPrefills(items.map(({ item }) => item.offer));
  const has = (kind: string) => items.some(({ item }) => item.kind === kind);
  const next = prefills
    ? [
        ...(prefills.hotelHref && !has('HOTEL') ? [{ key: 'hotel' as const, href: prefills.hotelHref }] : []),
        ...(prefills.transferHref && !has('TRANSFER') ? [{ key: 'transfer' as const, href: prefills.transferHref }] : []),
      ]
    : [];
  const timeline = await tripTimelineFor({
    entries: items.map(({ item, description }) => ({ id: item.id, label: description.heading, offer: item.offer })),
    promoCode: trip?.promoCode ?? null,
    customerKey: promoCustomerKey(owner.userId, viewer?.email ?? null),
    now: new Date(),
  });
  // The grand total as checkout will charge it (lib/pricing), on the prices the traveller accepted.
  const pricing = items.length > 0 ? await priceTripForPage({ offers: items.map(({ item }) => item.offer), promoCode: trip?.promoCode ?? null, customerKey: promoCustomerKey(owner.userId, viewer?.email ?? null), at: new Date() }) : null;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('heading')}</h1>
        <p className="max-w-2xl text-slate-700">{t('intro')}</p>
      </header>

      {awaiting.length > 0 && (
        <section aria-labelledby="awaiting-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
          <h2 id="awaiting-heading" className="font-semibold text-amber-900">
            {t('awaiting.heading')}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {awaiting.map((order) => (
              <li key={order.reference}>
                <Link href={{ pathname: '/checkout/done', query: { ref: order.reference } }} className="text-brand-800 underline">
                  {t('awaiting.item', { reference: order.reference, until: momentIn(order.holdExpiresAt, 'Asia/Baku', locale) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {items.length === 0 ? (
        <section aria-labelledby="empty-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="empty-heading" className="text-lg font-semibold">
            {t('empty.heading')}
          </h2>
          <p className="text-slate-700">{t('empty.body')}</p>
        </section>
      ) : (
        <section aria-labelledby="items-heading" className="flex flex-col gap-3">
          <h2 id="items-heading" className="text-lg font-semibold">
            {t('itemsHeading', { count: items.length })}
          </h2>
          <ul className="flex flex-col gap-3">
            {items.map(({ item, description }) => (
              <li key={item.id} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="text-xs font-medium tracking-wide text-brand-700 uppercase">{t(`kinds.${item.kind}`)}</p>
                  <h3 className="font-semibold">{description.heading}</h3>
                  <ul className="text-sm text-slate-700">
                    {description.lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </div>
                <div className="flex flex-col items-start gap-2 sm:items-end">
                  <p className="text-lg font-semibold tabular-nums">{formatMoney(item.accepted, locale)}</p>
                  <RemoveTripItemButton itemId={item.id} locale={locale} label={t('remove', { item: description.heading })} text={t('removeShort')} />
                </div>
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">{t('priceNote')}</p>
          {pricing && <TripGrandTotal charge={pricing.quote.charge} converted={pricing.quote.converted} ratesAsOf={pricing.rates.asOf} locale={locale} />}
        </section>
      )}

      {next.length > 0 && (
        <section aria-labelledby="from-flight-heading" className="flex flex-col gap-3 rounded-xl border border-brand-200 bg-brand-50 p-4" data-testid="trip-next">
          <h2 id="from-flight-heading" className="text-lg font-semibold">
            {t('fromFlight.heading')}
          </h2>
          <ul className="flex flex-wrap gap-3">
            {next.map(({ key, href }) => (
              <li key={key}>
                <Link href={href} className="inline-block rounded-lg bg-white px-4 py-2 font-medium text-brand-800 underline">
                  {t(`fromFlight.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {timeline && <RefundTimeline timeline={timeline} locale={locale} headingId="refund-timeline-heading" note="ticketed" />}

      <nav aria-label={t('addMore')} className="flex flex-wrap gap-3">
        {(['flights', 'hotels', 'transfers'] as const).map((kind) => (
          <Link key={kind} href={`/${kind}`} className="rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
            {t(`add.${kind}`)}
          </Link>
        ))}
      </nav>

      {items.length > 0 && (
        <p>
          <Link href="/checkout" className="inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
            {t('toCheckout')}
          </Link>
        </p>
      )}
    </div>
  );
}
