import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { airportLabel } from '@/lib/inventory/places';
import { quoteOffer } from '@/lib/pricing/quote-offer';
import { loadCurrentFeeSchedule } from '@/lib/pricing/load-current-fee-schedule';
import { getSuppliers } from '@/lib/inventory/suppliers';
import { FLIGHT_SALES_CLOSE_MINUTES } from '@/lib/inventory/catalog-supplier';
import { seatsNeeded } from '@/lib/inventory/catalog-supplier/flights';
import { FlightSliceView } from '@/components/search/flight-itinerary';
import { Baggage, FareBadges } from '@/components/search/flight-results';
import { PriceSummary, RulesList } from '@/components/search/offer-summary';
import { AddToTripButton } from '@/components/trip/add-to-trip-button';
import { OfferGone } from '@/components/search/offer-gone';
import { codeOrText } from '@/components/search/translator';
import { queryPageInput } from '@/app/[locale]/(search)/_shared/query-page';
import { priceContext, toUrlParams } from '@/app/[locale]/(search)/_shared/context';

// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its key and served
// from the page cache for a minute: its price is checked with the supplier again when it is added to the trip, at checkout and at the hold (tests/integration/pages-price-recheck.test.ts); nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/flights/offer/[offerId]/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search.flights.offer' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function FlightOfferPage({ params }: PageProps<'/[locale]/flights/offer/[offerId]/q/[cur]/[query]'>) {
  const { locale: raw, offerId, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { sp, displayCurrency: display } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search' });
  const tTrip = await getTranslations({ locale, namespace: 'trip' });
  const at = new Date();
  const offer = await getSuppliers().flights.getOffer(offerId, at);
  const back = `/flights?${toUrlParams(sp).toString()}`;
  if (!offer) return <OfferGone locale={locale} back={back} />;

  const { displayCurrency, rates } = await priceContext(display, locale);
  const quote = quoteOffer(offer, { rates, schedule: await loadCurrentFeeSchedule() });
  const first = offer.slices[0]!;
  const from = airportLabel(first.origin, locale).cityName;
  const to = airportLabel(first.destination, locale).cityName;
  const family = codeOrText(t, `flights.families.${offer.fareFamily.code}`, offer.fareFamily.code);
  const salesClosed = at.getTime() > first.departureAt.getTime() - FLIGHT_SALES_CLOSE_MINUTES * 60_000;
  const seatsGone = offer.seatsLeft < seatsNeeded(offer.passengers);
  const { adults, children, infants } = offer.passengers;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={back} className="text-brand-700 underline">
          {t('common.backToResults')}
        </Link>
      </p>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('flights.offer.heading', { from, to })}</h1>
        <p className="text-slate-700">
          {offer.airline.name} · {t('flights.offer.passengers', { adults, children, infants })}
        </p>
      </header>
      {(salesClosed || seatsGone) && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {salesClosed ? t('flights.offer.salesClosed') : t('flights.offer.seatsGone')}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="itinerary-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="itinerary-heading" className="text-lg font-semibold">
              {t('flights.offer.itinerary')}
            </h2>
            {offer.slices.map((slice, i) => (
              <FlightSliceView key={i} slice={slice} locale={locale} t={t} airlineName={offer.airline.name} label={i === 0 ? t('flights.outbound') : t('flights.inbound')} detailed />
            ))}
            <p className="text-sm text-slate-600">{t('common.localTimesNote')}</p>
          </section>
          <section aria-labelledby="fare-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="fare-heading" className="text-lg font-semibold">
              {t('flights.offer.fare', { family, cabin: t(`flights.cabins.${offer.fareFamily.cabin}`) })}
            </h2>
            <Baggage family={offer.fareFamily} t={t} />
            <FareBadges fareRules={offer.fareRules} t={t} />
          </section>
          <RulesList quote={quote} locale={locale} timeZone={first.originTimeZone} rates={rates} />
        </div>
        <div className="flex flex-col gap-4">
          <PriceSummary quote={quote} locale={locale} displayCurrency={displayCurrency} rates={rates} />
          {!salesClosed && !seatsGone && <AddToTripButton kind="FLIGHT" offerId={offer.offerId} locale={locale} labels={{ addToTrip: tTrip('addToTrip'), adding: tTrip('adding') }} />}
        </div>
      </div>
    </div>
  );
}
