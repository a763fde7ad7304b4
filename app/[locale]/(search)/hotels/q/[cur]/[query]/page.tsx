import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { addDays, HOTEL_DAYS, localDateOf } from '@/lib/inventory/catalog';
import { cityName } from '@/lib/inventory/places';
import { searchHotelResults } from '@/lib/inventory/search-hotels';
import { parseHotelParams, type HotelQuery } from '@/lib/inventory/search-params';
import { HotelSearchForm } from '@/components/search/hotel-search-form';
import { HotelFilters, HOTEL_FILTER_KEYS } from '@/components/search/hotel-filters';
import { HotelResultCard } from '@/components/search/hotel-results';
import { Pagination, SortLinks } from '@/components/search/pagination';
import { ResultsLayout } from '@/components/search/results-layout';
import { RememberSearch } from '@/components/search/remember-search';
import { localDate } from '@/components/search/format';
import { SearchFormToggle } from '@/components/search/search-form-toggle';
import { UnavailableNote } from '@/components/search/unavailable-note';
import { hotelPageQuery } from '@/lib/inventory/hotel-page-links';
import { publicSearch, queryPageInput } from '@/app/[locale]/(search)/_shared/query-page';
import { SaveSearchForm } from '@/components/alerts/save-search-form';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';
import { ResultsSkeleton } from '@/app/[locale]/(search)/_shared/results-skeleton';
import { hotelResultsCache, priceContext, sortPriceOf, toUrlParams, type SearchParamsRecord } from '@/app/[locale]/(search)/_shared/context';

// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its key and served
// from the page cache for a minute; nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/hotels/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale, cur, query } = await params;
  const t = await getTranslations({ locale, namespace: 'search.hotels' });
  return { title: t('metaTitle'), description: t('intro'), alternates: localeAlternates(locale as Locale, '/hotels', publicSearch(queryPageInput(cur, query).sp)) };
}

async function HotelResultsSection({ locale, query, params, display }: { locale: Locale; query: HotelQuery; params: SearchParamsRecord; display: DisplayCurrency | null }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const at = new Date();
  const pricing = await priceContext(display, locale);
  const results = await searchHotelResults(query, at, { cache: hotelResultsCache, sortAmount: sortPriceOf('HOTEL', pricing).amount });
  const tPrice = await getTranslations({ locale, namespace: 'price' });
  const urlParams = toUrlParams(params);
  const filtered = HOTEL_FILTER_KEYS.some((k) => k !== 'page' && urlParams.has(k) && urlParams.get(k) !== '');
  // The hotel page gets the whole query, so its "Back to results" keeps filters and sort (bug 6).
  const pageQuery = hotelPageQuery(urlParams);

  return (
    <>
    <RememberSearch entry={{ kind: 'hotels', query: urlParams.toString(), title: t('common.recentHotelTitle', { city: cityName(query.cityId, locale), checkIn: localDate(query.checkIn, locale), checkOut: localDate(query.checkOut, locale) }) }} />
    <ResultsLayout
      headingId="hotel-results-heading"
      heading={t('hotels.results', { count: results.total, city: cityName(query.cityId, locale) })}
      filters={<HotelFilters locale={locale} params={urlParams} query={query} facets={results.facets} />}
      extra={<SaveSearchForm locale={locale} kind="HOTEL" query={urlParams.toString()} currency={pricing.displayCurrency} />}
      sort={
        <SortLinks
          locale={locale}
          path="/hotels"
          params={urlParams}
          current={query.sort}
          options={(['price', 'stars', 'rating'] as const).map((value) => ({ value, label: t(`hotels.sort.${value}`) }))}
        />
      }
      note={results.unavailable.length > 0 ? <UnavailableNote text={t('common.someUnavailable')} /> : undefined}
      footnote={<p className="text-xs text-slate-600">{tPrice('notice')}</p>}
      empty={results.total === 0 ? { title: t('hotels.emptyTitle'), body: filtered ? t('hotels.emptyFilteredBody') : t('hotels.emptyBody') } : null}
      pagination={<Pagination locale={locale} path="/hotels" params={urlParams} page={results.page} pageCount={results.pageCount} />}
    >
      {results.cards.map((card) => (
        <HotelResultCard key={card.hotel.id} card={card} locale={locale} t={t} at={at} stayQuery={pageQuery} pricing={pricing} />
      ))}
    </ResultsLayout>
    </>
  );
}

export default async function HotelsPage({ params }: PageProps<'/[locale]/hotels/q/[cur]/[query]'>) {
  const { locale: raw, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { sp, displayCurrency } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search' });
  const today = localDateOf(new Date());
  const parsed = parseHotelParams(sp, today);

  return (
    <div className="flex flex-col gap-4 sm:gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('hotels.heading')}</h1>
        {/* With results on screen, phones skip the intro: the first result belongs on the first screen. */}
        <p className={parsed.status === 'VALID' ? 'hidden text-slate-700 sm:block' : 'text-slate-700'}>{t('hotels.intro')}</p>
      </header>
      <SearchFormToggle locale={locale} collapsed={parsed.status === 'VALID'}>
        <HotelSearchForm locale={locale} values={parsed.values} errors={parsed.status === 'INVALID' ? parsed.errors : {}} minDate={today} maxDate={addDays(today, HOTEL_DAYS)} />
      </SearchFormToggle>
      {parsed.status === 'EMPTY' && (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white/60 p-6">
          <h2 className="font-semibold">{t('hotels.startTitle')}</h2>
          <p className="text-slate-700">{t('hotels.startBody')}</p>
        </section>
      )}
      {parsed.status === 'VALID' && (
        <Suspense key={toUrlParams(sp).toString()} fallback={<ResultsSkeleton locale={locale} />}>
          <HotelResultsSection locale={locale} query={parsed.query} params={sp} display={displayCurrency} />
        </Suspense>
      )}
    </div>
  );
}
