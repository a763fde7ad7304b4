import { seedDemoPromoCodes } from '../../lib/booking/seed-demo-promo-codes';
import { seedDemoRates } from '../../lib/rates/demo-rates';
import { seedCatalog } from './catalog';
import { catalogWindowFromEnv } from './catalog-days';
import type { SeedStep } from './run-seed';

/** Demo data of the embedded default, in order. Each feature adds its step here. */
export const demoSeedSteps: SeedStep[] = [
  { name: 'exchange-rates-v1', run: (tx) => seedDemoRates(tx) },
  // The demo catalog (issue 4): flights for 180 days and hotel nights for 365 days from today, or the
  // first KARVAN_CATALOG_DAYS days of both (the end-to-end server's throw-away database).
  { name: 'catalog-v1', run: (tx) => seedCatalog(tx, catalogWindowFromEnv()) },
  // Promo codes WELCOME10 and HOTEL15 (Agreement 7).
  { name: 'promo-codes-v1', run: (tx) => seedDemoPromoCodes(tx) },
];
