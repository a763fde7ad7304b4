import { randomUUID } from 'node:crypto';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAs, uniqueEmail, withDb } from './privacy-helpers';

/**
 * Issue 19, point 2: public pages are cached and shared, so nothing of one visitor may reach another.
 * One traveller signs in and fills a trip, then every public page kind is loaded by them (which is
 * when a leak would enter the cache), anonymously and as a second traveller. No name, email, trip,
 * CSRF token or session value may appear, and no cacheable response may carry Set-Cookie.
 */

function localDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

type Person = { context: BrowserContext; email: string; name: string; secrets: string[] };

async function person(browser: import('@playwright/test').Browser, baseURL: string, label: string): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const email = uniqueEmail(label);
  const userId = await signInAs(context, baseURL, email);
  const name = `Zephyra ${label} ${randomUUID().slice(0, 6)}`;
  await withDb((db) => db.query('UPDATE users SET name = $1 WHERE id = $2', [name, userId]));
  // Auth.js's CSRF token (and its cookie) for this browser.
  const csrf = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const cookies = await context.cookies();
  const secrets = [email, name, userId, csrf.csrfToken, ...cookies.map((c) => c.value).filter((v) => v.length >= 16)];
  return { context, email, name, secrets };
}

async function expectClean(request: APIRequestContext, url: string, secrets: string[], who: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), `${who} ${url}`).toBe(200);
  const cacheControl = response.headers()['cache-control'] ?? '';
  // A public page must be cacheable (or this test would prove nothing about the cache)…
  expect(cacheControl, `${who} ${url}`).toMatch(/s-maxage=\d+/);
  // …and a cacheable response never carries a cookie.
  expect(response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie'), `${who} ${url}`).toEqual([]);
  const body = await response.text();
  for (const secret of secrets) expect(body.includes(secret), `${who} ${url} contains ${secret}`).toBe(false);
}

test('no one’s data in anyone else’s page, and no Set-Cookie on a cacheable response', async ({ browser, baseURL, playwright }) => {
  test.setTimeout(180_000);
  const first = await person(browser, baseURL!, 'cache-first');
  const page = await first.context.newPage();
  await page.goto(`/en/flights?from=GYD&to=IST&depart=${localDate(19)}&adults=1&trip=oneway`);
  const offer = await page.locator('a[href*="/flights/offer/"]').first().getAttribute('href');
  await page.goto(offer!);
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip/);
  // The trip's own identifiers are personal too.
  const tripIds = await withDb(async (db) => {
    const { rows } = await db.query<{ id: string; item: string }>('SELECT t.id, i.id AS item FROM trips t JOIN trip_items i ON i.trip_id = t.id JOIN users u ON u.id = t.user_id WHERE u.email = $1', [first.email]);
    return rows.flatMap((r) => [r.id, r.item]);
  });
  expect(tripIds.length).toBeGreaterThan(0);
  first.secrets.push(...tripIds);

  const hotels = `/en/hotels?city=almaty&checkIn=${localDate(20)}&checkOut=${localDate(22)}&guests=2&rooms=1`;
  await page.goto(hotels);
  const hotelPage = (await page.locator('a[href^="/en/hotels/"][href*="checkIn"]').first().getAttribute('href'))!;
  await page.goto(hotelPage);
  const hotelOffer = (await page.locator('a[href*="/hotels/offer/"]').first().getAttribute('href'))!;
  const transfers = `/en/transfers?airport=GYD&zone=baku-old-city&date=${localDate(14)}&time=10:00&passengers=1&bags=1`;
  await page.goto(transfers);
  const transferOffer = (await page.locator('a[href*="/transfers/offer/"]').first().getAttribute('href'))!;
  const publicPages = ['/en', '/ru', '/en/legal/agreement', '/en/flights', `/en/flights?from=GYD&to=IST&depart=${localDate(19)}&adults=1&trip=oneway`, hotels, transfers, hotelPage, offer!, hotelOffer, transferOffer];

  const second = await person(browser, baseURL!, 'cache-second');
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const url of publicPages) {
    // Signed in with a full trip: if anything personal reached the HTML, it is now in the cache.
    await expectClean(first.context.request, url, [], 'first');
    await expectClean(anonymous, url, first.secrets, 'anonymous');
    await expectClean(second.context.request, url, [...first.secrets, ...second.secrets], 'second');
  }
  // The header learns who is signed in from a private request, never from the page.
  const me = await first.context.request.get('/api/me');
  expect(me.headers()['cache-control']).toBe('private, no-store');
  // Its own trip's item count, for the header's counter (issue 20): the signed-in traveller's, on a private response.
  expect(await me.json()).toEqual({ signedIn: true, tripItems: 1 });
  expect(await (await anonymous.get('/api/me')).json()).toEqual({ signedIn: false, tripItems: 0 });
  // Personal pages are never stored anywhere.
  for (const url of ['/en/trip', '/en/checkout', '/en/account', '/en/booking', '/en/signin']) {
    const response = await first.context.request.get(url, { maxRedirects: 0 });
    expect(response.headers()['cache-control'], url).toMatch(/no-store/);
  }
  await anonymous.dispose();
  await first.context.close();
  await second.context.close();
});
