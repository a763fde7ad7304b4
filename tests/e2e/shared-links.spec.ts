import { expect, test, type Browser, type Page } from '@playwright/test';

// The demo catalog is seeded relative to the day of the run, so dates are too.
function localDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

/** A fresh browser (no cookies, no client-side router state) that records what a broken policy would cause. */
async function openFresh(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}

test('an offer page opened from a shared link has its styles and scripts and adds the offer to the trip', async ({ page, browser }) => {
  await page.goto(`/en/flights?from=GYD&to=ALA&depart=${localDate(14)}&adults=1&trip=oneway`);
  const select = page.getByRole('article').first().getByRole('link', { name: /^Select / }).first();
  await expect(select).toBeVisible();
  const href = await select.getAttribute('href');
  expect(href).toMatch(/\/en\/flights\/offer\/F\.[^/?]*\./);

  const fresh = await openFresh(browser, href!);
  await expect(fresh.page.getByRole('heading', { level: 1, name: /Your flight: Baku to Almaty/ })).toBeVisible();
  // The stylesheet loaded and applies: the page's main column is laid out by Tailwind, not the browser's defaults.
  expect(await fresh.page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  expect(await fresh.page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth)).not.toBe('none');
  // Scripts run: the form is a React action, and it takes the offer into the trip.
  await fresh.page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(fresh.page).toHaveURL(/\/en\/trip/);
  await expect(fresh.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(fresh.problems).toEqual([]);
  await fresh.page.context().close();
});
