import { expect, test } from './fixtures';
import { englishCategoryLabels, readCookiePolicyTable } from '@/lib/privacy/cookie-policy-table';
import { linkFromMail, uniqueEmail } from './privacy-helpers';

/**
 * The cookie policy's table (content/legal/en/cookies.md, section 4) against what a real browser
 * session receives: browsing, the search pages, signing in through the emailed link, accepting all
 * cookies, the account and privacy pages. Every cookie received must be listed, and before the
 * choice only strictly necessary ones may exist.
 */
const table = readCookiePolicyTable('en');
const listed = new Map(table.map((row) => [row.name, englishCategoryLabels[row.categoryLabel]]));

test('every cookie a browser session receives is listed in the cookie policy, with its category', async ({ page, context }) => {
  const seen = new Set<string>();
  const collect = async () => {
    for (const cookie of await context.cookies()) seen.add(cookie.name);
  };
  const necessaryOnly = async () => {
    const cookies = await context.cookies();
    expect(cookies.filter((c) => listed.get(c.name) !== 'necessary').map((c) => c.name)).toEqual([]);
  };

  // Before any choice: browsing, another language, search pages.
  for (const path of ['/', '/ru', '/en/legal/cookies', '/en/flights', '/en/hotels', '/en/transfers', '/en/privacy', '/en/privacy/request']) {
    await page.goto(path);
    await collect();
  }
  await necessaryOnly();

  // Sign in through the real flow: the sign-in form, the emailed link.
  const email = uniqueEmail('cookies');
  const since = new Date(Date.now() - 1000);
  await page.goto('/en/signin');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/check-email$/);
  await collect();
  await page.goto(await linkFromMail(email, '/api/auth/callback', since));
  await expect(page).toHaveURL(/\/en\/account/);
  await collect();
  await necessaryOnly();

  // Accept everything, then use the site signed in.
  await page.goto('/en/privacy');
  await page.getByTestId('cookie-banner').getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByTestId('cookie-banner')).toHaveCount(0);
  for (const path of ['/en', '/en/account', '/en/account/privacy', '/en/account/marketing', '/en/cookies/settings', '/az/flights', '/en?cur=EUR']) {
    await page.goto(path);
    await collect();
  }

  const unlisted = [...seen].filter((name) => !listed.has(name));
  expect(unlisted, 'cookies the browser received that content/legal/en/cookies.md does not list').toEqual([]);
  expect(seen.has('karvan_consent')).toBe(true);
  expect([...seen].some((name) => name.endsWith('authjs.session-token'))).toBe(true);
});
