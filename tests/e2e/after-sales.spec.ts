import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expect, test } from './fixtures';

/**
 * Issue 9 acceptance in a real browser: a traveller books a flight and a transfer with the sandbox card,
 * cancels the transfer and asks for the flight's refund; a support user finds the request in the
 * /support queue and approves a PARTIAL refund; the traveller sees the refund sent (with the provider's
 * refund id and the 1–30 days notice) and the emails in the outbox. Every back-office page passes axe.
 * The passenger, the contact email and the support account are this test's own (fixtures.ts).
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

async function cancel(page: Page, reference: string, item: RegExp) {
  await page.goto(`/en/booking/${reference}/cancel`);
  await page.getByRole('radio', { name: item }).check();
  await page.getByRole('button', { name: 'Show what I get back' }).click();
  await expect(page.getByRole('region', { name: 'What cancelling returns' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm cancellation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Request SR-/ })).toBeVisible();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  return { requestReference: heading!.match(/SR-[A-Z0-9]{6}/)![0], url: page.url() };
}

test('a traveller cancels a transfer and asks for a flight refund; support approves part of it; the traveller sees it sent', async ({ page, browser, orders, users, traveller, email }) => {
  test.setTimeout(300_000);

  // The traveller: a refundable fare, so the refund goes to support with a maximum the rules compute (Agreement 6.1).
  const { reference } = await orders.paid({ flight: 15, refundableFlight: true, transfer: 11 });
  await openBooking(page, reference, traveller.lastName);
  const transfer = await cancel(page, reference, /^Transfer: /);
  await expect(page.getByRole('region', { name: 'Refund' })).toContainText(/Refund sent: /);
  const flight = await cancel(page, reference, /^Flight: /);
  await expect(page.getByRole('status').filter({ hasText: /Flight refund request SR-.* was sent to our team\./ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Refund' })).toContainText(/Refund requested: up to /);
  expect(flight.requestReference).not.toBe(transfer.requestReference);

  // The back office is not for the traveller's browser: a guest is sent to sign in.
  await page.goto('/en/support');
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fen%2Fsupport$/);

  // Support, in a browser of their own.
  const staffContext = await browser.newContext({ locale: 'en-GB' });
  const staff = await staffContext.newPage();
  await users.signIn(staffContext, 'SUPPORT');
  await staff.goto('/en/support');
  await expect(staff.getByRole('heading', { level: 1, name: 'Support queue' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByLabel('Search', { exact: true }).fill(email);
  await staff.getByRole('button', { name: 'Show' }).click();
  const row = staff.getByTestId('queue-row').filter({ hasText: flight.requestReference });
  await expect(row).toContainText('Flight refund');
  await expect(row).toContainText(reference);
  await expectNoAxeViolations(staff);
  await row.getByRole('link', { name: flight.requestReference }).click();

  await expect(staff.getByRole('heading', { level: 1, name: `Request ${flight.requestReference}` })).toBeVisible();
  await expect(staff.getByRole('heading', { level: 2, name: 'Approve a refund' })).toBeVisible();
  await expect(staff.getByTestId('refund-summary')).toContainText('Paid');
  await expectNoAxeViolations(staff);
  const hint = await staff.getByText(/For a smaller amount only; at most /).textContent();
  const max = Number(hint!.match(/at most (\d+(?:\.\d+)?)/)![1]);
  expect(max).toBeGreaterThan(0.02);
  const partial = (Math.floor((max * 100) / 2) / 100).toFixed(2);

  // Above the maximum is refused and nothing happens.
  await staff.getByRole('radio', { name: 'A smaller amount' }).check();
  await staff.getByLabel(/^Amount in /).fill((max + 1).toFixed(2));
  await staff.getByRole('button', { name: 'Approve and refund' }).click();
  await expect(staff.getByRole('alert').filter({ hasText: 'That is more than can be refunded for this request.' })).toBeVisible();
  await expectNoAxeViolations(staff);

  await staff.getByRole('radio', { name: 'A smaller amount' }).check();
  await staff.getByLabel(/^Amount in /).fill(partial);
  await staff.getByLabel('Note (for the file)').fill('Part of the fare as agreed with the traveller.');
  await staff.getByRole('button', { name: 'Approve and refund' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Approved. The refund has been handed to the payment provider.' })).toBeVisible();
  await expect(staff.getByRole('heading', { level: 2, name: 'Approve a refund' })).toHaveCount(0);
  await expect(staff.getByTestId('refund-list')).toContainText(partial);
  await expectNoAxeViolations(staff);

  // The other back-office pages.
  await staff.goto(`/en/support/orders/${reference}`);
  await expect(staff.getByRole('heading', { level: 1, name: `Booking ${reference}` })).toBeVisible();
  // Both requests are listed; every service is cancelled, so there is nothing left to refuse (8.5).
  await expect(staff.getByRole('link', { name: flight.requestReference })).toBeVisible();
  await expect(staff.getByRole('link', { name: transfer.requestReference })).toBeVisible();
  await expect(staff.getByRole('heading', { level: 2, name: 'Refuse this booking (Agreement 8.5)' })).toHaveCount(0);
  await expectNoAxeViolations(staff);
  await staff.goto('/en/support/schedule-changes');
  await expect(staff.getByRole('heading', { level: 1, name: 'Flight schedule changes' })).toBeVisible();
  await staff.getByRole('button', { name: 'Record and notify' }).click();
  await expect(staff.getByText('Enter the two-character airline code.')).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.goto('/en/support/office-payments');
  await expect(staff.getByRole('heading', { level: 1, name: 'Payments at the office' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.goto('/en/support/data-requests');
  await expectNoAxeViolations(staff);
  // SUPPORT cannot reach fees or promo codes.
  expect((await staff.goto('/en/admin/fees'))!.status()).toBe(404);
  expect((await staff.goto('/en/admin/promo-codes'))!.status()).toBe(404);
  await staffContext.close();

  // The admin pages.
  const adminContext = await browser.newContext({ locale: 'en-GB' });
  const admin = await adminContext.newPage();
  await users.signIn(adminContext, 'ADMIN');
  await admin.goto('/en/admin/promo-codes');
  await expect(admin.getByRole('heading', { level: 1, name: 'Promo codes' })).toBeVisible();
  await admin.getByRole('button', { name: 'Create' }).click();
  await expect(admin.getByText('Use 3–32 letters, digits or hyphens.')).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.goto('/en/admin/fees');
  await expect(admin.getByRole('heading', { level: 1, name: 'Service fees' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await adminContext.close();

  // The traveller sees the refund sent, with the provider's id and the 1–30 days notice.
  await page.goto(flight.url);
  const refund = page.getByRole('region', { name: 'Refund' });
  await expect(async () => {
    await page.reload();
    await expect(refund).toContainText(/Refund sent: /, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(refund).toContainText(partial);
  await expect(refund).toContainText(/Refund reference of the payment provider: sbx_re_/);
  await expect(refund).toContainText('Card refunds take 1 to 30 days to appear, depending on your bank.');
  await expectNoAxeViolations(page);

  // And the emails: the decision and the refund sent.
  for (const subject of [`Your request ${flight.requestReference} is approved`, `Your refund for booking ${reference} has been sent`]) {
    await expect(async () => {
      await page.goto('/en/dev/mailbox');
      await expect(page.getByRole('link', { name: subject }).first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] });
  }
  await page.getByRole('link', { name: `Your request ${flight.requestReference} is approved` }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Your request ${flight.requestReference} is approved` })).toBeVisible();
});
