import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { SearchTabs } from '@/components/home/search-tabs';
import { FlightSearchForm } from '@/components/search/flight-search-form';
import { HotelSearchForm } from '@/components/search/hotel-search-form';
import { TransferSearchForm } from '@/components/search/transfer-search-form';
import { addDays, FLIGHT_DAYS, HOTEL_DAYS, localDateOf } from '@/lib/inventory/catalog';
import { parseFlightParams, parseHotelParams, parseTransferParams } from '@/lib/inventory/search-params';
import { popularRoutesForHome } from '@/lib/inventory/popular-routes';
import { PopularRoutes } from '@/components/home/popular-routes';
import { RecentSearches } from '@/components/home/recent-searches';

// The same for everyone, cached for an hour: its forms' earliest dates follow the calendar day.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: localeAlternates(locale as Locale, '/') };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  const kinds = ['flights', 'hotels', 'transfers'] as const;
  const now = new Date();
  const today = localDateOf(now);
  const popular = await popularRoutesForHome(now);
  // The same forms as the search pages, empty: submitting one opens its results page.
  const forms = {
    flights: <FlightSearchForm locale={locale as Locale} values={parseFlightParams({}, today).values} errors={{}} minDate={today} maxDate={addDays(today, FLIGHT_DAYS - 1)} />,
    hotels: <HotelSearchForm locale={locale as Locale} values={parseHotelParams({}, today).values} errors={{}} minDate={today} maxDate={addDays(today, HOTEL_DAYS)} />,
    transfers: <TransferSearchForm locale={locale as Locale} values={parseTransferParams({}, today).values} errors={{}} minDate={today} maxDate={addDays(today, HOTEL_DAYS - 1)} />,
  };

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="home-heading" className="flex flex-col gap-3">
        <p className="text-sm font-medium tracking-wide text-brand-700 uppercase">{t('brand')}</p>
        <h1 id="home-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {t('home.heading')}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">{t('home.intro')}</p>
      </section>

      <section aria-label={t('home.searchLabel')}>
        <SearchTabs
          label={t('home.searchLabel')}
          tabs={kinds.map((kind) => ({
            id: kind,
            label: t(`home.tabs.${kind}`),
            panel: (
              <div className="flex flex-col gap-4">
                <p className="text-slate-700">{t(`home.panels.${kind}`)}</p>
                {forms[kind]}
              </div>
            ),
          }))}
        />
      </section>

      <PopularRoutes locale={locale as Locale} routes={popular} />

      <section aria-labelledby="promises-heading">
        <h2 id="promises-heading" className="mb-4 text-xl font-semibold">
          {t('home.promises.heading')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {(['fees', 'rules', 'data'] as const).map((key) => (
            <li key={key} className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
              {t(`home.promises.${key}`)}
            </li>
          ))}
        </ul>
      </section>

      {/* Last on the page: it appears after loading (read from this browser), so nothing below it moves. */}
      <RecentSearches locale={locale} heading={t('home.recent.heading')} kindLabels={{ flights: t('home.recent.flights'), hotels: t('home.recent.hotels') }} />
    </div>
  );
}
