import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectNoHorizontalScroll, linkFromMail, signInAs, uniqueEmail, withDb } from './privacy-helpers';
import { expectNoAxeViolations } from './accessibility';

test('My data shows the account with purposes and retention, and downloads the export as JSON', async ({ page, context, baseURL }) => {
  const email = uniqueEmail('mydata');
  const userId = await signInAs(context, baseURL!, email);
  await page.goto('/en/account/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  const account = page.getByTestId('group-account');
  await expect(account).toContainText(email);
  await expect(account).toContainText('performance of the contract with you');
  await expect(account).toContainText('while the account exists');
  await expect(page.getByTestId('access-log-empty')).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^karvan-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    format: string;
    subject: { userId: string; email: string };
    records: Record<string, Record<string, unknown>[]>;
    fields: Record<string, unknown>;
  };
  expect(data.format).toBe('karvan.personal-data-export');
  expect(data.subject).toEqual({ userId, email });
  expect(data.records.User![0]).toMatchObject({ id: userId, email });
  expect(data.records.Session!.length).toBeGreaterThan(0);
  expect(JSON.stringify(data)).not.toContain('sessionToken');

  const schema = await page.request.get('/api/account/export?schema=1');
  expect((await schema.json()).title).toBe('Karvan personal data export');
  const anonymous = await context.browser()!.newContext({ baseURL });
  expect((await anonymous.request.get('/api/account/export')).status()).toBe(401);
  await anonymous.close();
});

test('marketing emails: one click to subscribe, one click to stop, with the decisions listed', async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, uniqueEmail('marketing'));
  await page.goto('/en/account/marketing');
  await expect(page.getByTestId('marketing-state')).toHaveText('You do not receive marketing emails.');
  await page.getByRole('button', { name: 'Send me offers and news' }).click();
  await expect(page.getByRole('status')).toHaveText('Done: you will receive offers and news.');
  await expect(page.getByTestId('marketing-state')).toContainText('You receive offers and news by email since');
  await page.getByRole('button', { name: 'Stop marketing emails' }).click();
  await expect(page.getByRole('status')).toHaveText('Done: you will not receive marketing emails any more.');
  await expect(page.getByRole('list', { name: 'Marketing email decisions' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Marketing email decisions' })).toContainText('Withdrawn on');
  await expectNoAxeViolations(page);
});

test('delete the account by email link: signed out at once, sign-in refused, restored within the window', async ({ page, context, baseURL }) => {
  const email = uniqueEmail('delete');
  const userId = await signInAs(context, baseURL!, email);
  await page.goto('/en/account/privacy');
  await page.getByRole('main').getByRole('link', { name: 'Delete my account' }).first().click();
  await expect(page).toHaveURL(/\/en\/account\/privacy\/delete$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delete my account' })).toBeVisible();
  await expect(page.getByText('You are signed out on every device at once.')).toBeVisible();
  await expectNoAxeViolations(page);

  const since = new Date(Date.now() - 1000);
  await page.getByRole('button', { name: 'Email me the confirmation link' }).click();
  await expect(page.getByRole('status')).toContainText(`We have sent a link to ${email}`);
  await page.goto(await linkFromMail(email, '/account/privacy/delete/confirm', since));
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm the deletion of your account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/deleted$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account has been deleted' })).toBeVisible();

  // Every session ended: the account pages send this browser to sign in; a new link is refused silently.
  expect(await withDb(async (db) => (await db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [userId])).rows[0].n)).toBe(0);
  await page.goto('/en/account');
  await expect(page).toHaveURL(/\/en\/signin/);
  const beforeSignIn = new Date();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/check-email$/);
  const signInMails = await withDb(async (db) =>
    (await db.query(`SELECT count(*)::int AS n FROM mailbox_messages WHERE $1 = ANY(to_addresses) AND created_at >= $2 AND text LIKE '%/api/auth/callback%'`, [email, beforeSignIn])).rows[0].n,
  );
  expect(signInMails).toBe(0);

  // Restore with the link from the "deleted" email.
  await page.goto(await linkFromMail(email, '/privacy/restore', since));
  await expect(page.getByRole('heading', { level: 1, name: 'Restore a deleted account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Restore my account' }).click();
  await expect(page.getByRole('status')).toContainText('Your account has been restored');
  const restored = await withDb(async (db) => (await db.query('SELECT deleted_at FROM users WHERE id = $1', [userId])).rows[0]);
  expect(restored.deleted_at).toBeNull();

  // And signing in works again.
  const again = new Date();
  await page.goto('/en/signin');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/check-email$/);
  await page.goto(await linkFromMail(email, '/api/auth/callback', again));
  await expect(page).toHaveURL(/\/en\/account/);
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('My data, marketing and deletion pages fit', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, uniqueEmail('narrow'));
    for (const path of ['/ru/account/privacy', '/kk/account/marketing', '/az/account/privacy/delete', '/ru/privacy/restore']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
    await expectNoAxeViolations(page);
  });
});
