import { isLocale, LOCALE_COOKIE, type Locale } from './locales';

// Plain functions for client islands that must not ship next-intl's client code (issue 19, point 5).
// Every path carries its locale prefix (routing's `localePrefix: 'always'`).

/** `/flights` in Russian is `/ru/flights`; `/` is `/ru`. */
export function localePath(locale: Locale, path: string): string {
  return path === '/' || path === '' ? `/${locale}` : `/${locale}${path}`;
}

/** The path without its locale prefix: `/ru/flights` is `/flights`, `/ru` is `/`. */
export function withoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return pathname || '/';
  return rest.length ? `/${rest.join('/')}` : '/';
}

/**
 * What next-intl's Link does when it switches language: remember the choice in the strictly necessary
 * locale cookie (lib/i18n/locales.ts), so the next visit without a prefix opens in it.
 */
export function rememberLocale(current: Locale, next: Locale): void {
  if (current === next) return;
  const cookie = LOCALE_COOKIE;
  document.cookie = `${cookie.name}=${next};path=/;max-age=${cookie.maxAge};samesite=${cookie.sameSite}`;
}
