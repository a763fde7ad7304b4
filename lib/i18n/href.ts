import type { Locale } from './locales';
import { localePath } from './locale-path';

type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;
export type Href = string | { pathname: string; query?: Record<string, QueryValue> };

/**
 * A page of this site in a language: `/trip` or `{ pathname: '/signin', query: {…} }` as next-intl's
 * getPathname spells it. Kept apart from next-intl's navigation module: importing that on the server
 * ships its client Link (and the message formatter behind it) with every page (issue 19, point 5).
 */
export function localizedHref(locale: Locale, href: Href): string {
  if (typeof href === 'string') return localePath(locale, href);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) query.append(key, String(one));
  }
  const search = query.toString();
  return localePath(locale, href.pathname) + (search ? `?${search}` : '');
}
