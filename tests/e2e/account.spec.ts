import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './accessibility';

test('sign in from the header with the outbox link, see bookings, add a co-traveller, sign out', async ({ page, email }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });

  // Sign in from the header.
  // Home is a cached public page with the fixed policy; the sign-in page is personal: a fresh nonce.
  const home = await page.goto('/en');
  expect(home!.headers()['content-security-policy']).toMatch(/script-src 'self' 'unsafe-inline'/);
  const signInResponse = page.waitForResponse((response) => new URL(response.url()).pathname === '/en/signin' && response.request().resourceType() === 'document');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/signin$/);
  await page.reload();
  expect((await signInResponse).headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in or create an account');
  await expectNoAxeViolations(page);

  // A malformed address is refused next to the field.
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('Enter a valid email address, like name@example.com.')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/en\/signin\/check-email$/);
  await expect(page.getByRole('status')).toHaveText('If an account can receive mail at that address, a sign-in link is on its way.');
  await expectNoAxeViolations(page);

  // The link arrives in the mail outbox of the embedded default.
  await page.getByRole('link', { name: /open the mail outbox/ }).click();
  await expect(page).toHaveURL(/\/en\/dev\/mailbox$/);
  await expectNoAxeViolations(page);
  await page.getByRole('row', { name: new RegExp(email) }).getByRole('link', { name: 'Your Karvan sign-in link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your Karvan sign-in link');
  // The HTML part renders in its sandboxed frame (the CSP allows the srcdoc frame). axe cannot run
  // inside a frame without scripts, so the frame (the mail itself) is left out of the page check.
  const frame = page.locator('iframe[title="Message content: Your Karvan sign-in link"]');
  await expect(frame).toHaveAttribute('sandbox', /^(?!.*allow-scripts)(?!.*allow-same-origin)/);
  await expect(page.frameLocator('iframe[title^="Message content"]').getByRole('heading', { name: 'Sign in to Karvan' })).toBeVisible();
  await expectNoAxeViolations(page, { exclude: 'iframe' });
  await page.getByRole('region', { name: 'Links in this message' }).getByRole('link', { name: 'Sign in to Karvan' }).click();

  // Signed in: the account page.
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Bookings: none yet.
  await page.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Bookings' }).click();
  await expect(page).toHaveURL(/\/en\/account\/bookings$/);
  await expect(page.getByText('You have no bookings yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Add a co-traveller.
  await page.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Co-travellers' }).click();
  await expect(page.getByText('You have no saved co-travellers yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Add a co-traveller' }).click();
  await expect(page).toHaveURL(/\/en\/account\/travellers\/new$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('First name').fill('Leyla');
  await page.getByLabel('Last name').fill('Hasanova');
  await page.getByLabel('Date of birth').fill('1992-04-23');
  await page.getByLabel('Gender in the passport').selectOption('FEMALE');
  await page.getByLabel('Nationality').selectOption('AZ');
  await page.getByLabel('Passport or ID number').fill('C 1234 5678');
  await page.getByLabel('Document valid until').fill('2033-08-31');
  await page.getByRole('button', { name: 'Save co-traveller' }).click();
  await expect(page).toHaveURL(/\/en\/account\/travellers\?done=added$/);
  await expect(page.getByRole('status')).toHaveText('The co-traveller was added.');
  await expect(page.getByText('LEYLA HASANOVA')).toBeVisible();
  await expect(page.getByText(/Document •••••5678/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Works at 360 px without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Sign out from the header.
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/en/account/bookings');
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fen%2Faccount%2Fbookings$/);

  expect(cspViolations).toEqual([]);
});

test('staff pages send a visitor to sign in (roles are covered by the authorisation matrix)', async ({ page }) => {
  const support = await page.goto('/en/support');
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fen%2Fsupport$/);
  expect(support!.ok()).toBe(true);
  const admin = await page.request.get('/en/admin/staff', { maxRedirects: 0 });
  expect(admin.status()).toBe(307);
  expect(admin.headers()['location']).toContain('/en/signin?callbackUrl=%2Fen%2Fadmin%2Fstaff');
});

test('every response carries the security headers, API routes included', async ({ request }) => {
  for (const path of ['/en', '/api/health', '/api/auth/session']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), payment=(self)');
    expect(headers['x-content-type-options']).toBe('nosniff');
  }
});
