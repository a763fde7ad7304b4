/**
 * The `rules` message catalogs (content/messages/<locale>/rules.json) against the code: the same keys and
 * placeholders in all four languages, a message for every key and reason code the rules can return, and
 * every message renders through use-intl (the runtime of next-intl) without an error.
 */
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import az from '../../content/messages/az/rules.json';
import en from '../../content/messages/en/rules.json';
import kk from '../../content/messages/kk/rules.json';
import ru from '../../content/messages/ru/rules.json';
import { toMajorString, type Money } from '../money';
import { describeItemRules, RULES_MESSAGE_KEYS } from './describe-item-rules';
import { REASON_CODES } from './reasons';
import { before, flight, hotel, kzt, RATES, transfer, usd } from './test-factories';
import type { MessageDescriptor } from './types';

const catalogs = { en, ru, az, kk } as const;
type Locale = keyof typeof catalogs;
const locales = Object.keys(catalogs) as Locale[];

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Argument names of an ICU message, including those inside plural/select branches. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const text = (i: number, nested: boolean): number => {
    while (i < message.length) {
      const ch = message[i];
      if (ch === '{') i = argument(i + 1);
      else if (ch === '}' && nested) return i;
      else i += 1;
    }
    return i;
  };
  const readUntil = (i: number, stops: string): [string, number] => {
    let j = i;
    while (j < message.length && !stops.includes(message[j]!)) j += 1;
    return [message.slice(i, j).trim(), j];
  };
  const argument = (i: number): number => {
    const [name, afterName] = readUntil(i, ',}');
    names.add(name);
    if (message[afterName] === '}') return afterName + 1;
    const [type, afterType] = readUntil(afterName + 1, ',}');
    if (message[afterType] === '}') return afterType + 1;
    if (!['plural', 'select', 'selectordinal'].includes(type)) throw new Error(`unexpected argument type ${type}`);
    let j = afterType + 1;
    for (;;) {
      while (/\s/.test(message[j] ?? '')) j += 1;
      if (message[j] === '}') return j + 1;
      const [, afterSelector] = readUntil(j, '{');
      j = text(afterSelector + 1, true) + 1;
    }
  };
  text(0, false);
  return [...names].sort();
}

const flat = Object.fromEntries(locales.map((l) => [l, flatten(catalogs[l])])) as Record<Locale, Map<string, string>>;
const englishKeys = [...flat.en.keys()].sort();

/** What the UI does before rendering: Money and Date become strings. */
function formatValues(values: MessageDescriptor['values']): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      v instanceof Date ? v.toISOString() : typeof v === 'object' ? `${toMajorString(v as Money)} ${(v as Money).currency}` : v,
    ]),
  );
}

function render(locale: Locale, key: string, values: Record<string, string | number>): string {
  const errors: string[] = [];
  const t = createTranslator({
    locale,
    messages: { rules: catalogs[locale] } as Record<string, unknown>,
    namespace: 'rules',
    onError: (error) => errors.push(error.message),
  });
  const text = (t as unknown as (k: string, v: Record<string, string | number>) => string)(key, values);
  expect(errors, `${locale} ${key}`).toEqual([]);
  return text;
}

describe('rules message catalogs', () => {
  it.each(locales)('%s has exactly the English keys', (locale) => {
    expect([...flat[locale].keys()].sort()).toEqual(englishKeys);
  });

  it('every reason code has a message, and nothing else sits under reasons', () => {
    expect(englishKeys.filter((k) => k.startsWith('reasons.')).sort()).toEqual(REASON_CODES.map((c) => `reasons.${c}`).sort());
  });

  it('every summary key has a message, and no message is unused', () => {
    expect(englishKeys.filter((k) => !k.startsWith('reasons.')).sort()).toEqual([...RULES_MESSAGE_KEYS].sort());
  });

  it.each(englishKeys)('%s has the same placeholders in all four languages', (key) => {
    const expected = argumentsOf(flat.en.get(key)!);
    for (const locale of locales) expect(argumentsOf(flat[locale].get(key)!), locale).toEqual(expected);
  });

  it('reason messages take no placeholders, since quotes carry none', () => {
    for (const key of englishKeys.filter((k) => k.startsWith('reasons.'))) expect(argumentsOf(flat.en.get(key)!)).toEqual([]);
  });

  const samples: Array<[string, MessageDescriptor[]]> = [
    ['AZN flight', describeItemRules(flight(), before(flight().departureAt, 48))],
    ['USD flight, not issued', describeItemRules(flight({ price: usd('200'), issued: false }), new Date('2025-06-01'), { fx: RATES })],
    ['non-refundable flight', describeItemRules(flight({ fareRules: { refundable: false, changeable: false, refundPenalty: null } }))],
    ['KZT hotel, first night', describeItemRules(hotel({ price: kzt('180000'), firstNight: kzt('60000') }), new Date('2025-06-30T00:00:00Z'))],
    ['percent hotel', describeItemRules(hotel({ cancellation: { type: 'FREE_UNTIL', freeUntil: new Date('2025-06-28T20:00:00Z'), penalty: { kind: 'PERCENT', percent: 30 } } }))],
    ['non-refundable hotel', describeItemRules(hotel({ cancellation: { type: 'NON_REFUNDABLE' } }))],
    ['economy transfer', describeItemRules(transfer(), before(transfer().pickupAt, 20))],
    ['business transfer', describeItemRules(transfer({ vehicleClass: 'BUSINESS' }), transfer().pickupAt)],
  ];

  it.each(samples)('what describeItemRules returns for a %s renders in every language, every placeholder filled', (_name, messages) => {
    for (const { key, values } of messages) {
      expect(argumentsOf(flat.en.get(key)!)).toEqual(Object.keys(values).sort());
      for (const locale of locales) {
        const text = render(locale, key, formatValues(values));
        expect(text).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('plural forms read naturally', () => {
    const values = { deadline: '2025-07-01 03:00', hours: 24 };
    expect(render('en', 'transfer.freeCancellation', values)).toBe('Free cancellation until 2025-07-01 03:00, 24 hours before pickup.');
    expect(render('ru', 'transfer.freeCancellation', values)).toBe('Бесплатная отмена до 2025-07-01 03:00 — за 24 часа до подачи.');
    expect(render('ru', 'transfer.freeCancellation', { ...values, hours: 5 })).toContain('за 5 часов до подачи');
    expect(render('ru', 'common.refundToCard', { minDays: 1, maxDays: 30 })).toContain('от 1 до 30 дней');
    expect(render('ru', 'transfer.waiting', { minutes: 60, delayMinutes: 30 })).toContain('до 60 минут');
  });

  it.each(englishKeys.filter((k) => k.startsWith('reasons.')))('%s renders in every language', (key) => {
    for (const locale of locales) expect(render(locale, key, {}).length).toBeGreaterThan(5);
  });
});
