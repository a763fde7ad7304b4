import { addFlight, addHotel, addTransfer, fillContactAndConsents, fillLeads, fillPassenger, payWithCard } from './booking-helpers';
import { expectNoAxeViolations } from './accessibility';
import { expect, test } from './fixtures';

/**
 * Issue 6 acceptance: a flight, a hotel and a transfer go into one trip from their offer pages, the
 * checkout shows every price line and rule, validates field by field, and the sandbox's test cards
 * pay (4242 → a paid order) or decline (4000 0000 0000 0002 → unpaid, with a clear message).
 * Runs on the demo catalog, seeded relative to today; each test books its own passenger (fixtures.ts).
 */

test('flight + hotel + transfer: every rule and price line, then the success card pays the order', async ({ page, traveller, email }) => {
  await addFlight(page, 12);
  await addHotel(page, 12, 2);
  await addTransfer(page);

  await expect(page.getByRole('heading', { level: 2, name: '3 items in your trip' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Continue to checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Every line shows its rules (Agreement 4.7) and its price with the service fee apart (4.3, 4.4).
  await expect(page.getByRole('heading', { level: 3, name: 'Rules of this booking' })).toHaveCount(3);
  await expect(page.getByText(/personal details means the airline issues a new ticket/)).toBeVisible();
  // The refund timeline's tables repeat these words, folded away: the rules themselves must be in view.
  await expect(page.getByText(/Free cancellation until|non-refundable/i).filter({ visible: true }).first()).toBeVisible();
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
  await expectNoAxeViolations(page);

  // Latin letters only, as in the passport.
  await fillPassenger(page, { ...traveller, lastName: 'Əliyeva' });
  await fillLeads(page, traveller);
  await fillContactAndConsents(page, email);
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByText('Use Latin letters only, as in the passport.').first()).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel('Emergency phone number')).toHaveValue('+994 50 123 45 67');

  await page.getByRole('group', { name: /^Passenger 1/ }).getByLabel('Surname').fill(traveller.lastName);
  await payWithCard(page, '4242424242424242');

  // Paid at once; the worker issues the tickets and vouchers a moment later and the page follows.
  await expect(page.getByText(/Booking reference: KRV-[A-Z0-9]{6}/)).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText(/^Paid/);
  await expectNoAxeViolations(page);
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
  await expectNoAxeViolations(page);

  // The trip is empty again.
  await page.goto('/en/trip');
  await expect(page.getByRole('heading', { level: 2, name: 'Your trip is empty' })).toBeVisible();
});

test('the decline card leaves the order unpaid, says so, and lets the traveller pay again', async ({ page, traveller, email }) => {
  await addFlight(page, 14);
  await page.goto('/en/checkout');
  await fillPassenger(page, traveller);
  await fillContactAndConsents(page, email);
  await payWithCard(page, '4000000000000002');

  await expect(page.getByRole('heading', { level: 1, name: 'Your booking is waiting for payment' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Your payment was declined and no money was taken.' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Places held, waiting for payment');
  await expectNoAxeViolations(page);

  // Paying again opens a new test payment while the hold lasts.
  await page.getByRole('button', { name: /^Pay .* now$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test payment' })).toBeVisible();
});

test('a passenger needing special assistance is not booked online: the trip goes to support instead (Agreement 8.2)', async ({ page, traveller, email }) => {
  await addFlight(page, 16);
  await page.goto('/en/checkout');
  await fillPassenger(page, traveller);
  await page.getByRole('group', { name: /^Passenger 1/ }).getByLabel(/Needs special assistance/).check();
  await fillContactAndConsents(page, email);
  await page.getByRole('button', { name: /^Pay / }).click();

  const panel = page.getByRole('alert').filter({ hasText: 'This booking is made by our support team' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Passengers who need special assistance are booked through our support team');
  await expectNoAxeViolations(page);
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
    await expectNoAxeViolations(page);

    // Keyboard: the first field of the form is reachable with Tab and shows focus.
    const first = page.getByRole('group', { name: 'Lead passenger and party' }).getByLabel('First name(s)');
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
  });
});
