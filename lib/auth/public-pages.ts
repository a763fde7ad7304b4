import { isLegalDocumentName } from '../legal/documents';
import { isLocale, type Locale } from '../i18n/locales';
import { DISPLAY_CURRENCY_PARAM, isDisplayCurrency, localeDisplayCurrency, type DisplayCurrency } from '../rates/display-currencies';

/**
 * Which pages are public and served from the server's page cache (issue 19), and how a query-string
 * page reaches that cache: the proxy rewrites `/<locale>/flights?…` to the internal route
 * `/<locale>/flights/q/<currency>/<query>`, whose path is the cache key (Next.js caches a
 * path, never a query string). Everything else is a personal or uncached page: rendered per request
 * with a nonce.
 *
 * Lifetimes (seconds) are the pages' `revalidate`; README "Decisions" explains each.
 */
export type PublicPageKind = 'home' | 'legal' | 'results' | 'hotel' | 'offer';

export type PublicPage = {
  kind: PublicPageKind;
  locale: Locale;
  /** the internal path to rewrite to, or null when the public path is itself the cached route */
  rewrite: string | null;
};

/** The marker segment of the internal routes; the proxy never serves it to a browser directly. */
const QUERY_SEGMENT = 'q';
/** `none` in the currency segment: no display currency chosen (links made before issue 20); read as the locale's. */
export const NO_DISPLAY_CURRENCY = 'none';

// Parameters that never change a page: the RSC cache-buster Next.js adds itself, and campaign tags.
const IGNORED_PARAM = /^(_rsc|utm_[a-z]+|fbclid|gclid|yclid|msclkid)$/;
// A longer query is not a search anyone typed; it is rendered but not cached under its own key.
const MAX_QUERY_LENGTH = 1500;

/**
 * The query that decides the page, in one spelling: ignored and empty parameters dropped, keys in
 * order (repeated keys keep their values' order), so `?b=2&a=1` and `?a=1&b=2&utm_source=x` share
 * one cache entry. The display currency goes in its own segment (see `displayCurrencyFor`).
 */
export function canonicalQuery(search: URLSearchParams): string {
  const entries = [...search.entries()].filter(([key, value]) => value !== '' && !IGNORED_PARAM.test(key) && key !== DISPLAY_CURRENCY_PARAM);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new URLSearchParams();
  for (const [key, value] of entries) out.append(key, value);
  const cur = search.get(DISPLAY_CURRENCY_PARAM);
  if (isDisplayCurrency(cur)) out.append(DISPLAY_CURRENCY_PARAM, cur);
  return out.toString();
}

/**
 * The display currency of a cached page is part of its key, never read from a cookie inside the
 * cached HTML: the URL's `cur` first, then the remembered choice (the preference cookie, set only
 * with consent), then the language's (issue 20: one currency on every results page).
 */
function displayCurrencyFor(search: URLSearchParams, rememberedCookie: string | undefined, locale: Locale): DisplayCurrency {
  const fromUrl = search.get(DISPLAY_CURRENCY_PARAM);
  if (isDisplayCurrency(fromUrl)) return fromUrl;
  return isDisplayCurrency(rememberedCookie) ? rememberedCookie : localeDisplayCurrency(locale);
}

function encodeQuerySegment(query: string): string {
  return query === '' ? '-' : Buffer.from(query, 'utf8').toString('base64url');
}

/** The query string back from its segment; `null` for a segment the proxy could not have made. */
export function decodeQuerySegment(segment: string): URLSearchParams | null {
  if (segment === '-') return new URLSearchParams();
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  return new URLSearchParams(Buffer.from(segment, 'base64url').toString('utf8'));
}

export function decodeCurrencySegment(segment: string): DisplayCurrency | null {
  return isDisplayCurrency(segment) ? segment : null;
}

const SLUG = /^[a-z0-9-]+$/;

/**
 * The public page a request is for, or null for every other page. `pathname` is the request's
 * (with its locale); `search` its query; `rememberedCurrency` the display-currency cookie.
 */
export function publicPage(pathname: string, search: URLSearchParams, rememberedCurrency?: string): PublicPage | null {
  const parts = pathname.split('/').slice(1);
  if (parts.at(-1) === '') parts.pop();
  const [locale, ...rest] = parts;
  if (!isLocale(locale)) return null;
  const withQuery = (path: string) => {
    const query = canonicalQuery(search);
    if (query.length > MAX_QUERY_LENGTH) return null;
    const currency = displayCurrencyFor(search, rememberedCurrency, locale);
    return `/${locale}/${path}/${QUERY_SEGMENT}/${currency}/${encodeQuerySegment(query)}`;
  };
  if (rest.length === 0) return { kind: 'home', locale, rewrite: null };
  // Next.js runs the proxy again on the path it rewrote to: that path is the same public page.
  const internal = internalRouteKind(pathname);
  if (internal) return { kind: internal, locale, rewrite: null };
  const [first, second, third, ...more] = rest;
  if (first === 'legal' && second !== undefined && third === undefined && isLegalDocumentName(second)) return { kind: 'legal', locale, rewrite: null };
  if (first !== 'flights' && first !== 'hotels' && first !== 'transfers') return null;
  if (more.length > 0) return null;
  let rewrite: string | null = null;
  let kind: PublicPageKind = 'results';
  if (second === undefined) rewrite = withQuery(first);
  else if (second === 'offer' && third !== undefined && third !== '') {
    kind = 'offer';
    rewrite = withQuery(`${first}/offer/${third}`);
  } else if (first === 'hotels' && third === undefined && SLUG.test(second) && second !== QUERY_SEGMENT && second !== 'offer') {
    kind = 'hotel';
    rewrite = withQuery(`hotels/${second}`);
  }
  return rewrite ? { kind, locale, rewrite } : null;
}

/**
 * The kind of an internal cached route (`/<locale>/flights/q/<currency>/<query>` and the like), or
 * null. Asked for directly, such a path is the same public page (its canonical link names the
 * public URL).
 */
export function internalRouteKind(pathname: string): PublicPageKind | null {
  const match = new RegExp(`^/[a-z]{2}/(flights|hotels|transfers)(/offer/[^/]+|/[a-z0-9-]+)?/${QUERY_SEGMENT}/[A-Za-z]+/[A-Za-z0-9_-]+$`).exec(pathname);
  if (!match) return null;
  if (!match[2]) return 'results';
  return match[2].startsWith('/offer/') ? 'offer' : match[1] === 'hotels' ? 'hotel' : null;
}
