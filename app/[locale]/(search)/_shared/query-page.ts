import { notFound } from 'next/navigation';
import { decodeCurrencySegment, decodeQuerySegment, NO_DISPLAY_CURRENCY } from '@/lib/auth/public-pages';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';
import type { SearchParamsRecord } from './context';

/**
 * The public query of a cached search page, back from the path the proxy rewrote it to
 * (lib/auth/public-pages.ts): `sp` is the URL's own query (links keep it), `displayCurrency` the
 * currency of the cache key (the URL's `cur`, else the remembered choice).
 */
export function queryPageInput(cur: string, query: string): { sp: SearchParamsRecord; displayCurrency: DisplayCurrency | null } {
  const search = decodeQuerySegment(query);
  const displayCurrency = decodeCurrencySegment(cur);
  if (!search || (displayCurrency === null && cur !== NO_DISPLAY_CURRENCY)) notFound();
  const sp: SearchParamsRecord = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    sp[key] = values.length === 1 ? values[0] : values;
  }
  return { sp, displayCurrency };
}

/** The public URL of a cached search page (for canonical and hreflang links). */
export function publicSearch(sp: SearchParamsRecord): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(sp)) for (const v of [value ?? []].flat()) q.append(key, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
