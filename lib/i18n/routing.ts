import { defineRouting } from 'next-intl/routing';
import { configuredDefaultLocale, LOCALE_COOKIE, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale: configuredDefaultLocale(),
  localePrefix: 'always',
  // The browser's language decides only the first visit; afterwards the cookie (set when the
  // visitor's locale differs from the browser's) keeps their choice. Strictly necessary cookie.
  localeDetection: true,
  localeCookie: { ...LOCALE_COOKIE },
});
