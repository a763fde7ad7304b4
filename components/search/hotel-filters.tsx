import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import type { HotelResults } from '@/lib/inventory/search-hotels';
import type { HotelQuery } from '@/lib/inventory/search-params';
import { AutoSubmitForm } from './auto-submit-form';
import { HiddenParams } from './pagination';

export const HOTEL_FILTER_KEYS = ['maxPrice', 'stars', 'free', 'board', 'page'];

export async function HotelFilters({ locale, params, query, facets }: { locale: Locale; params: URLSearchParams; query: HotelQuery; facets: HotelResults['facets'] }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const f = query.filters;
  const clear = new URLSearchParams(params);
  for (const key of HOTEL_FILTER_KEYS) clear.delete(key);
  const box = 'size-4 accent-brand-600';
  const legend = 'mb-1 text-sm font-semibold text-slate-800';
  return (
    <AutoSubmitForm action={`/${locale}/hotels`} label={t('common.filters')} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{t('common.filters')}</h2>
      <HiddenParams params={params} omit={HOTEL_FILTER_KEYS} />
      <div className="flex flex-col gap-1">
        <label htmlFor="hotel-max-price" className={legend}>
          {t('common.priceUpTo')}
        </label>
        <input
          id="hotel-max-price"
          type="number"
          name="maxPrice"
          inputMode="numeric"
          min={0}
          step={1}
          placeholder={facets.priceRange ? String(facets.priceRange.max) : undefined}
          defaultValue={f.maxPrice ?? ''}
          aria-describedby="hotel-max-price-hint"
          className="w-full rounded-lg border border-slate-400 px-3 py-2"
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
            <input type="checkbox" name="stars" value={n} defaultChecked={f.stars.includes(n)} className={box} />
            {t('hotels.filter.starsValue', { count: n })}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="free" value="1" defaultChecked={f.freeCancellation} className={box} />
        {t('hotels.filter.freeCancellation')}
      </label>
      <fieldset className="flex flex-col gap-1">
        <legend className={legend}>{t('hotels.filter.board')}</legend>
        {(['RO', 'BB', 'HB', 'FB', 'AI'] as const).map((b) => (
          <label key={b} className="flex items-center gap-2">
            <input type="checkbox" name="board" value={b} defaultChecked={f.boards.includes(b)} className={box} />
            {t(`hotels.boards.${b}`)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
          {t('common.applyFilters')}
        </button>
        <Link href={`/hotels?${clear.toString()}`} className="text-sm text-brand-700 underline">
          {t('common.clearFilters')}
        </Link>
      </div>
    </AutoSubmitForm>
  );
}
