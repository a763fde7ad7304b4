import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Input } from '@/components/forms/field';
import type { FlightResults } from '@/lib/inventory/search-flights';
import { TIME_BANDS, type FlightQuery } from '@/lib/inventory/search-params';
import { FilterPanel, filterLegendClass as legend } from './filter-panel';

export const FLIGHT_FILTER_KEYS: readonly string[] = ['stops', 'airline', 'time', 'maxPrice', 'refundable', 'page'];

export async function FlightFilters({ locale, params, query, facets }: { locale: Locale; params: URLSearchParams; query: FlightQuery; facets: FlightResults['facets'] }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const f = query.filters;
  return (
    <FilterPanel locale={locale} path="/flights" params={params} filterKeys={FLIGHT_FILTER_KEYS}>
      <fieldset className="flex flex-col gap-1">
        <legend className={legend}>{t('flights.filter.stops')}</legend>
        {(
          [
            ['', t('flights.filter.anyStops')],
            ['0', t('flights.filter.direct')],
            ['1', t('flights.filter.upToOne')],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <Input type="radio" name="stops" value={value} defaultChecked={(f.stops === null ? '' : String(f.stops)) === value} />
            {label}
          </label>
        ))}
      </fieldset>
      {facets.airlines.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className={legend}>{t('flights.filter.airlines')}</legend>
          {facets.airlines.map((a) => (
            <label key={a.code} className="flex items-center gap-2">
              <Input type="checkbox" name="airline" value={a.code} defaultChecked={f.airlines.includes(a.code)} />
              {t('flights.filter.airlineCount', { airline: a.name, count: a.count })}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className={legend}>{t('flights.filter.times')}</legend>
        {TIME_BANDS.map((band) => (
          <label key={band} className="flex items-center gap-2">
            <Input type="checkbox" name="time" value={band} defaultChecked={f.times.includes(band)} />
            {t(`flights.filter.${band}`)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="flight-max-price" className={legend}>
          {t('common.priceUpTo')}
        </label>
        <Input
          id="flight-max-price"
          type="number"
          name="maxPrice"
          inputMode="numeric"
          min={0}
          step={1}
          placeholder={facets.priceRange ? String(facets.priceRange.max) : undefined}
          defaultValue={f.maxPrice ?? ''}
          aria-describedby="flight-max-price-hint"
          className="w-full"
        />
        <p id="flight-max-price-hint" className="text-xs text-slate-600">
          {t('common.priceUpToHint', { currency: 'AZN' })}
        </p>
      </div>
      <label className="flex items-center gap-2">
        <Input type="checkbox" name="refundable" value="1" defaultChecked={f.refundable} />
        {t('flights.filter.refundable')}
      </label>
    </FilterPanel>
  );
}
