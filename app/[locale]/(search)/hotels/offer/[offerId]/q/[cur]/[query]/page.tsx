import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { quoteOffer } from '@/lib/pricing/quote-offer';
import { loadCurrentFeeSchedule } from '@/lib/pricing/load-current-fee-schedule';
import { getSuppliers } from '@/lib/inventory/suppliers';
import { PriceSummary, RulesList } from '@/components/search/offer-summary';
import { AddToTripButton } from '@/components/trip/add-to-trip-button';
import { OfferGone } from '@/components/search/offer-gone';
import { CancellationBadge, Stars } from '@/components/search/hotel-results';
import { momentIn } from '@/components/search/format';
import { codeOrText } from '@/components/search/translator';
import { queryPageInput } from '@/app/[locale]/(search)/_shared/query-page';
import { priceContext } from '@/app/[locale]/(search)/_shared/context';

// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its key and served
// from the page cache for a minute: its price is checked with the supplier again when it is added to the trip, at checkout and at the hold (tests/integration/pages-price-recheck.test.ts); nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/hotels/offer/[offerId]/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search.hotels.offer' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function HotelOfferPage({ params }: PageProps<'/[locale]/hotels/offer/[offerId]/q/[cur]/[query]'>) {
  const { locale: raw, offerId, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { displayCurrency: display } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search.hotels' });
  const ts = await getTranslations({ locale, namespace: 'search' });
  const tTrip = await getTranslations({ locale, namespace: 'trip' });
  const at = new Date();
  const offer = await getSuppliers().hotels.getOffer(offerId, at);
  if (!offer) return <OfferGone locale={locale} back="/hotels" />;
  const { displayCurrency, rates } = await priceContext(display, locale);
  const quote = quoteOffer(offer, { rates, schedule: await loadCurrentFeeSchedule() });
  const soldOut = offer.roomsLeft < offer.rooms || offer.checkInAt <= at;
  const stay = `checkIn=${offer.checkIn}&checkOut=${offer.checkOut}&guests=${offer.guests}&rooms=${offer.rooms}`;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/hotels/${offer.hotel.slug}?${stay}`} className="text-brand-700 underline">
          {t('seeRooms')}
        </Link>
      </p>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('offer.heading', { hotel: offer.hotel.name })}</h1>
        <p className="text-slate-700">
          <Stars count={offer.hotel.stars} t={ts} /> · {offer.hotel.address}
        </p>
      </header>
      {soldOut && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t('offer.soldOut')}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="stay-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="stay-heading" className="text-lg font-semibold">
              {t('offer.stay')}
            </h2>
            <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <dt className="font-medium">{t('offer.checkInAt')}</dt>
              <dd>{momentIn(offer.checkInAt, offer.hotel.timeZone, locale)}</dd>
              <dt className="font-medium">{t('offer.checkOutAt')}</dt>
              <dd>{momentIn(offer.checkOutAt, offer.hotel.timeZone, locale)}</dd>
              <dt className="font-medium">{t('offer.room')}</dt>
              <dd>
                {codeOrText(ts, `hotels.roomTypes.${offer.roomType.code}`, offer.roomType.code)} · {codeOrText(ts, `hotels.beds.${offer.roomType.beds}`, offer.roomType.beds)} ·{' '}
                {codeOrText(ts, `hotels.boards.${offer.ratePlan.board}`, offer.ratePlan.board)}
              </dd>
              <dt className="font-medium">{t('guests')}</dt>
              <dd>
                {offer.guests} · {t('roomCount', { count: offer.rooms })}
              </dd>
            </dl>
            <CancellationBadge offer={offer} locale={locale} at={at} t={ts} />
          </section>
          <RulesList quote={quote} locale={locale} timeZone={offer.hotel.timeZone} rates={rates} />
        </div>
        <div className="flex flex-col gap-4">
          <PriceSummary quote={quote} locale={locale} nights={offer.nights} displayCurrency={displayCurrency} rates={rates} />
          {!soldOut && <AddToTripButton kind="HOTEL" offerId={offer.offerId} locale={locale} labels={{ addToTrip: tTrip('addToTrip'), adding: tTrip('adding') }} />}
        </div>
      </div>
    </div>
  );
}
