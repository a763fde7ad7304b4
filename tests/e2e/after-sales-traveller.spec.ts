import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expect, test } from './fixtures';

/**
 * Issue 9, traveller self-service in a real browser: a flight and a transfer are booked and paid with
 * the sandbox card, issued by the worker, found through /booking; the transfer is cancelled with its
 * quote shown first and refunded through the sandbox (refund id and the 1–30 days notice shown), the
 * flight goes to support as a refund request, the traveller writes on it, and the change and
 * question pages work. Every page passes axe; the cancel page fits 360 px. Each test books its own
 * passenger (fixtures.ts).
 */

async function openBooking(page: Page, reference: string, surname: string) {
  await page.goto('/en/booking');
  await page.getByLabel('Booking reference').fill(reference);
  await page.getByLabel('Surname').fill(surname);
  await page.getByRole('button', { name: 'Find my booking' }).click();
  await page.waitForURL(new RegExp(`/en/booking/${reference}$`));
  // The worker issues paid orders within seconds; cancelling is offered once the booking is issued.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: 'Cancel a service or the whole booking' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

test('a traveller cancels a transfer with its quote, requests a flight refund and follows both', async ({ page, orders, traveller }) => {
  test.setTimeout(120_000);
  const { reference } = await orders.paid({ flight: 12, transfer: 9 });
  await openBooking(page, reference, traveller.lastName);
  await expect(page.getByRole('heading', { level: 2, name: 'What you can do' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your requests' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The transfer: the quote is shown before anything is confirmed.
  await page.getByRole('link', { name: 'Cancel a service or the whole booking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Cancel booking ${reference}` })).toBeVisible();
  await page.getByRole('radio', { name: /^Transfer: / }).check();
  await page.getByRole('button', { name: 'Show what I get back' }).click();
  const quote = page.getByRole('region', { name: 'What cancelling returns' });
  await expect(quote).toContainText('Service fee (not refunded)');
  await expect(quote).toContainText('Agreement 6.2');
  await expect(quote).toContainText('Cancellation is still free');
  await expect(quote.getByTestId('quote-total')).toContainText('Refunded to your payment method now:');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm cancellation' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Request SR-/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Cancellation confirmed\. Request SR-/ })).toBeVisible();
  const refund = page.getByRole('region', { name: 'Refund' });
  await expect(refund).toContainText(/Refund sent: /);
  await expect(refund).toContainText(/Refund reference of the payment provider: sbx_re_/);
  await expect(refund).toContainText('Card refunds take 1 to 30 days to appear, depending on your bank.');
  await expectNoAxeViolations(page);

  // The flight: a refund request for support, or the reason it cannot be refunded online.
  await page.goto(`/en/booking/${reference}/cancel`);
  await page.getByRole('radio', { name: /^Flight: / }).check();
  await page.getByRole('button', { name: 'Show what I get back' }).click();
  const flightQuote = page.getByRole('region', { name: 'What cancelling returns' });
  await expect(flightQuote).toContainText('Agreement 6.1');
  await expectNoAxeViolations(page);
  if (await page.getByRole('button', { name: 'Confirm cancellation' }).isVisible()) {
    await expect(flightQuote).toContainText('Our handling fee');
    await page.getByRole('button', { name: 'Confirm cancellation' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Flight refund request SR-.* was sent to our team\./ })).toBeVisible();
    await expect(page.getByTestId('request-status')).toHaveText('Waiting for our team');
    await expect(page.getByRole('region', { name: 'Refund' })).toContainText(/Refund requested: up to /);
  } else {
    await expect(flightQuote.getByTestId('not-allowed')).toHaveText('This cannot be cancelled online.');
    await page.goto(`/en/booking/${reference}/requests/new`);
    await page.getByLabel('Subject').fill('Flight refund');
    await page.getByLabel('Your message').fill('Please check whether any taxes can be refunded.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Request SR-.* was sent\./ })).toBeVisible();
  }

  // Writing on the request.
  await page.getByLabel('Your message').fill('Thank you, I will wait for your answer.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your message was sent.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText('Thank you, I will wait for your answer.');
  await expectNoAxeViolations(page);

  // The booking lists both requests.
  await page.goto(`/en/booking/${reference}`);
  await expect(page.getByTestId('booking-request')).toHaveCount(2);

  // A question with a validation error first, then sent.
  await page.goto(`/en/booking/${reference}/requests/new`);
  await expect(page.getByRole('heading', { level: 1, name: `Ask us about booking ${reference}` })).toBeVisible();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('Enter a subject of at least 3 characters.')).toBeVisible();
  await expect(page.getByLabel('Subject')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // The change page shows the passenger change fee (Agreement 3.1.4).
  await page.goto(`/en/booking/${reference}/change`);
  await expect(page.getByRole('heading', { level: 1, name: `Request a change to ${reference}` })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the cancel page fits', async ({ page, orders, traveller }) => {
    test.setTimeout(120_000);
    const { reference } = await orders.paid({ flight: 12, transfer: 9 });
    await openBooking(page, reference, traveller.lastName);
    await page.goto(`/en/booking/${reference}/cancel?item=all`);
    await expect(page.getByRole('region', { name: 'What cancelling returns' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
