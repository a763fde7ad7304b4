/**
 * Formatting for the order's documents (emails, PDF, calendar). Pure: no I/O, no clock.
 *
 * Amounts show the ISO code ("AZN 1,234.50", "1 234,50 KZT") rather than a symbol: a receipt must be
 * unambiguous, and the PDF's embedded font has no glyph for some symbols (₼).
 */
import { dateFormat } from '@/lib/i18n/format';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { minorUnitExponent, type Money } from '@/lib/money';
import type { MessageValue } from '@/lib/rules';

export function documentMoney(money: Money, locale: Locale): string {
  const digits = minorUnitExponent(money.currency);
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(money.amount / 10 ** digits);
}

/** "GMT+4": the zone's offset at that moment. */
function offsetLabel(at: Date, timeZone: string, locale: Locale): string {
  const part = dateFormat(intlLocale[locale], { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * "1 Dec 2026, 10:15 (GMT+4, Asia/Baku)": a moment on the wall clock of the place where it happens,
 * with the offset and the zone named, so nobody has to guess which clock a time is on.
 */
export function localMoment(at: Date, timeZone: string, locale: Locale): string {
  const local = dateFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  return `${local} (${offsetLabel(at, timeZone, locale)}, ${timeZone})`;
}

/** A moment without the zone id, for running text: "1 Dec 2026, 10:15 GMT+4". */
function shortMoment(at: Date, timeZone: string, locale: Locale): string {
  const local = dateFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  return `${local} ${offsetLabel(at, timeZone, locale)}`;
}

/** Hours and minutes of a duration, for the catalog to put into words. */
export function splitDuration(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

function isMoney(value: MessageValue): value is Money {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'amount' in value && 'currency' in value;
}

/** Values of a rules message descriptor, formatted: money with its code, dates where they happen. */
export function formatRuleValues(values: Record<string, MessageValue>, locale: Locale, timeZone: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value instanceof Date) out[key] = shortMoment(value, timeZone, locale);
    else if (isMoney(value)) out[key] = documentMoney(value, locale);
    else out[key] = value;
  }
  return out;
}
