import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

const dir = path.join(process.cwd(), 'content', 'messages');

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    Object.assign(out, flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

function catalog(locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.json'))) {
    const namespace = file.replace(/\.json$/, '');
    Object.assign(out, flatten(JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8')), namespace));
  }
  return out;
}

function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if ('value' in el && typeof el.value === 'string') found.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) placeholders(option.value, found);
    }
    if (el.type === TYPE.tag) placeholders(el.children, found);
  }
  return found;
}

const english = catalog('en');

describe('message catalogs', () => {
  it('has English messages', () => {
    expect(Object.keys(english).length).toBeGreaterThan(20);
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const messages = catalog(locale);
      it('has every key English has, and no key English lacks', () => {
        expect(Object.keys(messages).filter((k) => !(k in english))).toEqual([]);
        expect(Object.keys(english).filter((k) => !(k in messages))).toEqual([]);
      });
      it('uses the same placeholders as English in every message', () => {
        const mismatched = Object.keys(english)
          .filter((key) => key in messages)
          .filter((key) => {
            const a = [...placeholders(parse(english[key]!))].sort().join(',');
            const b = [...placeholders(parse(messages[key]!))].sort().join(',');
            return a !== b;
          });
        expect(mismatched).toEqual([]);
      });
      it('has no empty message', () => {
        expect(Object.entries(messages).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
      });
    });
  }

  it('parses every message as ICU in every locale', () => {
    for (const locale of locales) {
      for (const [key, message] of Object.entries(catalog(locale))) {
        expect(() => parse(message), `${locale}:${key}`).not.toThrow();
      }
    }
  });
});
