/**
 * Which supplier serves each product kind. Pages and checkout call `getSuppliers()` and nothing
 * else. The built-in catalog serves every kind unless FLIGHT_SUPPLIER / HOTEL_SUPPLIER say `duffel`:
 * then that kind merges the catalog's offers with Duffel's (issue 21). Transfers are always the
 * catalog's.
 */
import 'server-only';
import { db } from '../db/client';
import type { Env } from '../env';
import { supplierEnv } from '../env';
import { createCatalogSuppliers } from './catalog-supplier';
import type { Queryable } from './db';
import { createDuffelContext, type DuffelOptions } from './duffel/context';
import { dbBookingStore } from './duffel/db-booking-store';
import { createDuffelFlightSupplier } from './duffel/flights';
import { createDuffelHotelSupplier } from './duffel/hotels';
import { decodeFlightOfferId, decodeHotelOfferId } from './duffel/name';
import { mergeSuppliers } from './merged-supplier';
import { rememberingFares } from './recent-supplier-fares';
import type { Suppliers } from './supplier';

export type SupplierConfig = Pick<Env, 'FLIGHT_SUPPLIER' | 'HOTEL_SUPPLIER' | 'DUFFEL_ACCESS_TOKEN' | 'DUFFEL_API_URL'>;

export type SupplierTuning = {
  /** the longest a search waits for Duffel before answering with the catalog's offers alone */
  searchDeadlineMs?: number;
  duffel?: Pick<DuffelOptions, 'policy' | 'breaker' | 'store'>;
};

/** A search waits this long for Duffel; its per-call timeout is longer (an order may take seconds). */
const DEFAULT_SEARCH_DEADLINE_MS = 4_000;

/** The suppliers a configuration asks for, on `client` (the app's database client, or a test's). */
export function createSuppliers(config: SupplierConfig, client: Queryable, tuning: SupplierTuning = {}): Suppliers {
  const catalog = createCatalogSuppliers(client);
  const searchDeadlineMs = tuning.searchDeadlineMs ?? DEFAULT_SEARCH_DEADLINE_MS;
  const duffelOptions = (): DuffelOptions => ({ token: config.DUFFEL_ACCESS_TOKEN!, basePath: config.DUFFEL_API_URL, store: dbBookingStore(client), ...tuning.duffel });
  let flights = catalog.flights;
  if (config.FLIGHT_SUPPLIER === 'duffel') {
    const ctx = createDuffelContext('duffel-flights', duffelOptions());
    flights = mergeSuppliers(catalog.flights, {
      supplier: rememberingFares(createDuffelFlightSupplier(ctx)),
      ownsOffer: (id) => decodeFlightOfferId(id) !== null,
      ownsHold: async (holdId) => (await ctx.store.get(holdId))?.kind === 'FLIGHT',
      searchDeadlineMs,
    });
  }
  let hotels = catalog.hotels;
  if (config.HOTEL_SUPPLIER === 'duffel') {
    const ctx = createDuffelContext('duffel-stays', duffelOptions());
    hotels = mergeSuppliers(catalog.hotels, {
      supplier: createDuffelHotelSupplier(ctx),
      ownsOffer: (id) => decodeHotelOfferId(id) !== null,
      ownsHold: async (holdId) => (await ctx.store.get(holdId))?.kind === 'HOTEL',
      searchDeadlineMs,
    });
  }
  return { flights, hotels, transfers: catalog.transfers };
}

let suppliers: Suppliers | undefined;
let override: Suppliers | undefined;

export function getSuppliers(): Suppliers {
  if (override) return override;
  suppliers ??= createSuppliers(supplierEnv(), db);
  return suppliers;
}

/**
 * Tests only: serve every kind from these suppliers (e.g. the catalog with a `confirm` that fails, to
 * exercise Agreement 4.5); `undefined` goes back to the configured suppliers.
 */
export function setSuppliersForTests(replacement: Suppliers | undefined): void {
  override = replacement;
}

let catalogOnly: Suppliers | undefined;

/** The built-in catalog suppliers, for a test that wraps one of them. */
export function catalogSuppliers(): Suppliers {
  catalogOnly ??= createCatalogSuppliers(db);
  return catalogOnly;
}
