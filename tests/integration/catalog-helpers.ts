/**
 * Shared by the catalog and search integration tests: each test file seeds its own small catalog
 * (a few days of flights, a month of hotel nights) into its own database, so nothing depends on
 * the demo seed.
 */
import { db } from '@/lib/db/client';
import { addDays, localDateOf } from '@/lib/inventory/catalog';
import { seedCatalog, type CatalogSeedOptions } from '@/prisma/seed/catalog';

export const TEST_SEED = 4242;

export async function seedSmallCatalog(options: CatalogSeedOptions = {}) {
  return db.$transaction((tx) => seedCatalog(tx, { seed: TEST_SEED, flightDays: 6, hotelDays: 30, ...options }), {
    timeout: 120_000,
  });
}

/** A start date far enough ahead that no flight of the window is past its sales close. */
export function futureStart(daysAhead = 3): string {
  return addDays(localDateOf(new Date()), daysAhead);
}

/** The next last-Sunday-of-March (EU summer time starts), at least a week away. */
export function nextEuSpringForward(from = new Date()): string {
  for (let year = from.getUTCFullYear(); ; year++) {
    const lastDay = new Date(Date.UTC(year, 2, 31));
    const sunday = new Date(lastDay.getTime() - lastDay.getUTCDay() * 86_400_000);
    if (sunday.getTime() - from.getTime() > 7 * 86_400_000) return sunday.toISOString().slice(0, 10);
  }
}
