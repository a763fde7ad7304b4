import { expect, test } from '@playwright/test';
import { BUDGETS, KB } from '@/lib/bench/budgets';
import { launchChromium, measureLayoutShift, mobileContext } from '@/lib/bench/layout-shift';
import { nextRuntimeScripts, pageWeight } from '@/lib/bench/page-weight';

// The demo catalog is seeded relative to the day of the run, so dates are too.
function localDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/**
 * Issue 19, point 5: the production build's pages stay light and still. Byte budgets (gzip HTML and
 * first-load JavaScript beyond Next.js's own runtime, lib/bench/budgets.ts and page-weight.ts) and
 * cumulative layout shift in Chromium on a phone viewport without cookies, so the cookie banner shows
 * (lib/bench/layout-shift.ts). Checkout is measured with a filled trip.
 */
test('public pages and checkout stay within their weight and layout-shift budgets', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const base = baseURL!;
  const flights = `/en/flights?from=GYD&to=ALA&depart=${localDate(14)}&adults=1&trip=oneway`;
  const hotels = `/en/hotels?city=almaty&checkIn=${localDate(12)}&checkOut=${localDate(14)}&guests=2&rooms=1`;

  // Real ids from the results, and a trip with one flight for checkout.
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(flights);
  const offer = (await page.locator('a[href*="/flights/offer/"]').first().getAttribute('href'))!;
  await page.goto(hotels);
  const articles = page.getByRole('article');
  await expect(articles.first()).toBeVisible();
  expect(await articles.count(), 'a full page of hotel results').toBe(20);
  const hotel = (await page.locator('a[href^="/en/hotels/"][href*="checkIn"]').first().getAttribute('href'))!;
  await page.goto(offer);
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await page.waitForURL(/\/en\/trip/);
  const cookies = (await context.cookies()).map((c) => ({ name: c.name, value: c.value, url: base }));
  await context.close();
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');

  const kinds: { name: string; path: string; html?: number; js: number; personal?: boolean }[] = [
    { name: 'home', path: '/en', html: BUDGETS.homeHtmlGzip, js: BUDGETS.publicAppJsGzip },
    { name: 'legal page', path: '/en/legal/agreement', js: BUDGETS.publicAppJsGzip },
    { name: 'flight results', path: flights, html: BUDGETS.resultsHtmlGzip, js: BUDGETS.publicAppJsGzip },
    { name: 'hotel results (20)', path: hotels, html: BUDGETS.resultsHtmlGzip, js: BUDGETS.publicAppJsGzip },
    { name: 'hotel page', path: hotel, js: BUDGETS.publicAppJsGzip },
    { name: 'flight offer page', path: offer, js: BUDGETS.publicAppJsGzip },
    { name: 'checkout', path: '/en/checkout', js: BUDGETS.checkoutAppJsGzip, personal: true },
    { name: 'checkout confirmation (look-up)', path: '/en/checkout/done', js: BUDGETS.checkoutAppJsGzip, personal: true },
  ];

  const runtime = nextRuntimeScripts();
  const chromium = await launchChromium();
  const over: string[] = [];
  try {
    for (const kind of kinds) {
      const weight = await pageWeight(base, kind.path, kind.personal ? { cookie: cookieHeader } : {}, runtime);
      const phone = await mobileContext(chromium, kind.personal ? cookies : []);
      const cls = await measureLayoutShift(phone, base + kind.path);
      await phone.close();
      console.log(`${kind.name}: HTML ${kb(weight.htmlGzip)}, first-load JS ${kb(weight.jsGzip)} in ${weight.scripts} scripts (${kb(weight.appJsGzip)} beyond Next.js's runtime), CLS ${cls.toFixed(3)}`);
      if (kind.html !== undefined && weight.htmlGzip > kind.html) over.push(`${kind.name}: HTML ${kb(weight.htmlGzip)} > ${kb(kind.html)}`);
      if (weight.appJsGzip > kind.js) over.push(`${kind.name}: first-load JS beyond Next.js's runtime ${kb(weight.appJsGzip)} > ${kb(kind.js)}`);
      if (cls > BUDGETS.cumulativeLayoutShift) over.push(`${kind.name}: CLS ${cls.toFixed(3)} > ${BUDGETS.cumulativeLayoutShift}`);
    }
  } finally {
    await chromium.close();
  }
  expect(over).toEqual([]);
});
