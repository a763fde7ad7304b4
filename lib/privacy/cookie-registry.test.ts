import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { parseFrontMatter } from '@/lib/legal/parse-front-matter';
import { DISPLAY_CURRENCY_COOKIE } from '@/lib/rates/display-currencies';
import { CONSENT_COOKIE } from '@/lib/consent/cookie-consent';
import { englishCategoryLabels, parseCookiePolicyTable, readCookiePolicyTable } from './cookie-policy-table';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { cookieCategoryOf, registeredCookies } from './cookie-registry';

describe('the cookie policy and the cookies the code sets', () => {
  const english = readCookiePolicyTable('en');

  it('lists every registered cookie with the same category', () => {
    for (const cookie of registeredCookies) {
      const row = english.find((r) => r.name === cookie.name);
      expect(row, `${cookie.name} (set by ${cookie.setBy}) is missing from content/legal/en/cookies.md`).toBeDefined();
      expect(englishCategoryLabels[row!.categoryLabel], cookie.name).toBe(cookie.category);
    }
  });

  it('lists no cookie the code does not know about', () => {
    for (const row of english) expect(cookieCategoryOf(row.name), row.name).toBeDefined();
  });

  it('has the same cookies, with consistently translated categories, in every language', () => {
    for (const locale of locales) {
      const rows = readCookiePolicyTable(locale);
      expect(rows.map((r) => r.name).sort(), locale).toEqual(english.map((r) => r.name).sort());
      const labelOf = new Map<string, string>();
      for (const row of rows) {
        const category = englishCategoryLabels[english.find((r) => r.name === row.name)!.categoryLabel]!;
        const seen = labelOf.get(category);
        if (seen) expect(row.categoryLabel, `${locale} ${row.name}`).toBe(seen);
        labelOf.set(category, row.categoryLabel);
      }
      expect(new Set(labelOf.values()).size, locale).toBe(labelOf.size);
    }
  });

  it('keeps the consent cookie strictly necessary and the currency cookie a preference', () => {
    expect(cookieCategoryOf(CONSENT_COOKIE)).toBe('necessary');
    expect(cookieCategoryOf(DISPLAY_CURRENCY_COOKIE)).toBe('preferences');
  });

  it('knows the cookie policy version the browser compares choices with', () => {
    for (const locale of locales) {
      const { data } = parseFrontMatter(readFileSync(path.join(process.cwd(), 'content', 'legal', locale, 'cookies.md'), 'utf8'));
      expect(data.version, `content/legal/${locale}/cookies.md version; update lib/privacy/cookie-policy-version.ts`).toBe(COOKIE_POLICY_VERSION);
    }
  });
});

describe('parseCookiePolicyTable', () => {
  it('reads rows whose first cell is a code name and skips the header', () => {
    const rows = parseCookiePolicyTable('| Cookie | Category | Purpose | Lifetime |\n|---|---|---|---|\n| `a_b` | Preferences | Remembers | 1 year |\ntext | `x` |');
    expect(rows).toEqual([{ name: 'a_b', categoryLabel: 'Preferences', purpose: 'Remembers', lifetime: '1 year' }]);
  });
});
