import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { Input } from '@/components/forms/field';
import type { HotelResults } from '@/lib/inventory/search-hotels';
import type { HotelQuery } from '@/lib/inventory/search-params';
import { FilterPanel, filterLegendClass as legend } from './filter-panel';

export const HOTEL_FILTER_KEYS: readonly string[] = ['maxPrice', 'stars', 'district', 'free', 'board', 'page'];

export async function HotelFilters({ locale, params, query, facets }: { locale: Locale; params: URLSearchParams; query: HotelQuery; facets: HotelResults['facets'] }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const f = query.filters;
  return (
    <FilterPanel locale={locale} path="/hotels" params={params} filterKeys={HOTEL_FILTER_KEYS}>
      <div className="flex flex-col gap-1">
        <label htmlFor="hotel-max-price" className={legend}>
          {t('common.priceUpTo')}
        </label>
        <Input
          id="hotel-max-price"
          type="number"
          name="maxPrice"
          inputMode="numeric"
          min={0}
          step={1}
          placeholder={facets.priceRange ? String(facets.priceRange.max) : undefined}
          defaultValue={f.maxPrice ?? ''}
          aria-describedby="hotel-max-price-hint"
          className="w-full"
        />
        {facets.currency && (
          <p id="hotel-max-price-hint" className="text-xs text-slate-600">
            {facets.currency}
          </p>
        )}
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className={legend}>{t('hotels.filter.stars')}</legend>
        {[5, 4, 3, 2].map((n) => (
          <label key={n} className="flex items-center gap-2">
            <Input type="checkbox" name="stars" value={n} defaultChecked={f.stars.includes(n)} />
            {t('hotels.filter.starsValue', { count: n })}
          </label>
        ))}
      </fieldset>
      {facets.districts.length > 1 && (
        <fieldset className="flex flex-col gap-1">
          <legend className={legend}>{t('hotels.filter.district')}</legend>
          {facets.districts.map((d) => (
            <label key={d.name} className="flex items-center gap-2">
              <Input type="checkbox" name="district" value={d.name} defaultChecked={f.districts.includes(d.name)} />
              {t('hotels.filter.districtCount', { district: d.name, count: d.count })}
            </label>
          ))}
        </fieldset>
      )}
      <label className="flex items-center gap-2">
        <Input type="checkbox" name="free" value="1" defaultChecked={f.freeCancellation} />
        {t('hotels.filter.freeCancellation')}
      </label>
      <fieldset className="flex flex-col gap-1">
        <legend className={legend}>{t('hotels.filter.board')}</legend>
        {(['RO', 'BB', 'HB', 'FB', 'AI'] as const).map((b) => (
          <label key={b} className="flex items-center gap-2">
            <Input type="checkbox" name="board" value={b} defaultChecked={f.boards.includes(b)} />
            {t(`hotels.boards.${b}`)}
          </label>
        ))}
      </fieldset>
    </FilterPanel>
  );
}
