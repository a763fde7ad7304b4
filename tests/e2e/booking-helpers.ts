import { expect, type Page } from '@playwright/test';

/**
 * Steps of booking through the real pages (the same as tests/e2e/checkout.spec.ts): offers from the
 * search and offer pages into the trip, the checkout form, and the sandbox's test payment page.
 * Runs on the demo catalog, seeded relative to today. Tests use them through tests/e2e/fixtures.ts.
 */

export function localDate(daysAhead: number, timeZone = 'Asia/Baku'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

/** A direct Baku → Istanbul flight for one adult, `daysAhead` days from today (a refundable fare if asked). */
export async function addFlight(page: Page, daysAhead: number, options: { refundable?: boolean } = {}) {
  await page.goto(`/en/flights?from=baku&to=istanbul&depart=${localDate(daysAhead)}&adults=1&stops=0${options.refundable ? '&refundable=1' : ''}`);
  await page.getByRole('article').first().getByRole('link', { name: /^Select / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your flight/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

export async function addHotel(page: Page, checkInDaysAhead = 12, nights = 2) {
  await page.goto(`/en/hotels?city=istanbul&checkIn=${localDate(checkInDaysAhead)}&checkOut=${localDate(checkInDaysAhead + nights)}&guests=1&rooms=1`);
  await page.getByRole('article').first().getByRole('link', { name: 'See rooms and rates' }).click();
  await page.getByRole('link', { name: 'Book this rate' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Your stay at/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

export async function addTransfer(page: Page, daysAhead = 10) {
  await page.goto(`/en/transfers?airport=GYD&zone=baku-old-city&date=${localDate(daysAhead)}&time=14:30&passengers=1&bags=1`);
  await page.getByRole('article', { name: /^Economy/ }).getByRole('link', { name: /Select/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Your transfer/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add to trip' }).click();
  await expect(page).toHaveURL(/\/en\/trip$/);
}

export type Traveller = { firstName: string; lastName: string; document: string; dateOfBirth?: string };

export async function fillPassenger(page: Page, traveller: Traveller) {
  const passenger = page.getByRole('group', { name: /^Passenger 1/ });
  await passenger.getByLabel('First name(s)').fill(traveller.firstName);
  await passenger.getByLabel('Surname').fill(traveller.lastName);
  await passenger.getByLabel('Date of birth').fill(traveller.dateOfBirth ?? '1990-04-12');
  await passenger.getByLabel('Gender (as in the passport)').selectOption('FEMALE');
  await passenger.getByLabel('Nationality').selectOption('AZ');
  await passenger.getByLabel('Passport or ID number').fill(traveller.document);
  await passenger.getByLabel('Document valid until').fill('2034-01-31');
}

/** The hotel's lead guest and the transfer's lead passenger, when those items are in the trip. */
export async function fillLeads(page: Page, traveller: Traveller) {
  for (const name of ['Lead guest', 'Lead passenger and party']) {
    const group = page.getByRole('group', { name });
    if ((await group.count()) === 0) continue;
    await group.getByLabel('First name(s)').fill(traveller.firstName);
    await group.getByLabel('Surname').fill(traveller.lastName);
  }
}

export async function fillContactAndConsents(page: Page, email = 'aylin@example.com') {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Emergency phone number').fill('+994 50 123 45 67');
  await page.getByLabel('Your date of birth').fill('1988-02-20');
  await page.getByLabel(/I accept the user agreement/).check();
  await page.getByLabel(/I consent to the processing/).check();
}

export async function payWithCard(page: Page, card: string) {
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test payment' })).toBeVisible();
  await page.getByLabel('Card number', { exact: true }).fill(card);
  await page.getByLabel('Expiry date').fill('12 / 34');
  await page.getByLabel('Security code (CVC)').fill('123');
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.waitForURL(/\/en\/checkout\/done\?ref=KRV-/);
}

/** The booking reference shown on the confirmation page. */
export async function referenceOnConfirmation(page: Page): Promise<string> {
  const text = await page.getByText(/Booking reference: KRV-[A-Z0-9]{6}/).textContent();
  const reference = text?.match(/KRV-[A-Z0-9]{6}/)?.[0];
  expect(reference).toBeTruthy();
  return reference!;
}
