import { dateFormat, formatMoney, zoneLabel } from '@/lib/i18n/format';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import type { Money } from '@/lib/money';
import type { MessageValue } from '@/lib/rules';

// Built on lib/i18n/format's per-process formatter cache: a results page formats a few hundred times.
function dtf(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat(intlLocale[locale], { ...options, timeZone });
}

/** "AZN 1,234.50" / "1 234,50 ₸" from integer minor units. */
export const money = formatMoney;

/** "14:35" on the wall clock of the place. */
export function timeIn(at: Date, timeZone: string, locale: Locale): string {
  return dtf(locale, timeZone, { timeStyle: 'short' }).format(at);
}

/** "Thu, 10 Dec" on the wall clock of the place. */
export function dayIn(at: Date, timeZone: string, locale: Locale): string {
  return dtf(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

/** "GMT+4": the zone's offset at that moment, in the reader's language. */
export const zoneAt = zoneLabel;

/** "10 Dec 2026, 14:35 GMT+4": a moment where it happens, its zone named. */
export function momentIn(at: Date, timeZone: string, locale: Locale): string {
  return `${dtf(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(at)} ${zoneAt(at, timeZone, locale)}`;
}

/** A local calendar date ('YYYY-MM-DD') in the reader's language, without moving it through a zone. */
export function localDate(date: string, locale: Locale): string {
  return dtf(locale, 'UTC', { dateStyle: 'medium' }).format(new Date(`${date}T12:00:00Z`));
}

/** Whole days between the local dates of two moments in their zones (for "+1 day"). */
export function dayShift(from: Date, fromZone: string, to: Date, toZone: string): number {
  const d = (at: Date, tz: string) => dtf('en', tz, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const iso = (parts: Intl.DateTimeFormatPart[]) => {
    const get = (type: string) => parts.find((p) => p.type === type)!.value;
    return Date.UTC(Number(get('year')), Number(get('month')) - 1, Number(get('day')));
  };
  return Math.round((iso(d(to, toZone)) - iso(d(from, fromZone))) / 86_400_000);
}

export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

function isMoney(v: MessageValue): v is Money {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'amount' in v && 'currency' in v;
}

/** Values of a rules message descriptor, formatted: money in minor units, dates where they happen. */
export function formatRuleValues(values: Record<string, MessageValue>, locale: Locale, timeZone: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value instanceof Date) out[key] = momentIn(value, timeZone, locale);
    else if (isMoney(value)) out[key] = money(value, locale);
    else out[key] = value;
  }
  return out;
}
