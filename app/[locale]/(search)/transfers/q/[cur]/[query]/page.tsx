import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { addDays, HOTEL_DAYS, localDateOf } from '@/lib/inventory/catalog';
import { airportLabel } from '@/lib/inventory/places';
import { parseTransferParams, type TransferQuery } from '@/lib/inventory/search-params';
import { getSuppliers } from '@/lib/inventory/suppliers';
import { TRANSFER_ZONES_BY_AIRPORT } from '@/lib/inventory/transfer-places';
import { TransferSearchForm } from '@/components/search/transfer-search-form';
import { TransferClassRow } from '@/components/search/transfer-results';
import { momentIn } from '@/components/search/format';
import { zonedTimeToUtc } from '@/lib/inventory/catalog/tz';
import { airportOf } from '@/lib/inventory/catalog/geo';
import { publicSearch, queryPageInput } from '@/app/[locale]/(search)/_shared/query-page';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';
import { ResultsSkeleton } from '@/app/[locale]/(search)/_shared/results-skeleton';
import { priceContext, toUrlParams, type SearchParamsRecord } from '@/app/[locale]/(search)/_shared/context';

// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its key and served
// from the page cache for a minute; nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/transfers/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale, cur, query } = await params;
  const t = await getTranslations({ locale, namespace: 'search.transfers' });
  return { title: t('metaTitle'), description: t('intro'), alternates: localeAlternates(locale as Locale, '/transfers', publicSearch(queryPageInput(cur, query).sp)) };
}

async function TransferResultsSection({ locale, query, params, display }: { locale: Locale; query: TransferQuery; params: SearchParamsRecord; display: DisplayCurrency | null }) {
  const t = await getTranslations({ locale, namespace: 'search.transfers' });
  const ts = await getTranslations({ locale, namespace: 'search' });
  const [{ offers }, pricing] = await Promise.all([getSuppliers().transfers.search(query, new Date()), priceContext(display, locale)]);
  const tPrice = await getTranslations({ locale, namespace: 'price' });
  const zone = TRANSFER_ZONES_BY_AIRPORT.get(query.airportCode)?.find((z) => z.slug === query.zoneSlug);
  const airport = airportLabel(query.airportCode, locale);
  const pickupAt = zonedTimeToUtc(query.pickupDate, query.pickupTime, airportOf(query.airportCode).timeZone);
  const offerQuery = params.cur ? `?cur=${encodeURIComponent(String(params.cur))}` : '';
  return (
    <section aria-labelledby="transfer-results-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="transfer-results-heading" className="text-xl font-semibold" aria-live="polite">
          {t('results', { airport: `${airport.cityName} (${query.airportCode})`, zone: zone?.name[locale] ?? query.zoneSlug })}
        </h2>
        <p className="text-slate-700">{t('pickup', { time: momentIn(pickupAt, airportOf(query.airportCode).timeZone, locale) })}</p>
      </div>
      {offers.length === 0 ? (
        <div className="rounded-xl border border-slate-200 bg-white p-6">
          <p className="font-semibold">{t('emptyTitle')}</p>
          <p className="text-slate-700">{t('emptyBody')}</p>
        </div>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={t('resultsHeading')}>
          {offers.map((offer) => (
            <TransferClassRow key={offer.vehicleClass} offer={offer} locale={locale} t={ts} pricing={pricing} offerQuery={offerQuery} />
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-600">{tPrice('notice')}</p>
    </section>
  );
}

export default async function TransfersPage({ params }: PageProps<'/[locale]/transfers/q/[cur]/[query]'>) {
  const { locale: raw, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { sp, displayCurrency } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search.transfers' });
  const today = localDateOf(new Date());
  const parsed = parseTransferParams(sp, today);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('heading')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </header>
      <TransferSearchForm locale={locale} values={parsed.values} errors={parsed.status === 'INVALID' ? parsed.errors : {}} minDate={today} maxDate={addDays(today, HOTEL_DAYS - 1)} />
      {parsed.status === 'EMPTY' && (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white/60 p-6">
          <h2 className="font-semibold">{t('startTitle')}</h2>
          <p className="text-slate-700">{t('startBody')}</p>
        </section>
      )}
      {parsed.status === 'VALID' && (
        <Suspense key={toUrlParams(sp).toString()} fallback={<ResultsSkeleton locale={locale} />}>
          <TransferResultsSection locale={locale} query={parsed.query} params={sp} display={displayCurrency} />
        </Suspense>
      )}
    </div>
  );
}
