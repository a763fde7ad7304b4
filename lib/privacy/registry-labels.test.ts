import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { personalDataRegistry } from './personal-data-registry';

const locales = ['en', 'ru', 'az', 'kk'] as const;
const modelsOf = (locale: string) =>
  (JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'messages', locale, 'privacy.json'), 'utf8')) as { models: Record<string, string> }).models;

describe('My data names every kind of record (issue 20, bug 10)', () => {
  it.each(locales)('every registry model shown in My data has a human label in %s', (locale) => {
    const labels = modelsOf(locale);
    const missing = personalDataRegistry.filter((spec) => spec.group !== null).map((spec) => spec.model).filter((model) => !labels[model]?.trim());
    expect(missing).toEqual([]);
  });
});
