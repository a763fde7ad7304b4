import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

/**
 * Issue 18: the refund timeline on the trip page and at checkout (SVG, its tables, axe, 360 px), and
 * the fare calendar on flight results (a day is a link that searches it). With SCREENSHOT_DIR set, the
 * README's screenshots are written there (docs/screenshots).
 */

function localDate(daysAhead: number, timeZone = 'Asia/Baku'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

async function noHorizontalScroll(page: Page) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.overflow-x-auto'))
      .slice(0, 3)
      .map((e) => `${e.tagName}.${e.className}`),
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), wide.join(' | ')).toBeLessThanOrEqual(0);
}

const shots = process.env.SCREENSHOT_DIR;

test('refund timeline: trip and checkout show each item and the whole trip, as a chart and as tables', async ({ page }) => {
  await page.goto(`/en/flights?from=baku&to=istanbul&depart=${localDate(12)}&adults=1&stops=0&refundable=1`);
  await page.getByRole('article').first().getByRole('link', { name: /^Select / }).first().click();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
  await page.goto(`/en/transfers?airport=GYD&zone=baku-old-city&date=${localDate(10)}&time=14:30&passengers=1&bags=1`);
  await page.getByRole('article', { name: /^Economy/ }).getByRole('link', { name: /Select/ }).click();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);

  const onTrip = page.getByRole('region', { name: 'If your plans change: what comes back' });
  await expect(onTrip.getByRole('img', { name: /Refund timeline/ })).toBeVisible();

  await page.getByRole('link', { name: 'Continue to checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'If your plans change: what comes back' });
  await expect(timeline.getByTestId('refund-timeline-chart')).toBeVisible();
  await expect(timeline).toContainText('Agreement 4.4, 6.4');
  await expectNoAxeViolations(page);

  await timeline.getByText('Show the figures as a table').click();
  // One table per item, and the whole trip per currency (the airline may file its fares in EUR or USD).
  await expect(timeline.getByRole('table', { name: /^Whole trip in [A-Z]{3}/ }).first()).toBeVisible();
  const transfer = timeline.getByRole('table', { name: /^Transfer:/ });
  // Agreement 6.2: free until 5 h before pickup, then the full price is kept, then pickup.
  await expect(transfer.getByRole('row')).toHaveCount(4);
  await expect(transfer.getByRole('rowheader').nth(1)).toContainText(/After .* your time \(.* local time\)/);
  await expect(transfer.getByRole('row').nth(2)).toContainText('It is too close to the pickup time');
  const flight = timeline.getByRole('table', { name: /^Flight:/ });
  // Agreement 6.1: the 15 AZN handling fee is kept (in the fare's currency), and 4.4/6.4: the service fee.
  await expect(flight.getByRole('row').nth(1)).toContainText(/handling fee [^,]*[1-9][^,]*, service fee [^,]*[1-9]/);
  await expectNoAxeViolations(page);
  if (shots) {
    await page.setViewportSize({ width: 720, height: 900 });
    await timeline.screenshot({ path: `${shots}/refund-timeline.png`, scale: 'css' });
  }

  await page.setViewportSize({ width: 360, height: 780 });
  await expect(timeline.getByTestId('refund-timeline-chart')).toBeVisible();
  await noHorizontalScroll(page);
});

test('fare calendar: the lowest fare per day around the searched day; a day is a search', async ({ page }) => {
  const day = localDate(20);
  await page.goto(`/en/flights?from=GYD&to=IST&depart=${day}&adults=1`);
  const calendar = page.getByTestId('fare-calendar');
  await expect(calendar.getByRole('heading', { name: 'Lowest fare by day' })).toBeVisible();
  const strip = calendar.getByRole('list', { name: 'Days around your date' });
  await expect(strip.getByRole('listitem')).toHaveCount(31);
  await expect(strip.locator('[aria-current="date"]')).toHaveCount(1);
  await calendar.getByText(/^Month view/).click();
  await expect(calendar.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  if (shots) {
    await page.setViewportSize({ width: 720, height: 900 });
    await calendar.screenshot({ path: `${shots}/fare-calendar.png`, scale: 'css' });
  }

  // A day's link is named by the day and price it shows (WCAG 2.5.3, label in name).
  const other = strip.getByRole('link').first();
  const shown = (await other.locator('[data-price]').textContent())!.replace('*', '');
  await expect(other).toHaveAccessibleName(new RegExp(`^\\w{3} \\d{1,2} \\w{3} ${shown.replace(/[.$()]/g, '\\$&')}`));
  await other.click();
  await expect(page).not.toHaveURL(new RegExp(`depart=${day}`));
  await expect(page).toHaveURL(/depart=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId('fare-calendar').getByRole('list').locator('[aria-current="date"]')).toContainText(shown);

  await page.setViewportSize({ width: 360, height: 780 });
  const details = page.getByTestId('fare-calendar').locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await expect(page.getByTestId('fare-calendar').getByRole('table')).toBeVisible();
  await noHorizontalScroll(page);
});
