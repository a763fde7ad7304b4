import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import pg from 'pg';
import { expectNoAxeViolations } from './accessibility';

/**
 * The sandbox's hosted test payment page. A session is seeded straight into the e2e server's
 * database (as the sandbox provider would create it for startPayment), so this test needs no
 * checkout; the checkout e2e covers the whole order journey.
 */
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';
const pgPort = Number(process.env.E2E_PG_PORT ?? 54331);

async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
  const client = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${pgPort}/karvan` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function seedSession(baseURL: string, locale = 'en'): Promise<string> {
  const id = `sbx_cs_${randomBytes(18).toString('base64url')}`;
  await withDb((db) =>
    db.query(
      `INSERT INTO sandbox_checkout_sessions (id, idempotency_key, payment_id, order_id, amount_minor, currency, description, success_url, cancel_url, locale, expires_at)
       VALUES ($1, $2, $3, $4, 15000, 'AZN', 'Karvan order KRV-E2E001', $5, $6, $7, now() + interval '30 minutes')`,
      [id, `e2e:${id}`, randomUUID(), randomUUID(), `${baseURL}/${locale}?paid={CHECKOUT_SESSION_ID}`, `${baseURL}/${locale}/legal/agreement`, locale],
    ),
  );
  return id;
}

test('the test payment page is labelled TEST MODE, accessible at 360 px, validates the card and pays with 4242', async ({ page, baseURL }) => {
  const sessionId = await seedSession(baseURL!);
  await page.goto(`/en/sandbox-pay/${sessionId}`);

  await expect(page.getByRole('heading', { level: 1, name: 'Test payment' })).toBeVisible();
  await expect(page.getByText('TEST MODE', { exact: true })).toBeVisible();
  await expect(page.getByText('Karvan order KRV-E2E001')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pay .*150\.00/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByText('Enter the card number.')).toBeVisible();
  await expect(page.getByLabel('Card number', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Card number', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Card number', { exact: true }).fill('5555555555554444');
  await page.getByLabel('Expiry date').fill('12 / 34');
  await page.getByLabel('Security code (CVC)').fill('123');
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByText('In test mode only the test cards below can be used.')).toBeVisible();

  await page.getByLabel('Card number', { exact: true }).fill('4242424242424242');
  await expect(page.getByLabel('Card number', { exact: true })).toHaveValue('4242 4242 4242 4242');
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.waitForURL(new RegExp(`/en\\?paid=${sessionId}$`));

  const stored = await withDb(async (db) => {
    const session = await db.query<{ status: string }>('SELECT status FROM sandbox_checkout_sessions WHERE id = $1', [sessionId]);
    const events = await db.query<{ payload: string }>("SELECT payload FROM sandbox_events WHERE payload LIKE '%' || $1 || '%'", [sessionId]);
    return { status: session.rows[0]?.status, payloads: events.rows.map((r) => r.payload).join('') };
  });
  expect(stored.status).toBe('complete');
  expect(stored.payloads).toContain('checkout.session.completed');
  // Agreement 4.2.2: the card number never left the browser.
  expect(stored.payloads).not.toContain('4242');

  // Coming back to the page shows it is done.
  await page.goto(`/en/sandbox-pay/${sessionId}`);
  await expect(page.getByText('This test payment has been made.')).toBeVisible();
});

test('the decline card returns to the cancel URL', async ({ page, baseURL }) => {
  const sessionId = await seedSession(baseURL!, 'ru');
  await page.goto(`/ru/sandbox-pay/${sessionId}`);
  await expect(page.getByText('ТЕСТОВЫЙ РЕЖИМ', { exact: true })).toBeVisible();
  await page.getByLabel('Номер карты').fill('4000 0000 0000 0002');
  await page.getByLabel('Срок действия').fill('08/31');
  await page.getByLabel('Код безопасности (CVC)').fill('999');
  await page.getByRole('button', { name: /^Оплатить/ }).click();
  await page.waitForURL(/\/ru\/legal\/agreement$/);
  const status = await withDb((db) => db.query<{ status: string }>('SELECT status FROM sandbox_checkout_sessions WHERE id = $1', [sessionId]));
  expect(status.rows[0]?.status).toBe('declined');
});

test('an unknown test session is not found', async ({ page }) => {
  const response = await page.goto('/en/sandbox-pay/sbx_cs_unknown0000000000');
  expect(response?.status()).toBe(404);
});
