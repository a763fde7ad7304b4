import { configuredDefaultLocale, locales, type Locale } from './locales';

/**
 * The canonical URL of a page and its `hreflang` alternates in every language plus `x-default` (the
 * business's default language). Relative here; the root layout's `metadataBase` (APP_URL) makes them
 * absolute. `search` is the page's canonical query string (`?…`), if the page has one.
 */
export function localeAlternates(locale: Locale, path: string, search = '') {
  const suffix = (path === '/' ? '' : path) + search;
  return {
    canonical: `/${locale}${suffix}`,
    languages: { ...Object.fromEntries(locales.map((l) => [l, `/${l}${suffix}`])), 'x-default': `/${configuredDefaultLocale()}${suffix}` },
  };
}
