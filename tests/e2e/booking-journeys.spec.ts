import type { Locator, Page } from '@playwright/test';
import { fillContactAndConsents, fillPassenger, localDate, payWithCard, referenceOnConfirmation } from './booking-helpers';
import { expectNoAxeViolations } from './accessibility';
import { expect, test } from './fixtures';

/**
 * Issue 20, "Done when": the whole journey through the real pages, on a laptop and on a phone. A flight
 * Baku → Almaty goes into the trip; the trip page's prefilled hotel search and transfer search (lib/
 * booking/trip-prefills.ts) add the rest; checkout copies passenger 1 into the lead guest and the
 * transfer's lead passenger, charges what its summary shows, and the confirmation page lists the three
 * services with their totals and serves the receipt PDF and the .ics file. Axe on every step.
 * With SCREENSHOT_DIR set, the desktop journey writes the README's screenshots (docs/screenshots).
 */

const shots = process.env.SCREENSHOT_DIR;

/** A viewport shot (small files for the README), scrolled so that `from` sits near the top. */
async function screenshot(page: Page, name: string, from?: Locator) {
  if (!shots) return;
  const top = from ? await from.evaluate((e) => e.getBoundingClientRect().top + window.scrollY) : 0;
  await page.evaluate((y) => window.scrollTo(0, Math.max(0, y - 24)), top);
  await page.screenshot({ path: `${shots}/${name}.png`, scale: 'css' });
}

for (const { name, viewport } of [
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 360, height: 740 } },
] as const) {
  test(`journey (${name}, ${viewport.width} px): flight, then the prefilled hotel and transfer, paid by card, confirmed with downloads`, async ({ page, traveller, email }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const desktop = viewport.width >= 1024;

    // 1. Flight results and the offer page.
    await page.goto(`/en/flights?from=GYD&to=ALA&depart=${localDate(desktop ? 17 : 19)}&adults=1`);
    const firstFlight = page.getByRole('article').first();
    await expect(firstFlight).toBeVisible();
    await expectNoAxeViolations(page);
    if (shots) await page.getByTestId('cookie-banner').getByRole('button', { name: 'Reject all' }).click();
    if (desktop) await screenshot(page, 'results', page.locator('#flight-results-heading'));
    await firstFlight.getByRole('link', { name: /^Select / }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /Your flight/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add to trip' }).click();
    await expect(page).toHaveURL(/\/en\/trip$/);

    // 2. The trip suggests a hotel in Almaty for the arrival date.
    const next = page.getByTestId('trip-next');
    await expect(next.getByRole('heading', { name: 'Continue your trip' })).toBeVisible();
    await expectNoAxeViolations(page);
    await next.getByRole('link', { name: 'Find a hotel for these dates' }).click();
    await expect(page).toHaveURL(/\/en\/hotels\?.*city=almaty/);
    await page.getByRole('article').first().getByRole('link', { name: 'See rooms and rates' }).click();
    await page.getByRole('link', { name: 'Book this rate' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /Your stay at/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add to trip' }).click();
    await expect(page).toHaveURL(/\/en\/trip$/);

    // 3. Then the transfer from the arrival airport at the arrival time.
    await expect(next.getByRole('link', { name: 'Find a hotel for these dates' })).toHaveCount(0);
    await next.getByRole('link', { name: 'Book a transfer from the airport at arrival time' }).click();
    await expect(page).toHaveURL(/\/en\/transfers\?.*airport=ALA/);
    await page.getByRole('article').first().getByRole('link', { name: /Select/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Your transfer/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add to trip' }).click();
    await expect(page).toHaveURL(/\/en\/trip$/);
    await expect(page.getByRole('heading', { level: 2, name: /3 items/ })).toBeVisible();
    await expect(next).toHaveCount(0);
    await expect(page.getByTestId('header-trip-count')).toContainText('3');
    await expect(page.getByTestId('trip-grand-total')).toContainText('service fees included');
    await expectNoAxeViolations(page);

    // 4. Checkout: passenger 1 once, copied to the leads; the flight number is filled for the driver.
    await page.getByRole('link', { name: 'Continue to checkout' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await fillPassenger(page, traveller);
    for (const lead of ['Lead guest', 'Lead passenger and party']) {
      const group = page.getByRole('group', { name: lead });
      await group.getByLabel('Same as passenger 1').check();
      await expect(group.getByLabel('Surname')).toBeHidden();
    }
    await expect(page.getByLabel('Arriving flight number (optional)')).toHaveValue(/^[A-Z0-9]{2} ?\d+$/);
    await fillContactAndConsents(page, email);

    let total: string;
    if (desktop) {
      await expect(page.getByTestId('checkout-summary-sticky')).toBeVisible();
      total = (await page.getByTestId('checkout-summary-total-sticky').textContent())!.trim();
    } else {
      await expect(page.getByTestId('checkout-summary-sticky')).toBeHidden();
      await page.getByTestId('checkout-summary-collapsible').locator('summary').click();
      total = (await page.getByTestId('checkout-summary-total-collapsible').textContent())!.trim();
    }
    expect(total).toMatch(/\d/);
    await expect(page.getByText(`Amount charged now: ${total}`)).toBeVisible();
    await expectNoAxeViolations(page);
    if (desktop) await screenshot(page, 'checkout');

    // 5. The sandbox's test payment page, then the confirmation.
    await payWithCard(page, '4242424242424242');
    const reference = await referenceOnConfirmation(page);
    await expect(page.getByTestId('order-status')).toHaveText('Paid and issued', { timeout: 90_000 });
    const itinerary = page.getByTestId('confirmation-itinerary');
    const items = itinerary.getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText('Flight');
    await expect(items.filter({ hasText: /^Hotel/ })).toHaveCount(1);
    await expect(items.filter({ hasText: /^Transfer/ })).toHaveCount(1);
    await expect(items.filter({ hasText: 'Arriving flight for the driver:' })).toHaveCount(1);
    await expect(itinerary.getByTestId('confirmation-totals')).toContainText('Service fees');
    await expect(itinerary.getByTestId('confirmation-charge')).toHaveText(total);
    await expect(page.getByText(`open Manage booking with the reference ${reference}`)).toBeVisible();
    await expectNoAxeViolations(page);

    for (const [label, type, start] of [
      ['Itinerary receipt (PDF)', 'application/pdf', '%PDF-'],
      ['Calendar file for your trip (.ics)', 'text/calendar', 'BEGIN:VCALENDAR'],
    ] as const) {
      const href = await page.getByRole('link', { name: label }).getAttribute('href');
      expect(href).toBeTruthy();
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      expect((await response.body()).subarray(0, start.length).toString('latin1')).toBe(start);
    }
    if (desktop) await screenshot(page, 'confirmation', itinerary);
  });
}
