import { expect, test } from './fixtures';

const homeHeadings: Record<string, string> = {
  en: 'Where to next?',
  ru: 'Куда отправимся?',
  az: 'Növbəti səfər hara?',
  kk: 'Келесі сапар қайда?',
};

for (const [locale, heading] of Object.entries(homeHeadings)) {
  test(`the home page in ${locale} has its language and alternates`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    for (const other of Object.keys(homeHeadings)) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', new RegExp(`/${other}$`));
    }
  });
}

test('the language switcher keeps the page and its query', async ({ page }) => {
  await page.goto('/en/legal/privacy?from=footer');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'ru' }).click();
  await expect(page).toHaveURL(/\/ru\/legal\/privacy\?from=footer$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'ru' })).toHaveAttribute('aria-current', 'true');
});

test.describe('a Kazakh browser', () => {
  test.use({ locale: 'kk-KZ', extraHTTPHeaders: { 'Accept-Language': 'kk-KZ,kk;q=0.9' } });

  test('lands on /kk on the first visit only', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/kk$/);
    // The visitor picks English; from then on their choice, not the browser, decides.
    await page.getByRole('link', { name: 'en', exact: true }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
  });
});

test('an unknown page answers 404 in the visitor’s language', async ({ page }) => {
  const response = await page.goto('/az/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Səhifə tapılmadı');
});

// The demo catalog is seeded relative to the day of the run.
function bakuDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

for (const locale of Object.keys(homeHeadings)) {
  test(`a flight search in ${locale} shows results in that language`, async ({ page }) => {
    await page.goto(`/${locale}/flights?from=baku&to=istanbul&depart=${bakuDate(14)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('article').first()).toBeVisible();
    const heading = await page.locator('#flight-results-heading').textContent();
    // The results heading is translated: the English wording appears only on the English page.
    expect(/flights? from/i.test(heading ?? '')).toBe(locale === 'en');
  });
}

test('results show the total in one display currency, the supplier currency charged beside it (Agreement 4.3, 4.6)', async ({ page }) => {
  await page.goto(`/en/flights?from=baku&to=istanbul&depart=${bakuDate(14)}`);
  const first = page.getByRole('article').first();
  await expect(first).toBeVisible();
  // No currency chosen: the business default, AZN, fee included; the supplier's own amount is what is charged.
  await expect(first).toContainText(/AZN\s?[\d,.]+\s*total incl\. service fee/);
  await expect(first).toContainText(/in the supplier’s currency is charged; this figure is indicative \(rates of \d{4}-\d{2}-\d{2}\)/);
  await page.getByLabel('Show prices in').selectOption('KZT');
  await expect(page).toHaveURL(/cur=KZT/);
  await expect(page).toHaveURL(/from=baku&to=istanbul/);
  // Tenge in whole units (issue 20, bug 7).
  await expect(page.getByRole('article').first()).toContainText(/KZT\s?[\d,]+\s*total incl\. service fee/);
});
