import { describe, expect, it } from 'vitest';
import { formatInZone, formatMoney, zoneLabel } from '@/lib/i18n/format';
import { minorUnitExponent } from '@/lib/money';

describe('formatMoney', () => {
  it('reads integer minor units with the currency exponent', () => {
    expect(minorUnitExponent('AZN')).toBe(2);
    expect(formatMoney({ amount: 1500, currency: 'AZN' }, 'en')).toMatch(/15\.00/);
  });
  it('shows tenge whole, as they are customarily written, rounding half away from zero (issue 20, bug 7)', () => {
    expect(formatMoney({ amount: 148235, currency: 'KZT' }, 'en')).toMatch(/^KZT\s1,482$/);
    expect(formatMoney({ amount: 148250, currency: 'KZT' }, 'en')).toMatch(/^KZT\s1,483$/);
    expect(formatMoney({ amount: -148250, currency: 'KZT' }, 'en')).toMatch(/^-KZT\s1,483$/);
    expect(formatMoney({ amount: 1234550, currency: 'KZT' }, 'ru')).toMatch(/^12\s346\sKZT$/);
    expect(formatMoney({ amount: 148235, currency: 'AZN' }, 'en')).toMatch(/^AZN\s1,482\.35$/);
  });
  it('never turns minor units into a float rounding error', () => {
    expect(formatMoney({ amount: 10, currency: 'USD' }, 'en')).toBe('US$0.10');
  });
});

describe('formatInZone', () => {
  // 2026-03-29 01:30 UTC is after the EU switch to summer time: 03:30 in Vienna, 05:30 in Baku.
  const at = new Date('2026-03-29T01:30:00Z');
  it('shows the local time of the place', () => {
    expect(formatInZone(at, 'Europe/Vienna', 'en', { timeStyle: 'short', dateStyle: undefined })).toBe('03:30');
    expect(formatInZone(at, 'Asia/Baku', 'en', { timeStyle: 'short', dateStyle: undefined })).toBe('05:30');
  });
  it('names the zone offset, which changes with daylight saving', () => {
    expect(zoneLabel(new Date('2026-01-15T12:00:00Z'), 'Europe/Vienna', 'en')).toBe('GMT+1');
    expect(zoneLabel(new Date('2026-07-15T12:00:00Z'), 'Europe/Vienna', 'en')).toBe('GMT+2');
    expect(zoneLabel(at, 'Asia/Almaty', 'en')).toBe('GMT+5');
  });
});
