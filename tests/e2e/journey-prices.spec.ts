import type { Page } from '@playwright/test';
import { localDate } from './booking-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 20: the web font draws ₼ and the Kazakh letters; the display currency chosen is remembered
 * after "Accept all"; "Back to results" from a hotel keeps the filters and sort.
 */

/** The fonts Chromium used to draw an element's text (DevTools' "Rendered Fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } catch {
    // The document changed between the calls (hydration): nothing measured, the poll asks again.
    return [];
  } finally {
    await cdp.detach();
  }
}

for (const [locale, text] of [
  ['az', '₼ Əə Ğğ İı Şş'],
  ['kk', '₸ Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі'],
] as const) {
  test(`in /${locale} the shipped web font draws ${text}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.waitForLoadState('networkidle');
    await page.evaluate((t) => {
      const probe = document.createElement('p');
      probe.id = 'glyph-probe';
      probe.textContent = t;
      document.querySelector('main')!.append(probe);
    }, text);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(async () => (await renderedFonts(page, '#glyph-probe')).map((f) => ({ custom: f.isCustomFont, glyphs: f.glyphCount }))).toEqual([
      { custom: true, glyphs: [...text].length },
    ]);
  });
}

test('the display currency chosen is remembered on the next pages after Accept all', async ({ page }) => {
  const flights = `/en/flights?from=baku&to=istanbul&depart=${localDate(15)}&adults=1`;
  await page.goto(flights);
  await page.getByTestId('cookie-banner').getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByTestId('cookie-banner')).toHaveCount(0);
  await page.locator('#display-currency').selectOption('EUR');
  await expect(page).toHaveURL(/cur=EUR/);
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === 'karvan_currency')?.value).toBe('EUR');

  await page.goto(`/en/hotels?city=almaty&checkIn=${localDate(20)}&checkOut=${localDate(22)}&guests=2&rooms=1`);
  await expect(page.getByRole('article').first()).toContainText('€');
  await expect(page.locator('#display-currency')).toHaveValue('EUR');
});

test('Back to results from a hotel keeps the filters and the sort', async ({ page }) => {
  await page.goto(`/en/hotels?city=almaty&checkIn=${localDate(20)}&checkOut=${localDate(23)}&guests=2&rooms=1&free=1&sort=stars`);
  await page.getByRole('article').first().getByRole('link', { name: 'See rooms and rates' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rooms and rates' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to results' }).click();
  await expect(page).toHaveURL(/free=1/);
  await expect(page).toHaveURL(/sort=stars/);
  await expect(page).toHaveURL(/city=almaty/);
});

test('results show what the traveller pays, fee included, in one currency; the offer page charges the same', async ({ page }) => {
  const stay = `checkIn=${localDate(24)}&checkOut=${localDate(26)}&guests=2&rooms=1`;
  // English without a choice: the business currency, the supplier's tenge beside it (Agreement 4.6).
  await page.goto(`/en/hotels?city=almaty&${stay}`);
  const card = page.getByRole('article').first();
  await expect(card.getByTestId('traveller-price')).toContainText('AZN');
  await expect(card).toContainText('total incl. service fee');
  await expect(card).toContainText(/KZT\s[\d,]+ in the supplier’s currency is charged/);

  // Kazakh: tenge; the hotel's page shows its cheapest rate at the same figure.
  await page.goto(`/kk/hotels?city=almaty&${stay}`);
  const shown = (await page.getByRole('article').first().getByTestId('traveller-price').textContent())!;
  expect(shown).toMatch(/₸|KZT/);
  await page.getByRole('article').first().getByRole('link').first().click();
  await expect(page.getByTestId('traveller-price').filter({ hasText: shown.trim() }).first()).toBeVisible();
});

test('the header counts the trip’s offers from a private request; the page itself stays shared', async ({ page, trip }) => {
  await page.goto('/en');
  await expect(page.getByTestId('header-trip-count')).toHaveClass(/invisible/);
  await trip.hotel({ checkInDaysAhead: 21, nights: 2 });
  await trip.transfer({ daysAhead: 21 });
  const home = await page.goto('/en');
  expect(home!.headers()['cache-control'] ?? '').not.toMatch(/private/);
  await expect(page.getByTestId('header-trip-count')).toContainText('2');
  await expect(page.getByTestId('header-trip-count')).not.toHaveClass(/invisible/);

  // The trip page shows the grand total; checkout keeps a summary with it in view.
  await page.goto('/en/trip');
  await expect(page.getByTestId('trip-grand-total')).toContainText('service fees included');
  await page.goto('/en/checkout');
  await expect(page.getByTestId('checkout-summary-sticky')).toBeVisible();
  const total = (await page.getByTestId('checkout-summary-total-sticky').textContent())!;
  await expect(page.getByText(`Amount charged now: ${total}`)).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByTestId('checkout-summary-sticky')).toBeHidden();
  await page.getByTestId('checkout-summary-collapsible').locator('summary').click();
  await expect(page.getByTestId('checkout-summary-total-collapsible')).toHaveText(total);
});

test('an offer taken out of the trip leaves it, and the last one leaves the trip empty', async ({ page, trip }) => {
  await trip.hotel({ checkInDaysAhead: 22, nights: 1 });
  await trip.transfer({ daysAhead: 22 });
  await page.goto('/en/trip');
  const remove = page.getByRole('button', { name: /^Remove / });
  await expect(remove).toHaveCount(2);
  await remove.first().click();
  await expect(remove).toHaveCount(1);
  await remove.click();
  await expect(page.getByRole('heading', { name: 'Your trip is empty' })).toBeVisible();
});
