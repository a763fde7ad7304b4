import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule is the check that keeps user-visible text in the catalogs; prove it is switched on
// for components and pages, and that it lets catalog lookups through.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

// ESLint loads the whole Next.js and TypeScript config on its first lint: seconds on a busy machine.
describe('no user-visible literals in components', { timeout: 60_000 }, () => {
  it('flags text written directly in JSX', async () => {
    const code = `export function Hello() {\n  return <p>Book now</p>;\n}\n`;
    expect(await ruleIds(code, 'components/example/hello.tsx')).toContain('react/jsx-no-literals');
    expect(await ruleIds(code, 'app/[locale]/example/page.tsx')).toContain('react/jsx-no-literals');
  });

  it('flags literal aria-label, alt, title and placeholder text', async () => {
    const code = `export function Img() {\n  return <img src="/x.png" alt="A hotel" />;\n}\n`;
    expect(await ruleIds(code, 'components/example/img.tsx')).toContain('no-restricted-syntax');
  });

  it('accepts text from the catalogs and punctuation from the allow-list', async () => {
    const code = `export function Hello({ t }: { t: (k: string) => string }) {\n  return <p>{t('hello')} · {t('world')}</p>;\n}\n`;
    expect(await ruleIds(code, 'components/example/hello.tsx')).toEqual([]);
  });
});
