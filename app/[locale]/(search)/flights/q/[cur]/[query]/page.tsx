import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { addDays, FLIGHT_DAYS, localDateOf } from '@/lib/inventory/catalog';
import { cityName, airportLabel } from '@/lib/inventory/places';
import { searchFlightResults } from '@/lib/inventory/search-flights';
import { calendarRange, fareCalendarForPage } from '@/lib/inventory/fare-calendar';
import { FareCalendar } from '@/components/search/fare-calendar';
import { parseFlightParams, type FlightQuery } from '@/lib/inventory/search-params';
import type { Place } from '@/lib/inventory/places';
import { FlightSearchForm } from '@/components/search/flight-search-form';
import { FlightFilters, FLIGHT_FILTER_KEYS } from '@/components/search/flight-filters';
import { FlightResultCard } from '@/components/search/flight-results';
import { Pagination, SortLinks } from '@/components/search/pagination';
import { ResultsLayout } from '@/components/search/results-layout';
import { RememberSearch } from '@/components/search/remember-search';
import { localDate } from '@/components/search/format';
import { SearchFormToggle } from '@/components/search/search-form-toggle';
import { UnavailableNote } from '@/components/search/unavailable-note';
import { ResultsSkeleton } from '../../../../_shared/results-skeleton';
import { flightResultsCache, priceContext, sortPriceOf, toUrlParams, type SearchParamsRecord } from '../../../../_shared/context';
import { publicSearch, queryPageInput } from '../../../../_shared/query-page';
import { SaveSearchForm } from '@/components/alerts/save-search-form';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';
// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its query and
// served from the page cache for a minute; nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}


export async function generateMetadata({ params }: PageProps<'/[locale]/flights/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale, cur, query } = await params;
  const t = await getTranslations({ locale, namespace: 'search.flights' });
  return { title: t('metaTitle'), description: t('intro'), alternates: localeAlternates(locale as Locale, '/flights', publicSearch(queryPageInput(cur, query).sp)) };
}

function placeName(place: Place, locale: Locale) {
  return place.kind === 'CITY' ? cityName(place.cityId, locale) : `${airportLabel(place.value, locale).cityName} (${place.value})`;
}

async function FlightResultsSection({ locale, query, params, display }: { locale: Locale; query: FlightQuery; params: SearchParamsRecord; display: DisplayCurrency | null }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const [pricing, tPrice] = await Promise.all([priceContext(display, locale), getTranslations({ locale, namespace: 'price' })]);
  const { rates } = pricing;
  const now = new Date();
  const range = calendarRange(query.depart, localDateOf(now));
  const [results, calendar] = await Promise.all([
    searchFlightResults(query, now, { rates, cache: flightResultsCache, sortPrice: sortPriceOf('FLIGHT', pricing) }),
    fareCalendarForPage({ origins: query.from.airports, destinations: query.to.airports, cabin: query.cabin, seats: query.adults + query.children, fromDay: range.fromDay, toDay: range.toDay, notBefore: now }, rates),
  ]);
  const urlParams = toUrlParams(params);
  const filtered = FLIGHT_FILTER_KEYS.some((k) => k !== 'page' && urlParams.has(k) && urlParams.get(k) !== '');
  const passengers = query.adults + query.children + query.infants;
  const offerQuery = `?${urlParams.toString()}`;
  const heading = t('flights.results', { count: results.total, from: placeName(query.from, locale), to: placeName(query.to, locale) });

  return (
    <>
    <RememberSearch entry={{ kind: 'flights', query: urlParams.toString(), title: t('common.recentFlightTitle', { from: placeName(query.from, locale), to: placeName(query.to, locale), date: localDate(query.depart, locale) }) }} />
    <ResultsLayout
      headingId="flight-results-heading"
      heading={heading}
      top={<FareCalendar locale={locale} days={calendar.days} recent={calendar.recent} strip={range.strip} month={range.month} selected={query.depart} params={urlParams} />}
      filters={<FlightFilters locale={locale} params={urlParams} query={query} facets={results.facets} />}
      extra={<SaveSearchForm locale={locale} kind="FLIGHT" query={urlParams.toString()} currency={pricing.displayCurrency} />}
      sort={
        <SortLinks
          locale={locale}
          path="/flights"
          params={urlParams}
          current={query.sort}
          options={(['price', 'duration', 'departure'] as const).map((value) => ({ value, label: t(`flights.sort.${value}`) }))}
        />
      }
      note={
        <>
          <p className="text-xs text-slate-600 sm:text-sm">{t('common.localTimesNote')}</p>
          {results.unavailable.length > 0 && <UnavailableNote text={t('common.someUnavailable')} />}
        </>
      }
      empty={results.total === 0 ? { title: t('flights.emptyTitle'), body: filtered ? t('flights.emptyFilteredBody') : t('flights.emptyBody') } : null}
      pagination={<Pagination locale={locale} path="/flights" params={urlParams} page={results.page} pageCount={results.pageCount} />}
      footnote={<p className="text-xs text-slate-600">{tPrice('notice')}</p>}
    >
      {results.cards.map((card, i) => (
        <FlightResultCard key={card.key} card={card} index={i} common={{ locale, t, pricing, passengers, offerQuery }} />
      ))}
    </ResultsLayout>
    </>
  );
}

export default async function FlightsPage({ params }: PageProps<'/[locale]/flights/q/[cur]/[query]'>) {
  const { locale: raw, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { sp, displayCurrency } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search' });
  const today = localDateOf(new Date());
  const parsed = parseFlightParams(sp, today);
  const errors = parsed.status === 'INVALID' ? parsed.errors : {};

  return (
    <div className="flex flex-col gap-4 sm:gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('flights.heading')}</h1>
        {/* With results on screen, phones skip the intro: the first result belongs on the first screen. */}
        <p className={parsed.status === 'VALID' ? 'hidden text-slate-700 sm:block' : 'text-slate-700'}>{t('flights.intro')}</p>
      </header>
      <SearchFormToggle locale={locale} collapsed={parsed.status === 'VALID'}>
        <FlightSearchForm locale={locale} values={parsed.values} errors={errors} minDate={today} maxDate={addDays(today, FLIGHT_DAYS - 1)} />
      </SearchFormToggle>
      {parsed.status === 'EMPTY' && (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white/60 p-6">
          <h2 className="font-semibold">{t('flights.startTitle')}</h2>
          <p className="text-slate-700">{t('flights.startBody')}</p>
        </section>
      )}
      {parsed.status === 'VALID' && (
        <Suspense key={toUrlParams(sp).toString()} fallback={<ResultsSkeleton locale={locale} />}>
          <FlightResultsSection locale={locale} query={parsed.query} params={sp} display={displayCurrency} />
        </Suspense>
      )}
    </div>
  );
}
