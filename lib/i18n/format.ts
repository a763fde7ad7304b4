import { displayFractionDigits, displayMajorAmount, type Money } from '../money';
import { intlLocale, type Locale } from './locales';

// Building an Intl formatter costs far more than using one (~0.1 ms each); pages format hundreds of
// prices and times, so formatters are kept per set of options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "1 234 ₸" / "AZN 15.00": integer minor units formatted for the reader's language, to the currency's customary display digits. */
export function formatMoney(money: Money, locale: Locale): string {
  const digits = displayFractionDigits(money.currency);
  return numberFormat(intlLocale[locale], {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(displayMajorAmount(money));
}

/** A date and time in the zone where it happens (an airport, a hotel), with that zone named. */
export function formatInZone(at: Date, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions = {}): string {
  return dateFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone, ...options }).format(at);
}

/** Short zone label for a place, e.g. "GMT+4" for Asia/Baku, in the reader's language. */
export function zoneLabel(at: Date, timeZone: string, locale: Locale): string {
  const part = dateFormat(intlLocale[locale], { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * The one way a moment is shown to a reader: local date and time of the zone where it happens (the
 * place's, or the agency's for office events) followed by that zone's label — "7 Dec 2026, 10:15 (GMT+4)".
 */
export function formatWithZone(at: Date, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions = {}): string {
  return `${formatInZone(at, timeZone, locale, options)} (${zoneLabel(at, timeZone, locale)})`;
}
