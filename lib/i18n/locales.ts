// Plain data, safe to import anywhere (proxy, server, client, tests).
export const locales = ['en', 'ru', 'az', 'kk'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The business decides the default language, not the browser (DEFAULT_LOCALE, default `en`). */
export function configuredDefaultLocale(value = process.env.DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : 'en';
}

/** Names shown in the language switcher, each in its own language. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  az: 'Azərbaycanca',
  kk: 'Қазақша',
};

/** BCP 47 tags used for Intl formatting. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', az: 'az-Latn-AZ', kk: 'kk-KZ' };

/** The strictly necessary cookie that remembers a chosen language (next-intl's locale cookie). */
export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' } as const;
