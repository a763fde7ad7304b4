import { expect, test } from './fixtures';
import { CONSENT_COOKIE, parseConsent, serializeConsent } from '@/lib/consent/cookie-consent';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { expectNoHorizontalScroll, nonEssentialCookies } from './privacy-helpers';
import { expectNoAxeViolations } from './accessibility';

// The banner is in the root layout once lib/privacy/HANDOFF.md is applied; the privacy pages render it
// in any case, so the tests start there.
const page1 = '/en/privacy';

test('the banner sits in the page flow at the top, with Reject all as prominent as Accept all', async ({ page, context }) => {
  await page.goto(page1);
  const banner = page.getByTestId('cookie-banner');
  await expect(banner).toBeVisible();
  expect(await nonEssentialCookies(context)).toEqual([]);

  expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  const accept = banner.getByRole('button', { name: 'Accept all' });
  const reject = banner.getByRole('button', { name: 'Reject all' });
  const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
  expect(Math.abs(a!.height - r!.height)).toBeLessThanOrEqual(1);
  expect(await accept.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).fontWeight])).toEqual(
    await reject.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).fontWeight]),
  );
  await expect(banner.getByRole('link', { name: 'Choose by category' })).toHaveAttribute('href', '/en/cookies/settings');
  await expectNoAxeViolations(page);
});

test('Reject all: only strictly necessary cookies, no banner on the next pages, and none set later', async ({ page, context }) => {
  await page.goto(page1);
  await page.getByTestId('cookie-banner').getByRole('button', { name: 'Reject all' }).click();
  await expect(page.getByTestId('cookie-banner')).toHaveCount(0);

  const consent = parseConsent((await context.cookies()).find((c) => c.name === CONSENT_COOKIE)?.value);
  expect(consent).toMatchObject({ version: COOKIE_POLICY_VERSION, categories: { preferences: false, analytics: false, marketing: false } });
  const cookie = (await context.cookies()).find((c) => c.name === CONSENT_COOKIE)!;
  const days = (cookie.expires * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(395);
  expect(days).toBeLessThanOrEqual(396);

  for (const path of ['/en', '/en/legal/cookies', '/ru/privacy', page1]) {
    await page.goto(path);
    await expect(page.getByTestId('cookie-banner')).toHaveCount(0);
  }
  await page.goto('/en?cur=EUR');
  expect(await nonEssentialCookies(context)).toEqual([]);
});

test('Accept all records the choice; the settings page shows it and withdrawing deletes preference cookies', async ({ page, context, baseURL }) => {
  await page.goto(page1);
  await page.getByTestId('cookie-banner').getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByTestId('cookie-banner')).toHaveCount(0);
  expect(parseConsent((await context.cookies()).find((c) => c.name === CONSENT_COOKIE)?.value)?.categories).toEqual({
    preferences: true,
    analytics: true,
    marketing: true,
  });
  await context.addCookies([{ name: 'karvan_currency', value: 'EUR', url: baseURL! }]);

  await page.goto('/en/cookies/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Cookie settings' })).toBeVisible();
  await expect(page.getByTestId('cookie-choice-state')).toContainText('is valid until');
  await expect(page.getByRole('checkbox', { name: 'Allow Preferences cookies' })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: 'Allow Preferences cookies' }).uncheck();
  await page.getByRole('checkbox', { name: 'Allow Analytics cookies' }).uncheck();
  await page.getByRole('button', { name: 'Save my choice' }).click();
  await expect(page.getByRole('status')).toHaveText('Your choice has been saved.');
  await expect(page.getByRole('checkbox', { name: 'Allow Preferences cookies' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Allow Marketing cookies' })).toBeChecked();
  const names = (await context.cookies()).map((c) => c.name);
  expect(names).not.toContain('karvan_currency');
});

test('a choice older than 13 months, or made under another cookie policy version, is asked again', async ({ page, context, baseURL }) => {
  const old = { version: COOKIE_POLICY_VERSION, id: '0b6f2f4e-4c1a-4d8e-9a53-3f1c2b7d9e10', categories: { preferences: true, analytics: false, marketing: false } };
  await context.addCookies([{ name: CONSENT_COOKIE, value: serializeConsent({ ...old, decidedAt: new Date(Date.now() - 397 * 86_400_000).toISOString() }), url: baseURL! }]);
  await page.goto(page1);
  await expect(page.getByTestId('cookie-banner')).toBeVisible();

  await context.addCookies([{ name: CONSENT_COOKIE, value: serializeConsent({ ...old, version: '2000-01-01', decidedAt: new Date().toISOString() }), url: baseURL! }]);
  await page.goto(page1);
  await expect(page.getByTestId('cookie-banner')).toBeVisible();
  await page.goto('/en/cookies/settings');
  await expect(page.getByTestId('cookie-choice-state')).toContainText('Our cookie policy has changed');

  await context.addCookies([{ name: CONSENT_COOKIE, value: serializeConsent({ ...old, decidedAt: new Date().toISOString() }), url: baseURL! }]);
  await page.goto(page1);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('cookie-banner')).toHaveCount(0);
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the banner and the settings page fit', async ({ page }) => {
    await page.goto('/kk/privacy');
    await expect(page.getByTestId('cookie-banner')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.goto('/az/cookies/settings');
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
