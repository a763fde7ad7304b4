import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { quoteOffer } from '@/lib/pricing/quote-offer';
import { loadCurrentFeeSchedule } from '@/lib/pricing/load-current-fee-schedule';
import { getSuppliers } from '@/lib/inventory/suppliers';
import { airportLabel } from '@/lib/inventory/places';
import { PriceSummary, RulesList } from '@/components/search/offer-summary';
import { AddToTripButton } from '@/components/trip/add-to-trip-button';
import { OfferGone } from '@/components/search/offer-gone';
import { TransferUnavailable } from '@/components/search/transfer-results';
import { momentIn } from '@/components/search/format';
import { queryPageInput } from '@/app/[locale]/(search)/_shared/query-page';
import { priceContext } from '@/app/[locale]/(search)/_shared/context';

// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its key and served
// from the page cache for a minute: its price is checked with the supplier again when it is added to the trip, at checkout and at the hold (tests/integration/pages-price-recheck.test.ts); nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/transfers/offer/[offerId]/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search.transfers.offer' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function TransferOfferPage({ params }: PageProps<'/[locale]/transfers/offer/[offerId]/q/[cur]/[query]'>) {
  const { locale: raw, offerId, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { displayCurrency: display } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search.transfers' });
  const ts = await getTranslations({ locale, namespace: 'search' });
  const tTrip = await getTranslations({ locale, namespace: 'trip' });
  const offer = await getSuppliers().transfers.getOffer(offerId, new Date());
  if (!offer) return <OfferGone locale={locale} back="/transfers" />;
  const { displayCurrency, rates } = await priceContext(display, locale);
  const quote = quoteOffer(offer, { rates, schedule: await loadCurrentFeeSchedule() });
  const airport = airportLabel(offer.airport.code, locale);
  const zone = offer.zone.name[locale];

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('offer.heading', { airport: `${airport.cityName} (${offer.airport.code})`, zone })}</h1>
        <p className="text-slate-700">{t(`classes.${offer.vehicleClass}`)}</p>
      </header>
      {offer.unavailable.length > 0 && (
        <div role="alert" className="flex flex-col gap-1 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          <p className="font-semibold">{t('offer.notBookable')}</p>
          <TransferUnavailable offer={offer} locale={locale} t={ts} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="transfer-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="transfer-heading" className="text-lg font-semibold">
              {t('offer.vehicle')}
            </h2>
            <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <dt className="font-medium">{t('offer.vehicle')}</dt>
              <dd>
                {t(`classes.${offer.vehicleClass}`)} · {t(`tiers.${offer.tier}`)} · {t('example', { model: offer.example })}
              </dd>
              <dt className="font-medium">{t('offer.pickupAt')}</dt>
              <dd>
                {momentIn(offer.pickupAt, offer.pickupTimeZone, locale)} · {airport.name} ({offer.airport.code})
              </dd>
              <dt className="font-medium">{t('zone')}</dt>
              <dd>
                {zone} · {t('drive', { minutes: offer.durationMinutes, km: offer.distanceKm })}
              </dd>
              <dt className="font-medium">{t('passengers')}</dt>
              <dd>{t('offer.party', { passengers: offer.passengers, bags: offer.bags })}</dd>
              <dt className="font-medium">{t('offer.bookBy')}</dt>
              <dd>{momentIn(offer.bookableUntil, offer.pickupTimeZone, locale)}</dd>
            </dl>
          </section>
          <RulesList quote={quote} locale={locale} timeZone={offer.pickupTimeZone} rates={rates} />
        </div>
        <div className="flex flex-col gap-4">
          <PriceSummary quote={quote} locale={locale} displayCurrency={displayCurrency} rates={rates} />
          {offer.unavailable.length === 0 && <AddToTripButton kind="TRANSFER" offerId={offer.offerId} locale={locale} labels={{ addToTrip: tTrip('addToTrip'), adding: tTrip('adding') }} />}
        </div>
      </div>
    </div>
  );
}
