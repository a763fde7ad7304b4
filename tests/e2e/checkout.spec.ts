import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 6 acceptance: a flight, a hotel and a transfer go into one trip from their offer pages, the
 * checkout shows every price line and rule, validates field by field, and the sandbox's test cards
 * pay (4242 → a paid order) or decline (4000 0000 0000 0002 → unpaid, with a clear message).
 * Runs on the demo catalog, seeded relative to today.
 */

function localDate(daysAhead: number, timeZone = 'Asia/Baku'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
}

async function addFlight(page: Page, daysAhead: number) {
  await page.goto(`/en/flights?from=baku&to=istanbul&depart=${localDate(daysAhead)}&adults=1&stops=0`);
  await page.getByRole('article').first().getByRole('link', { name: /^Select / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your flight/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

async function addHotel(page: Page) {
  await page.goto(`/en/hotels?city=istanbul&checkIn=${localDate(12)}&checkOut=${localDate(14)}&guests=1&rooms=1`);
  await page.getByRole('article').first().getByRole('link', { name: 'See rooms and rates' }).click();
  await page.getByRole('link', { name: 'Book this rate' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your stay at/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

async function addTransfer(page: Page) {
  await page.goto(`/en/transfers?airport=GYD&zone=baku-old-city&date=${localDate(10)}&time=14:30&passengers=1&bags=1`);
  await page.getByRole('article', { name: /^Economy/ }).getByRole('link', { name: /Select/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Your transfer/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

async function fillPassenger(page: Page, lastName: string, document: string) {
  const passenger = page.getByRole('group', { name: /^Passenger 1/ });
  await passenger.getByLabel('First name(s)').fill('Aylin');
  await passenger.getByLabel('Surname').fill(lastName);
  await passenger.getByLabel('Date of birth').fill('1990-04-12');
  await passenger.getByLabel('Gender (as in the passport)').selectOption('FEMALE');
  await passenger.getByLabel('Nationality').selectOption('AZ');
  await passenger.getByLabel('Passport or ID number').fill(document);
  await passenger.getByLabel('Document valid until').fill('2034-01-31');
}

async function fillContactAndConsents(page: Page) {
  await page.getByLabel('Email', { exact: true }).fill('aylin@example.com');
  await page.getByLabel('Emergency phone number').fill('+994 50 123 45 67');
  await page.getByLabel('Your date of birth').fill('1988-02-20');
  await page.getByLabel(/I accept the user agreement/).check();
  await page.getByLabel(/I consent to the processing/).check();
}

async function payWithCard(page: Page, card: string) {
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test payment' })).toBeVisible();
  await page.getByLabel('Card number', { exact: true }).fill(card);
  await page.getByLabel('Expiry date').fill('12 / 34');
  await page.getByLabel('Security code (CVC)').fill('123');
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.waitForURL(/\/en\/checkout\/done\?ref=KRV-/);
}

test('flight + hotel + transfer: every rule and price line, then the success card pays the order', async ({ page }) => {
  await addFlight(page, 12);
  await addHotel(page);
  await addTransfer(page);

  await expect(page.getByRole('heading', { level: 2, name: '3 items in your trip' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Continue to checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expectAccessible(page);

  // Every line shows its rules (Agreement 4.7) and its price with the service fee apart (4.3, 4.4).
  await expect(page.getByRole('heading', { level: 3, name: 'Rules of this booking' })).toHaveCount(3);
  await expect(page.getByText(/personal details means the airline issues a new ticket/)).toBeVisible();
  await expect(page.getByText(/Free cancellation until|non-refundable/i).first()).toBeVisible();
  await expect(page.getByText(/The driver waits up to 60 minutes/)).toBeVisible();
  const price = page.getByRole('region', { name: 'Price' });
  await expect(price.getByText("Supplier's price")).toHaveCount(3);
  await expect(price.getByText('Service fee (non-refundable)')).toHaveCount(3);
  await expect(price).toContainText(/Total in [A-Z]{3}/);
  await expect(price).toContainText('Amount charged now:');
  await expect(price).toContainText('your bank converts the amount at its own rate');
  // Marketing is a separate box, not ticked.
  await expect(page.getByLabel(/Send me travel offers/)).not.toBeChecked();

  // Nothing filled in: field-level errors, focus on the summary, still accessible.
  await page.getByRole('button', { name: /^Pay / }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByRole('group', { name: /^Passenger 1/ }).getByLabel('Surname')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Please accept the user agreement to continue.').first()).toBeVisible();
  await expectAccessible(page);

  // Latin letters only, as in the passport.
  await fillPassenger(page, 'Əliyeva', 'C1234567');
  const hotel = page.getByRole('group', { name: 'Lead guest' });
  await hotel.getByLabel('First name(s)').fill('Aylin');
  await hotel.getByLabel('Surname').fill('Aliyeva');
  const transfer = page.getByRole('group', { name: 'Lead passenger and party' });
  await transfer.getByLabel('First name(s)').fill('Aylin');
  await transfer.getByLabel('Surname').fill('Aliyeva');
  await fillContactAndConsents(page);
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByText('Use Latin letters only, as in the passport.').first()).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel('Emergency phone number')).toHaveValue('+994 50 123 45 67');

  await page.getByRole('group', { name: /^Passenger 1/ }).getByLabel('Surname').fill('Aliyeva');
  await payWithCard(page, '4242424242424242');

  // Paid at once; the worker issues the tickets and vouchers a moment later and the page follows.
  await expect(page.getByText(/Booking reference: KRV-[A-Z0-9]{6}/)).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText(/^Paid/);
  await expectAccessible(page);
  await expect(page.getByTestId('order-status')).toHaveText('Paid and issued', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Your booking is confirmed' })).toBeVisible();
  await expect(page.getByText(/The itinerary receipt .* has been emailed to /)).toBeVisible();
  const documents = page.getByTestId('order-documents').getByRole('listitem');
  await expect(documents).toHaveCount(3);
  for (const label of ['Ticket numbers', 'Hotel voucher', 'Transfer voucher']) {
    await expect(page.getByTestId('order-documents').getByRole('term').filter({ hasText: label })).toBeVisible();
  }
  await expect(page.getByTestId('order-documents').getByRole('definition').filter({ hasText: 'Not issued' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'Manage booking' })).toHaveAttribute('href', '/en/booking');
  await expectAccessible(page);

  // The trip is empty again.
  await page.goto('/en/trip');
  await expect(page.getByRole('heading', { level: 2, name: 'Your trip is empty' })).toBeVisible();
});

test('the decline card leaves the order unpaid, says so, and lets the traveller pay again', async ({ page }) => {
  await addFlight(page, 14);
  await page.goto('/en/checkout');
  await fillPassenger(page, 'Declined', 'D7654321');
  await fillContactAndConsents(page);
  await payWithCard(page, '4000000000000002');

  await expect(page.getByRole('heading', { level: 1, name: 'Your booking is waiting for payment' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Your payment was declined and no money was taken.' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Places held, waiting for payment');
  await expectAccessible(page);

  // Paying again opens a new test payment while the hold lasts.
  await page.getByRole('button', { name: /^Pay .* now$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test payment' })).toBeVisible();
});

test('a passenger needing special assistance is not booked online: the trip goes to support instead (Agreement 8.2)', async ({ page }) => {
  await addFlight(page, 16);
  await page.goto('/en/checkout');
  await fillPassenger(page, 'Support', 'S1234567');
  await page.getByRole('group', { name: /^Passenger 1/ }).getByLabel(/Needs special assistance/).check();
  await fillContactAndConsents(page);
  await page.getByRole('button', { name: /^Pay / }).click();

  const panel = page.getByRole('alert').filter({ hasText: 'This booking is made by our support team' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Passengers who need special assistance are booked through our support team');
  await expectAccessible(page);
  await panel.getByLabel('Message to our support team (optional)').fill('Wheelchair to the gate, please.');
  await panel.getByLabel(/I agree that Karvan processes the information/).check();
  await panel.getByRole('button', { name: 'Send the request to support' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Our support team has your request' })).toBeVisible();
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the trip and checkout pages fit and are keyboard accessible', async ({ page }) => {
    await addTransfer(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto('/en/checkout');
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    // Keyboard: the first field of the form is reachable with Tab and shows focus.
    const first = page.getByRole('group', { name: 'Lead passenger and party' }).getByLabel('First name(s)');
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
  });
});
