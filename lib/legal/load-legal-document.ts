import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Marked } from 'marked';
import type { Locale } from '@/lib/i18n/locales';
import type { LegalDocumentName } from './documents';
import { parseFrontMatter } from './parse-front-matter';

export type LegalDocument = {
  name: LegalDocumentName;
  locale: Locale;
  title: string;
  version: string;
  effective: string;
  summary: string;
  html: string;
  headings: { id: string; text: string; depth: number }[];
};

export const legalDir = path.join(process.cwd(), 'content', 'legal');

/** "6.2 Transfers" → "s-6-2"; other headings get a slug of their words. */
export function headingId(text: string): string {
  const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(text);
  if (numbered) return `s-${numbered[1]!.replaceAll('.', '-')}`;
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

export async function loadLegalDocument(locale: Locale, name: LegalDocumentName): Promise<LegalDocument> {
  const source = await readFile(path.join(legalDir, locale, `${name}.md`), 'utf8');
  const { data, body: withTitle } = parseFrontMatter(source);
  // The page renders the title from the front matter; a leading `# Title` would repeat it.
  const body = withTitle.replace(/^\s*# [^\n]*\n/, '');
  const headings: LegalDocument['headings'] = [];
  const plainTables = new Marked();
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        const plain = text.replace(/<[^>]+>/g, '');
        const id = headingId(plain);
        headings.push({ id, text: plain, depth });
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
      // Wide tables scroll inside their own box so the page still fits a 360 px screen.
      table(token) {
        return `<div class="table-scroll">${plainTables.parser([token])}</div>`;
      },
    },
  });
  const html = await marked.parse(body);
  return {
    name,
    locale,
    title: data.title ?? name,
    version: data.version ?? '',
    effective: data.effective ?? '',
    summary: data.summary ?? '',
    html,
    headings,
  };
}
