import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/locales';
import type { LegalDocumentName } from '@/lib/legal/documents';
import { legalDir } from '@/lib/legal/load-legal-document';
import { parseFrontMatter } from '@/lib/legal/parse-front-matter';

/**
 * Versions of the legal documents (content/legal/<locale>/<doc>.md front matter; the version is the
 * same in every language) and the changelog content/legal/CHANGES.md. Consent records store the
 * version the person saw; a newer privacy policy is shown to signed-in users again (Privacy Policy 15).
 */
export type PolicyInfo = { document: LegalDocumentName; version: string; effective: string; summary: string; title: string };

const cache = new Map<string, PolicyInfo>();

export function policyInfo(document: LegalDocumentName, locale: Locale = 'en'): PolicyInfo {
  const key = `${locale}/${document}`;
  const hit = cache.get(key);
  if (hit && process.env.NODE_ENV === 'production') return hit;
  const { data } = parseFrontMatter(readFileSync(path.join(legalDir, locale, `${document}.md`), 'utf8'));
  const info: PolicyInfo = {
    document,
    version: data.version ?? '',
    effective: data.effective ?? data.version ?? '',
    summary: data.summary ?? '',
    title: data.title ?? document,
  };
  cache.set(key, info);
  return info;
}

export function currentPolicyVersion(document: LegalDocumentName): string {
  return policyInfo(document).version;
}

export type PolicyChange = { version: string; text: string };

const documentHeadings: Record<LegalDocumentName, string> = {
  agreement: 'User Agreement',
  privacy: 'Privacy Policy',
  cookies: 'Cookie Policy',
};

/**
 * Entries of content/legal/CHANGES.md for a document: `- **<version>** — <text>` lines under its
 * `## <Title>` heading, newest first.
 */
export function parsePolicyChanges(markdown: string, document: LegalDocumentName): PolicyChange[] {
  const heading = documentHeadings[document];
  const changes: PolicyChange[] = [];
  let inSection = false;
  for (const line of markdown.split(/\r?\n/)) {
    const h2 = /^##\s+(.+?)\s*$/.exec(line);
    if (h2) {
      inSection = h2[1] === heading;
      continue;
    }
    if (!inSection) continue;
    const entry = /^[-*]\s+\*\*([^*]+)\*\*\s*[—–-]\s*(.+)$/.exec(line.trim());
    if (entry) changes.push({ version: entry[1]!.trim(), text: entry[2]!.trim() });
  }
  return changes.sort((a, b) => b.version.localeCompare(a.version));
}

/** What changed in `document` after `since` (exclusive); everything when `since` is null. */
export function policyChangesSince(document: LegalDocumentName, since: string | null): PolicyChange[] {
  const markdown = readFileSync(path.join(legalDir, 'CHANGES.md'), 'utf8');
  return parsePolicyChanges(markdown, document).filter((c) => since === null || c.version > since);
}
