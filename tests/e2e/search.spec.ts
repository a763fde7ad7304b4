import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './accessibility';

// The demo catalog is seeded relative to the day of the run, so dates are too.
function localDate(daysAhead: number, timeZone = 'Asia/Baku'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

async function choosePlace(page: Page, label: string, typed: string, option: RegExp) {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(typed);
  const choice = page.getByRole('option', { name: option }).first();
  await expect(choice).toBeVisible();
  // Keyboard only: move down to the option and take it with Enter.
  const options = await page.getByRole('option').allTextContents();
  const index = options.findIndex((text) => option.test(text));
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  await input.press('Enter');
}

test('a traveller searches flights, filters, sorts, opens an offer and reads its rules', async ({ page }) => {
  await page.goto('/en/flights');
  await expect(page.getByRole('heading', { level: 1, name: 'Search flights' })).toBeVisible();
  await expectNoAxeViolations(page);

  await choosePlace(page, 'From', 'Bak', /^Baku/);
  await choosePlace(page, 'To', 'Ista', /^Istanbul/);
  await page.getByLabel('Departure date').fill(localDate(12));
  await page.getByLabel('Adults (12+)').selectOption('2');
  await page.getByRole('button', { name: 'Search' }).click();

  await expect(page).toHaveURL(/from=baku&to=istanbul/);
  const heading = page.getByRole('heading', { level: 2, name: /flights? from Baku to Istanbul/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Filters apply themselves and stay in the URL.
  await page.getByRole('radio', { name: 'Direct only' }).check();
  await expect(page).toHaveURL(/stops=0/);
  await expect(page.getByRole('article').first()).toBeVisible();
  for (const card of await page.getByRole('article').all()) await expect(card).toContainText('Direct');

  await page.getByRole('navigation', { name: 'Sort by' }).getByRole('link', { name: 'Fastest' }).click();
  await expect(page).toHaveURL(/sort=duration/);
  await expect(page.getByRole('navigation', { name: 'Sort by' }).getByText('Fastest')).toHaveAttribute('aria-current', 'true');

  // Times are local, with their zone; the first card's fares say what they allow.
  const first = page.getByRole('article').first();
  await expect(first).toContainText(/GMT\+[34]/);
  await expect(first.getByText(/Refundable|Non-refundable/).first()).toBeVisible();

  await first.getByRole('link', { name: /^Select / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your flight: Baku to Istanbul/ })).toBeVisible();
  const rules = page.getByRole('region', { name: 'Rules you agree to' });
  await expect(rules).toContainText(/non-refundable|Refundable before departure/);
  await expect(rules).toContainText(/cannot be changed|can be changed/);
  await expect(rules).toContainText('personal details');
  const price = page.getByRole('region', { name: 'Price' });
  await expect(price).toContainText('Adult fare × 2');
  await expect(price).toContainText('Service fee (non-refundable)');
  await expectNoAxeViolations(page);

  // Back returns to the same filtered, sorted results.
  await page.goBack();
  await expect(page).toHaveURL(/stops=0.*sort=duration|sort=duration.*stops=0/);
  await expect(heading).toBeVisible();
});

test('a traveller searches hotels, filters, sorts, opens a rate and reads its cancellation terms', async ({ page }) => {
  await page.goto('/en/hotels');
  await choosePlace(page, 'City', 'Bak', /^Baku/);
  await page.getByLabel('Check-in').fill(localDate(20));
  await page.getByLabel('Check-out').fill(localDate(23));
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /hotels? in Baku/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: 'Free cancellation' }).check();
  await expect(page).toHaveURL(/free=1/);
  await expect(page.getByRole('article').first()).toContainText('Free cancellation until');
  await page.getByRole('navigation', { name: 'Sort by' }).getByRole('link', { name: 'Most stars' }).click();
  await expect(page).toHaveURL(/sort=stars/);

  await page.getByRole('article').first().getByRole('link', { name: 'See rooms and rates' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rooms and rates' })).toBeVisible();
  await expect(page.getByText(/3 nights/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Book this rate' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your stay at/ })).toBeVisible();
  const rules = page.getByRole('region', { name: 'Rules you agree to' });
  await expect(rules).toContainText(/Free cancellation until|non-refundable/);
  await expect(page.getByRole('region', { name: 'Price' })).toContainText('Service fee (non-refundable)');
  await expectNoAxeViolations(page);
});

test('a traveller sees every transfer class, premium ones too late to book, and opens one', async ({ page }) => {
  // Pickup 20 hours from now: inside the 24 h premium window, outside the 16 h standard one (Agreement 6.2).
  const pickup = new Date(Date.now() + 20 * 3_600_000);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(pickup);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;

  await page.goto('/en/transfers');
  await page.getByLabel('Airport').selectOption('GYD');
  await page.getByLabel('Destination').selectOption('baku-old-city');
  await page.getByLabel('Pickup date').fill(`${get('year')}-${get('month')}-${get('day')}`);
  await page.getByLabel('Pickup time (local)').fill(`${get('hour')}:${get('minute')}`);
  await page.getByLabel('Passengers').selectOption('2');
  await page.getByRole('button', { name: 'Search' }).click();

  const classes = page.getByRole('list', { name: 'Vehicle classes' }).getByRole('article');
  await expect(classes).toHaveCount(12);
  await expect(classes.filter({ hasText: 'Premium class' }).first()).toContainText('Too late to book');
  await expect(classes.filter({ hasText: 'Too late to book' })).toHaveCount(7);
  await expect(page.getByRole('article', { name: /^Economy/ })).toContainText('Available');
  await expect(page.getByRole('article', { name: /^Economy/ })).toContainText('Book by');
  await expectNoAxeViolations(page);

  await page.getByRole('article', { name: /^Economy/ }).getByRole('link', { name: /Select/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Your transfer/ })).toBeVisible();
  const rules = page.getByRole('region', { name: 'Rules you agree to' });
  await expect(rules).toContainText('Free cancellation until');
  await expect(rules).toContainText('5 hours before pickup');
  await expectNoAxeViolations(page);
});

test('the search forms answer bad input field by field', async ({ page }) => {
  await page.goto(`/en/flights?from=Atlantis&to=&depart=2001-01-01&adults=1&infants=2`);
  await expect(page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' })).toBeVisible();
  await expect(page.getByText('Choose a place from the list.', { exact: true })).toBeVisible();
  await expect(page.getByText('This field is required.', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveAttribute('aria-invalid', 'true');
  // The summary names each field and links to its control (issue 16: one field family, one error summary).
  await expect(page.getByRole('link', { name: 'From — Choose a place from the list.' })).toHaveAttribute('href', '#flight-from');
  await expect(page.getByRole('link', { name: 'To — This field is required.' })).toHaveAttribute('href', '#flight-to');
  await expectNoAxeViolations(page);
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('results and offers fit without horizontal scrolling', async ({ page }) => {
    const paths = [
      `/en/flights?from=baku&to=istanbul&depart=${localDate(15)}&trip=return&return=${localDate(18)}`,
      `/ru/hotels?city=almaty&checkIn=${localDate(30)}&checkOut=${localDate(32)}`,
      `/kk/transfers?airport=ALA&zone=almaty-medeu&date=${localDate(9)}&time=10:30&passengers=3&bags=3`,
    ];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('article').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
