import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { legalDocuments } from '@/lib/legal/documents';
import { headingId } from '@/lib/legal/load-legal-document';
import { parseFrontMatter } from '@/lib/legal/parse-front-matter';
import { CURRENT_AGREEMENT_VERSION } from '@/lib/rules';

const file = (locale: string, doc: string) => path.join(process.cwd(), 'content', 'legal', locale, `${doc}.md`);

describe('legal documents', () => {
  for (const doc of legalDocuments) {
    it(`${doc} exists in every language with one version`, () => {
      const versions = locales.map((locale) => {
        expect(existsSync(file(locale, doc)), `${locale}/${doc}.md`).toBe(true);
        const { data } = parseFrontMatter(readFileSync(file(locale, doc), 'utf8'));
        expect(data.title, `${locale}/${doc} title`).toBeTruthy();
        return data.version;
      });
      expect(new Set(versions).size).toBe(1);
      expect(versions[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }

  it('publishes the agreement version the rules enforce and orders store', () => {
    const { data } = parseFrontMatter(readFileSync(file('en', 'agreement'), 'utf8'));
    expect(data.version).toBe(CURRENT_AGREEMENT_VERSION);
  });

  it('keeps the agreement clause numbers the code cites, in every language', () => {
    const cited = ['3.1.4', '4.5', '6.1', '6.2', '6.4', '8.5'];
    for (const locale of locales) {
      const body = readFileSync(file(locale, 'agreement'), 'utf8');
      for (const clause of cited) expect(body, `${locale} ${clause}`).toMatch(new RegExp(`^#+ ${clause.replaceAll('.', '\\.')}\\b`, 'm'));
    }
  });
});

describe('parseFrontMatter', () => {
  it('reads quoted and bare values and returns the body', () => {
    const { data, body } = parseFrontMatter('---\ntitle: Terms\nversion: "2026-11-23"\n---\n# Hello\n');
    expect(data).toEqual({ title: 'Terms', version: '2026-11-23' });
    expect(body).toBe('# Hello\n');
  });

  it('leaves a file without front matter untouched', () => {
    expect(parseFrontMatter('# Only text')).toEqual({ data: {}, body: '# Only text' });
  });
});

describe('headingId', () => {
  it('anchors numbered clauses by number', () => {
    expect(headingId('6.2 Transfers')).toBe('s-6-2');
    expect(headingId('6. Cancellations')).toBe('s-6');
  });
  it('slugs other headings', () => {
    expect(headingId('Cookies we set')).toBe('cookies-we-set');
  });
});
