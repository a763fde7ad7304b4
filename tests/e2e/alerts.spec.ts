import { expect, test } from './fixtures';
import { createDb } from '@/lib/db/client';
import { createCatalogSuppliers } from '@/lib/inventory/catalog-supplier';
import { addDays, localDateOf } from '@/lib/inventory/catalog';
import { runPriceAlerts } from '@/lib/alerts/run-price-alerts';
import { e2eDatabaseUrl, signInAs, uniqueEmail, withDb } from './privacy-helpers';
import { expectNoAxeViolations } from './accessibility';

/** The hourly job, run from the test against the e2e server's database (the server's outbox worker sends the mail). */
async function runJob(now: Date) {
  const db = createDb(e2eDatabaseUrl());
  try {
    return await runPriceAlerts({ db, suppliers: createCatalogSuppliers(db), now });
  } finally {
    await db.$disconnect();
  }
}

async function scaleFares(date: string, factor: number) {
  await withDb((db) =>
    db.query(
      `UPDATE fares f SET base_minor = round(f.base_minor * $1::numeric), tax_minor = round(f.tax_minor * $1::numeric)
         FROM flight_segments s WHERE f.segment_id = s.id AND s.departure_date BETWEEN $2::date AND $3::date`,
      [factor, date, addDays(date, 1)],
    ),
  );
}

test('save a search, the fare drops, the alert arrives in the outbox, its links lead back to the results and stop the alert', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const depart = addDays(localDateOf(new Date()), 9);
  const route = await withDb(async (db) => {
    const { rows } = await db.query<{ origin: string; destination: string }>(
      `SELECT trim(origin) AS origin, trim(destination) AS destination FROM flight_segments WHERE departure_date = $1::date ORDER BY id LIMIT 1`,
      [depart],
    );
    return rows[0]!;
  });
  const email = uniqueEmail('alerts');
  await signInAs(context, baseURL!, email);

  await page.goto(`/en/flights?${new URLSearchParams({ from: route.origin, to: route.destination, depart, adults: '1' })}`);
  const form = page.getByRole('form', { name: 'Get a price alert' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Save this search' }).click();
  await expect(page).toHaveURL(/\/en\/account\/alerts\?saved=1$/);
  await expect(page.getByRole('status')).toContainText('The search is saved');
  await expect(page.getByText('Not checked yet')).toBeVisible();
  await expectNoAxeViolations(page);

  // Baseline, then the fare drops by half and the next hourly run alerts.
  const now = new Date();
  expect((await runJob(now)).alertsQueued).toBe(0);
  await scaleFares(depart, 0.5);
  try {
    expect((await runJob(new Date(now.getTime() + 51 * 60_000))).alertsQueued).toBe(1);
  } finally {
    await scaleFares(depart, 2);
  }
  await page.reload();
  await expect(page.getByText('1 alert sent')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/price-alerts-account.png', fullPage: true });

  await expect(async () => {
    await page.goto('/en/dev/mailbox');
    await expect(page.getByRole('link', { name: /^Price alert:/ }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] });
  await page.getByRole('link', { name: /^Price alert:/ }).first().click();
  const resultsLink = page.locator('a[href*="/en/flights?"]').first();
  const stopLink = page.locator('a[href*="/api/alerts/stop?token="]').first();
  const stopHref = await stopLink.getAttribute('href');
  const resultsHref = await resultsLink.getAttribute('href');
  await page.goto(new URL(resultsHref!).pathname + new URL(resultsHref!).search);
  await expect(page.getByRole('heading', { level: 1, name: 'Search flights' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /flights? from/i })).toBeVisible();

  // The stop link works signed out.
  await context.clearCookies();
  const stop = new URL(stopHref!);
  await page.goto(stop.pathname + stop.search);
  await expect(page).toHaveURL(/\/en\/alerts\/stop\?token=/);
  await page.getByRole('button', { name: 'Stop the alerts' }).click();
  await expect(page.getByRole('status')).toContainText('this search is deleted');
  expect(await withDb(async (db) => (await db.query('SELECT count(*)::int AS n FROM saved_searches s JOIN users u ON u.id = s.user_id WHERE u.email = $1', [email])).rows[0].n)).toBe(0);
});
