import { defineRouting } from 'next-intl/routing';
import { configuredDefaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale: configuredDefaultLocale(),
  localePrefix: 'always',
  // The browser's language decides only the first visit; afterwards the cookie (set when the
  // visitor's locale differs from the browser's) keeps their choice. Strictly necessary cookie.
  localeDetection: true,
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});
