import { locales, type Locale } from './locales';

/** `<link rel="alternate" hreflang>` for every language of a page, plus the canonical URL. */
export function localeAlternates(locale: Locale, path: string) {
  const suffix = path === '/' ? '' : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: Object.fromEntries(locales.map((l) => [l, `/${l}${suffix}`])),
  };
}
