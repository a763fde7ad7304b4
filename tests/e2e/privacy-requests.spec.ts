import { createHmac, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { expectNoHorizontalScroll, linkFromMail, signInAs, uniqueEmail, withDb } from './privacy-helpers';
import { expectNoAxeViolations } from './accessibility';

/** The unsubscribe token the server would put in a marketing email (lib/privacy/marketing.ts). */
function unsubscribeToken(userId: string): string {
  const secrets = JSON.parse(readFileSync(path.join(process.env.E2E_DATA_DIR ?? '.data/e2e', 'secrets.json'), 'utf8')) as { authSecret: string };
  const key = Buffer.from(hkdfSync('sha256', secrets.authSecret, Buffer.alloc(0), 'karvan/unsubscribe/v1', 32));
  return `${userId}.${createHmac('sha256', key).update(userId).digest('base64url')}`;
}

test('a data request without an account is confirmed by email and reaches the staff queue with its deadline', async ({ page, context, baseURL }) => {
  await page.goto('/en/privacy/request?kind=erasure&order=KRV-7K3Q9P');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask us about your data' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Erasure' })).toBeChecked();
  await expectNoAxeViolations(page);

  // Field-level errors, nothing sent.
  await page.getByRole('radio', { name: 'Correction' }).check();
  await page.getByLabel('Your email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Tell us what is wrong and what it should be.', { exact: true })).toBeVisible();

  const email = uniqueEmail('request');
  const since = new Date(Date.now() - 1000);
  await page.getByLabel('Your email address').fill(email);
  await page.getByLabel('Details').fill('My passport number on booking KRV-7K3Q9P is wrong.');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  const reference = (await page.getByRole('status').textContent())!.match(/DR-[A-Z0-9]{6}/)![0];

  await page.goto(await linkFromMail(email, '/privacy/request/verify', since));
  await expect(page.getByText(`Confirm request ${reference}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm my request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your request has been received' })).toBeVisible();

  // Staff see it with its deadline; a traveller does not even see the page.
  await signInAs(context, baseURL!, uniqueEmail('traveller'));
  expect((await page.goto('/en/support/data-requests'))!.status()).toBe(404);
  await context.clearCookies();
  await signInAs(context, baseURL!, uniqueEmail('support'), 'SUPPORT');
  await page.goto('/en/support/data-requests');
  const row = page.getByTestId('data-request-row').filter({ hasText: reference });
  await expect(row).toContainText('Correction');
  await expect(row).toContainText('Received');
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Data request ${reference}` })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByLabel('New status').selectOption('COMPLETED');
  await page.getByLabel('What was done').fill('Passport number corrected with the airline.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('The request has been updated.');
  const viewed = await withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'personal_data.viewed' AND data->>'reference' = $1`, [reference])).rows[0].n);
  expect(viewed).toBeGreaterThan(0);
});

test('the unsubscribe link works without signing in, in one click, and a forged one does nothing', async ({ page, context, baseURL }) => {
  const email = uniqueEmail('unsub');
  const userId = await signInAs(context, baseURL!, email);
  await page.goto('/en/account/marketing');
  await page.getByRole('button', { name: 'Send me offers and news' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await context.clearCookies();

  const forged = await page.request.post(`/api/unsubscribe?token=${userId}.forged`, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(forged.status()).toBe(400);
  await page.goto(`/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId))}`);
  await expect(page).toHaveURL(/\/en\/privacy\/unsubscribe\?token=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Unsubscribe from marketing emails' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status')).toHaveText('You are unsubscribed. We will not send you marketing emails any more.');
  const latest = await withDb(async (db) =>
    (await db.query(`SELECT withdrawn_source FROM consent_records WHERE user_id = $1 AND purpose = 'MARKETING_EMAIL' ORDER BY given_at DESC LIMIT 1`, [userId])).rows[0],
  );
  expect(latest.withdrawn_source).toBe('EMAIL_LINK');
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the request form and the staff queue fit', async ({ page, context, baseURL }) => {
    await page.goto('/kk/privacy/request');
    await expectNoHorizontalScroll(page);
    await signInAs(context, baseURL!, uniqueEmail('support-narrow'), 'ADMIN');
    await page.goto('/ru/support/data-requests');
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
