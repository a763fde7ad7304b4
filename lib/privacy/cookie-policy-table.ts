import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CookieCategory } from '@/lib/consent/cookie-consent';

export type PolicyCookieRow = { name: string; categoryLabel: string; purpose: string; lifetime: string };

/**
 * The table of cookies in section 4 of the cookie policy: every row whose first cell is a
 * `code` cookie name. Used by tests to hold the policy and the product to each other.
 */
export function parseCookiePolicyTable(markdown: string): PolicyCookieRow[] {
  const rows: PolicyCookieRow[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!name || cells.length < 4) continue;
    rows.push({ name, categoryLabel: cells[1]!, purpose: cells[2]!, lifetime: cells[3]! });
  }
  return rows;
}

export function readCookiePolicyTable(locale: string, root = process.cwd()): PolicyCookieRow[] {
  return parseCookiePolicyTable(readFileSync(path.join(root, 'content', 'legal', locale, 'cookies.md'), 'utf8'));
}

/** The English policy's category labels. */
export const englishCategoryLabels: Record<string, CookieCategory> = {
  'Strictly necessary': 'necessary',
  Preferences: 'preferences',
  Analytics: 'analytics',
  Marketing: 'marketing',
};
