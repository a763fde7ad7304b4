import { fromMajor, type Money } from '../../money';

/** Duffel sends amounts as decimal strings in major units ("123.45"); we keep integer minor units. */
export function moneyOf(amount: string, currency: string): Money {
  return fromMajor(amount, currency.toUpperCase());
}

/** ISO 8601 durations as Duffel writes them ("PT02H26M", "P1DT2H") in minutes; null if unreadable. */
export function durationMinutes(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!m) return null;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Stable small positive numbers for Duffel's string ids, where our shapes hold numeric ids. */
export function numericId(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff;
}
