import type { Page } from '@playwright/test';
import { addTransfer, fillContactAndConsents, fillLeads, fillPassenger, localDate, payWithCard, referenceOnConfirmation } from './booking-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 21: a trip whose flight and hotel come from the local Duffel and whose transfer comes from the
 * catalog, booked through the pages, paid in the sandbox, issued by the worker (Duffel's order paid from the
 * balance, the stay booked in the names stored on the order), the receipt received in the mail outbox, then
 * the hotel cancelled through the booking page. Runs in the `duffel` project against the second server of
 * playwright.config.ts (FLIGHT_SUPPLIER=duffel, HOTEL_SUPPLIER=duffel, a local Duffel started for the run).
 */

async function addDuffelFlight(page: Page, daysAhead: number) {
  // The local Duffel's airline is ZZ: the filter keeps its offers only.
  await page.goto(`/en/flights?from=baku&to=istanbul&depart=${localDate(daysAhead)}&adults=1&airline=ZZ`);
  await page.locator('a[href*="/flights/offer/D."]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your flight/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

async function addDuffelHotel(page: Page, checkInDaysAhead: number, nights: number) {
  // The local Duffel's stays are in the district "Local"; free cancellation keeps its refundable rate.
  await page.goto(`/en/hotels?city=istanbul&checkIn=${localDate(checkInDaysAhead)}&checkOut=${localDate(checkInDaysAhead + nights)}&guests=1&rooms=1&district=Local&free=1`);
  // Stays names rooms, beds and boards in its own words: shown as they are, never as a missing message key.
  await expect(page.locator('main')).not.toContainText(/roomTypes\.|boards\./);
  await page.locator('a[href*="/hotels/offer/DH."]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your stay at/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/roomTypes\.|beds\.|boards\./);
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

test('a Duffel flight and hotel with a catalog transfer: booked, paid, issued, receipt mailed, hotel cancelled', async ({ page, traveller, email }) => {
  test.setTimeout(180_000);
  await addDuffelFlight(page, 14);
  await addDuffelHotel(page, 14, 2);
  await addTransfer(page, 10);

  await page.goto('/en/checkout');
  await fillPassenger(page, traveller);
  await fillLeads(page, traveller);
  await fillContactAndConsents(page, email);
  await payWithCard(page, '4242424242424242');
  const reference = await referenceOnConfirmation(page);

  // The worker issues the order (Duffel confirms) and the outbox sends the receipt.
  const subject = `Your itinerary receipt for booking ${reference}`;
  await expect(async () => {
    await page.goto('/en/dev/mailbox');
    await expect(page.getByRole('link', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000, intervals: [1000, 2000, 3000] });

  // The hotel cancelled through the booking page, with its quote first.
  await page.goto('/en/booking');
  await page.getByLabel('Booking reference').fill(reference);
  await page.getByLabel('Surname').fill(traveller.lastName);
  await page.getByRole('button', { name: 'Find my booking' }).click();
  await page.waitForURL(new RegExp(`/en/booking/${reference}$`));
  await page.getByRole('link', { name: 'Cancel a service or the whole booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Cancel booking ${reference}` })).toBeVisible();
  await page.getByRole('radio', { name: /^Hotel: / }).check();
  await page.getByRole('button', { name: 'Show what I get back' }).click();
  await expect(page.getByRole('region', { name: 'What cancelling returns' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm cancellation' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Cancellation confirmed\. Request SR-/ })).toBeVisible();
});
