/** Currencies a traveller can choose for indicative amounts (issue 10). Binding prices stay in the supplier's currency. */
export const displayCurrencies = ['AZN', 'KZT', 'USD', 'EUR'] as const;
export type DisplayCurrency = (typeof displayCurrencies)[number];

export function isDisplayCurrency(value: unknown): value is DisplayCurrency {
  return typeof value === 'string' && (displayCurrencies as readonly string[]).includes(value);
}

/** Query parameter that carries the choice (works without any cookie). */
export const DISPLAY_CURRENCY_PARAM = 'cur';
/** Preferences cookie that remembers the choice, set only with consent to preference cookies. */
export const DISPLAY_CURRENCY_COOKIE = 'karvan_currency';

/** The URL's choice wins over the remembered one; no choice means no indicative amount. */
export function resolveDisplayCurrency(fromQuery: unknown, fromCookie: unknown): DisplayCurrency | null {
  if (isDisplayCurrency(fromQuery)) return fromQuery;
  if (isDisplayCurrency(fromCookie)) return fromCookie;
  return null;
}

/** The agency's own currency: what a page shows in when neither the traveller nor the language says otherwise. */
const BUSINESS_DISPLAY_CURRENCY: DisplayCurrency = 'AZN';

/**
 * The display currency of a language when the traveller chose none (issue 20): manat in
 * Azerbaijani, tenge in Kazakh, the business currency otherwise.
 */
export function localeDisplayCurrency(locale: string): DisplayCurrency {
  if (locale === 'az') return 'AZN';
  if (locale === 'kk') return 'KZT';
  return BUSINESS_DISPLAY_CURRENCY;
}
