import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './accessibility';

test('the home page shows the product and a search panel with three tabs', async ({ page }) => {
  await page.goto('/en');
  await expect(page).toHaveTitle(/Karvan/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['Flights', 'Hotels', 'Transfers']);
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Hotels' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Hotels in the region');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a legal page renders from content/ with its version', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('contentinfo').getByRole('link', { name: 'User agreement' }).click();
  await expect(page).toHaveURL(/\/en\/legal\/agreement$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Version \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.locator('#s-6-2')).toBeAttached();
  await expectNoAxeViolations(page);
});

test('health answers 200 (liveness) and ready answers 200 with the database reachable and migrated', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const ready = await request.get('/api/ready');
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ database: 'reachable', migrations: 'current' });
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/kk', '/az/legal/agreement', '/ru/legal/cookies']) {
    test(`${path} fits without horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('the accessibility check every test uses fails on a violation', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Check</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});
