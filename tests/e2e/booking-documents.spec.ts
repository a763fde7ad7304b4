import type { Page } from '@playwright/test';
import { addFlight, addHotel, addTransfer, fillContactAndConsents, fillLeads, fillPassenger, payWithCard, referenceOnConfirmation } from './booking-helpers';
import { expectNoAxeViolations } from './accessibility';
import { expect, test, uniqueTraveller } from './fixtures';

/**
 * Issue 7 acceptance: a flight, a hotel and a transfer paid with the sandbox card are issued; the
 * confirmation page shows the reference; the itinerary receipt arrives in the mail outbox with its HTML,
 * a PDF and a calendar file (one event per flight leg, stay and transfer); and the order opens through
 * /booking with the reference and the surname, with its items and documents, using the keyboard only.
 */

async function openReceiptMail(page: Page, reference: string) {
  const subject = `Your itinerary receipt for booking ${reference}`;
  // The receipt is sent by the outbox worker after issuing commits: look again until it is there.
  await expect(async () => {
    await page.goto('/en/dev/mailbox');
    await expect(page.getByRole('link', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] });
  await page.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
}

async function keyboardFocus(page: Page, label: string) {
  const field = page.getByLabel(label, { exact: true });
  for (let i = 0; i < 60 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
}

test('book flight + hotel + transfer, receive the receipt with PDF and calendar, and open the order through /booking', async ({ page, email }) => {
  test.setTimeout(240_000);
  // A passenger of this test only (a retry too), so Agreement 8.1 never sees another booking of theirs.
  const traveller = { ...uniqueTraveller('Leyla'), dateOfBirth: '1991-07-03' };

  await addFlight(page, 21);
  await addHotel(page, 21, 2);
  await addTransfer(page, 20);
  await page.goto('/en/checkout');
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await fillPassenger(page, traveller);
  await fillLeads(page, traveller);
  await fillContactAndConsents(page, email);
  await payWithCard(page, '4242424242424242');

  // The confirmation page: the reference, then the order issued by the background step.
  const reference = await referenceOnConfirmation(page);
  await expect(page.getByTestId('order-status')).toHaveText('Paid and issued', { timeout: 90_000 });

  // The receipt in the outbox: HTML, the PDF and the calendar file.
  await openReceiptMail(page, reference);
  await expect(page.getByRole('heading', { level: 2, name: 'HTML version' })).toBeVisible();
  const html = page.frameLocator('iframe').first();
  await expect(html.getByText(reference).first()).toBeVisible();

  const pdfLink = page.getByRole('link', { name: new RegExp(`^Download ${reference}\\.pdf`) });
  const icsLink = page.getByRole('link', { name: new RegExp(`^Download ${reference}\\.ics`) });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
  const pdfBytes = await pdf.body();
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfBytes.length).toBeGreaterThan(2000);

  const ics = await page.request.get((await icsLink.getAttribute('href'))!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
  const calendar = (await ics.body()).toString('utf8');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  // One direct flight leg, the stay's check-in and check-out (issue 20, bug 8), one transfer.
  expect(calendar.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(4);
  expect(calendar.match(/^END:VEVENT\r?$/gm)).toHaveLength(4);

  // Manage booking, as a visitor who is not signed in: first a wrong surname, then the right one.
  await page.goto('/en/booking');
  await expect(page.getByRole('heading', { level: 1, name: 'Manage booking' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Booking reference', { exact: true }).fill(reference);
  // A near miss: the surname less its last letter.
  await page.getByLabel('Surname', { exact: true }).fill(traveller.lastName.slice(0, -1));
  await page.getByRole('button', { name: 'Find my booking' }).click();
  const miss = page.getByRole('alert').filter({ hasText: 'We could not find a booking with this reference and surname.' });
  await expect(miss).toBeVisible();
  await expectNoAxeViolations(page);
  // Unknown reference: the very same message.
  await page.getByLabel('Booking reference', { exact: true }).fill('KRV-ZZZZZZ');
  await page.getByLabel('Surname', { exact: true }).fill(traveller.lastName);
  await page.getByRole('button', { name: 'Find my booking' }).click();
  await expect(miss).toBeVisible();
  await expect(page).toHaveURL(/\/en\/booking$/);

  // Keyboard only: Tab to the fields, type, Enter submits.
  await page.goto('/en/booking');
  await keyboardFocus(page, 'Booking reference');
  await page.keyboard.type(reference.toLowerCase());
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Surname', { exact: true })).toBeFocused();
  await page.keyboard.type(traveller.lastName.toLowerCase());
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/en/booking/${reference}$`));

  await expect(page.getByRole('heading', { level: 1, name: `Booking ${reference}` })).toBeVisible();
  await expect(page.getByTestId('booking-status')).toHaveText('Confirmed');
  await expect(page.getByTestId('booking-travellers')).toContainText(`LEYLA ${traveller.lastName.toUpperCase()}`);
  const items = page.getByTestId('booking-item');
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Flight:' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Hotel:' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Transfer:' })).toHaveCount(1);
  // Every item has its ticket number or voucher code.
  await expect(page.getByTestId('booking-documents')).toHaveCount(3);
  for (const list of await page.getByTestId('booking-documents').all()) await expect(list.getByRole('listitem').first()).not.toBeEmpty();
  // Local times with their zone, prices and the rules.
  await expect(items.first()).toContainText(/GMT[+-]\d/);
  await expect(page.getByText('Service fee (non-refundable)').first()).toBeVisible();
  await expect(page.getByText('Amount charged')).toBeVisible();
  await expect(page.getByText('Bank card')).toBeVisible();
  // Passport numbers are never shown.
  await expect(page.locator('body')).not.toContainText(traveller.document);
  await expectNoAxeViolations(page);

  // The receipt PDF from the booking page, for this browser only.
  const receiptHref = await page.getByRole('link', { name: 'Download the itinerary receipt (PDF)' }).getAttribute('href');
  const receipt = await page.request.get(receiptHref!);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toMatch(/^application\/pdf/);
  expect((await receipt.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Another browser, without the look-up, gets nothing.
  const stranger = await page.context().browser()!.newContext();
  const other = await stranger.newPage();
  const response = await other.goto(new URL(`/en/booking/${reference}`, page.url()).toString());
  expect(response?.status()).toBe(404);
  expect((await other.request.get(new URL(receiptHref!, page.url()).toString())).status()).toBe(404);
  await stranger.close();
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the manage booking page fits and is accessible', async ({ page }) => {
    await page.goto('/en/booking');
    await expect(page.getByRole('heading', { level: 1, name: 'Manage booking' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Find my booking' }).click();
    await expect(page.getByText('Enter the booking reference.')).toBeVisible();
    await expect(page.getByLabel('Booking reference', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });
});
