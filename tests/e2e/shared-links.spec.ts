import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAs, uniqueEmail } from './privacy-helpers';

// The demo catalog is seeded relative to the day of the run, so dates are too.
function localDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

type Fresh = { page: Page; context: BrowserContext; problems: string[] };

/** A fresh browser (no client-side router state) that records what a broken page or policy causes. */
async function openFresh(browser: Browser, url: string, prepare?: (context: BrowserContext) => Promise<void>, expectedStatus = 200): Promise<Fresh> {
  const context = await browser.newContext({ locale: 'en-GB' });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The browser reports a 404 document itself; that is the page under test, not a fault.
    if (message.type() === 'error' && !(expectedStatus === 404 && /status of 404/.test(message.text()))) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(expectedStatus);
  return { page, context, problems };
}

/** Styles loaded and applied (Tailwind lays out the main column), scripts ran (React hydrated the header). */
async function expectWorking(fresh: Fresh, url: string) {
  expect(await fresh.page.evaluate(() => document.styleSheets.length), url).toBeGreaterThan(0);
  expect(await fresh.page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth), url).not.toBe('none');
  await expect(fresh.page.getByTestId('header-account').getByRole('link').first(), url).toBeVisible();
  await fresh.page.waitForLoadState('networkidle');
  expect(fresh.problems, url).toEqual([]);
}

async function firstHref(browser: Browser, url: string, selector: string): Promise<string> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(url);
  const href = await page.locator(selector).first().getAttribute('href');
  await context.close();
  expect(href, `${selector} on ${url}`).toBeTruthy();
  return href!;
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
  await fresh.context.close();
});

test('every page kind works when opened by its URL in a fresh browser', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const flights = `/en/flights?from=GYD&to=ALA&depart=${localDate(15)}&adults=1&trip=oneway`;
  const hotels = `/en/hotels?city=almaty&checkIn=${localDate(16)}&checkOut=${localDate(18)}&guests=2&rooms=1`;
  const transfers = `/en/transfers?airport=GYD&zone=baku-old-city&date=${localDate(12)}&time=14:30&passengers=1&bags=1`;
  const flightOffer = await firstHref(browser, flights, 'a[href*="/flights/offer/"]');
  const hotelPage = await firstHref(browser, hotels, 'a[href^="/en/hotels/"][href*="checkIn"]');
  const hotelOffer = await firstHref(browser, hotelPage, 'a[href*="/hotels/offer/"]');
  const transferOffer = await firstHref(browser, transfers, 'a[href*="/transfers/offer/"]');

  // A trip of its own (through the shared offer page), for the trip and checkout pages.
  const withTrip = await openFresh(browser, flightOffer);
  await withTrip.page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(withTrip.page).toHaveURL(/\/en\/trip/);
  const tripCookies = await withTrip.context.cookies();
  await withTrip.context.close();
  const keepTrip = (context: BrowserContext) => context.addCookies(tripCookies);
  const as = (role: 'TRAVELLER' | 'SUPPORT' | 'ADMIN') => async (context: BrowserContext) => {
    await signInAs(context, baseURL!, uniqueEmail(`opened-${role.toLowerCase()}`), role);
  };

  const pages: { url: string; heading: RegExp; prepare?: (c: BrowserContext) => Promise<void>; status?: number }[] = [
    { url: '/en', heading: /./ },
    { url: flights, heading: /./ },
    { url: hotels, heading: /./ },
    { url: transfers, heading: /./ },
    { url: flightOffer, heading: /Your flight/ },
    { url: hotelPage, heading: /./ },
    { url: hotelOffer, heading: /Your stay at/ },
    { url: transferOffer, heading: /Your transfer/ },
    { url: '/en/legal/agreement', heading: /./ },
    { url: '/ru/legal/privacy', heading: /./ },
    { url: '/en/cookies/settings', heading: /Cookie settings/ },
    { url: '/en/trip', heading: /./, prepare: keepTrip },
    { url: '/en/checkout', heading: /./, prepare: keepTrip },
    { url: '/en/booking', heading: /./ },
    { url: '/en/account', heading: /./, prepare: as('TRAVELLER') },
    { url: '/en/support', heading: /./, prepare: as('SUPPORT') },
    { url: '/en/admin/fees', heading: /./, prepare: as('ADMIN') },
    { url: '/en/signin', heading: /./ },
    { url: '/en/no-such-page', heading: /not found/i, status: 404 },
    { url: '/en/hotels/no-such-hotel', heading: /not found/i, status: 404 },
  ];
  for (const { url, heading, prepare, status } of pages) {
    const fresh = await openFresh(browser, url, prepare, status);
    await expect(fresh.page.getByRole('heading', { level: 1, name: heading }).first(), url).toBeVisible();
    await expectWorking(fresh, url);
    await fresh.context.close();
  }
});
