import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { cityName } from '@/lib/inventory/places';
import type { PopularRoute } from '@/lib/inventory/popular-routes';
import { localDate, money } from '@/components/search/format';

/** Popular routes with the lowest adult fare of the coming weeks, each opening that day's results. */
export async function PopularRoutes({ locale, routes }: { locale: Locale; routes: PopularRoute[] }) {
  if (routes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'common.home.popular' });
  return (
    <section aria-labelledby="popular-routes-heading">
      <h2 id="popular-routes-heading" className="mb-1 text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t('note')}</p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {routes.map((r) => {
          const query = new URLSearchParams({ from: r.from, to: r.to, depart: r.day, trip: 'oneway', adults: '1' });
          return (
            <li key={`${r.from}-${r.to}`}>
              <Link href={`/flights?${query.toString()}`} className="flex items-baseline justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
                <span className="font-medium text-brand-800">{t('route', { from: cityName(r.from, locale), to: cityName(r.to, locale) })}</span>
                <span className="text-right text-sm text-slate-700">
                  {t('fromPrice', { price: money(r.lowest, locale) })}
                  <span className="block text-xs text-slate-600">{localDate(r.day, locale)}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
