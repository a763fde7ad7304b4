import { expect, test } from '@playwright/test';
import { addFlight } from './booking-helpers';
import { signInAs, uniqueEmail } from './privacy-helpers';

/**
 * Issue 20, bugs 5, 11 and 12: what a traveller sees after a validation error (named fields, links that
 * focus them, chosen options kept), and how the site answers posts from other sites.
 */

test('the co-traveller form keeps gender and nationality after an error, and the resubmit saves (bug 12)', async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, uniqueEmail('e2e-cotraveller'));
  await page.goto('/en/account/travellers/new');
  // The first name is left empty: the server answers with an error next to it.
  await page.getByLabel('Last name').fill('Hasanova');
  await page.getByLabel('Date of birth').fill('1992-04-23');
  await page.getByLabel('Gender in the passport').selectOption('FEMALE');
  await page.getByLabel('Nationality').selectOption('AZ');
  await page.getByLabel('Passport or ID number').fill('C 1234 5678');
  await page.getByLabel('Document valid until').fill('2033-08-31');
  await page.getByRole('button', { name: 'Save co-traveller' }).click();
  await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');

  await expect(page.getByLabel('Gender in the passport')).toHaveValue('FEMALE');
  await expect(page.getByLabel('Nationality')).toHaveValue('AZ');
  await expect(page.getByLabel('Last name')).toHaveValue('Hasanova');

  await page.getByLabel('First name').fill('Leyla');
  await page.getByRole('button', { name: 'Save co-traveller' }).click();
  await expect(page).toHaveURL(/\/en\/account\/travellers\?done=added$/);
  await expect(page.getByText('LEYLA HASANOVA')).toBeVisible();
});

test('the checkout error summary names each field, its links focus the field, and chosen options stay (bugs 5, 12)', async ({ page }) => {
  await addFlight(page, 20);
  await page.goto('/en/checkout');
  const passenger = page.getByRole('group', { name: /^Passenger 1/ });
  await passenger.getByLabel('Gender (as in the passport)').selectOption('FEMALE');
  await passenger.getByLabel('Nationality').selectOption('AZ');
  await page.getByRole('button', { name: /^Pay / }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' });
  await expect(summary).toBeFocused();
  const entries = summary.getByRole('listitem');
  await expect(entries.filter({ hasText: /^Passenger 1 \(.+\): First name\(s\) — This field is required\.$/ })).toHaveCount(1);
  await expect(entries.filter({ hasText: /^Passenger 1 \(.+\): Surname — This field is required\.$/ })).toHaveCount(1);
  await expect(entries.filter({ hasText: /^Email — / })).toHaveCount(1);
  await expect(entries.filter({ hasText: /^Agreement with Karvan — / })).toHaveCount(1);
  // No entry is a bare message without its field.
  for (const text of await entries.allTextContents()) expect(text).toMatch(/ — /);

  await summary.getByRole('link', { name: /^Passenger 1 \(.+\): Surname — / }).click();
  await expect(passenger.getByLabel('Surname')).toBeFocused();

  await expect(passenger.getByLabel('Gender (as in the passport)')).toHaveValue('FEMALE');
  await expect(passenger.getByLabel('Nationality')).toHaveValue('AZ');
});

test('a server action posted from another site is refused with 403, not a 500 (bug 11)', async ({ request }) => {
  const response = await request.post('/en/account/travellers/new', {
    headers: { 'Next-Action': '7f00000000000000000000000000000000000000aa', Origin: 'https://evil.example', 'Content-Type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test('a sign-in post without the CSRF token lands on the localised sign-in page on the same host (bug 11)', async ({ request, baseURL }) => {
  const response = await request.post('/api/auth/signin/nodemailer', {
    form: { email: 'no-csrf@example.test' },
    headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers()['location']).toBe(`${baseURL}/ru/signin?error=MissingCSRF`);
});
