import { z } from 'zod';
import { FLIGHT_DAYS, HOTEL_DAYS } from '../../lib/inventory/catalog';
import type { CatalogSeedOptions } from './catalog';

const days = z.coerce.number().int().min(1).max(HOTEL_DAYS);

/**
 * KARVAN_CATALOG_DAYS shortens the demo catalog to its first N days (flights and hotel nights), so a
 * throw-away database (the end-to-end server's) seeds in a fraction of the time. Unset: the full
 * catalog, as `npm start` has always seeded it. The search forms still accept dates up to the full
 * windows; past N days they simply find nothing.
 */
export function catalogWindowFromEnv(value = process.env.KARVAN_CATALOG_DAYS): Pick<CatalogSeedOptions, 'flightDays' | 'hotelDays'> {
  if (value === undefined || value === '') return {};
  const parsed = days.safeParse(value);
  if (!parsed.success) throw new Error(`KARVAN_CATALOG_DAYS must be a whole number from 1 to ${HOTEL_DAYS}, not "${value}"`);
  return { flightDays: Math.min(parsed.data, FLIGHT_DAYS), hotelDays: parsed.data };
}
