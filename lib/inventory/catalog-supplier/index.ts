import 'server-only';
import type { Queryable } from '../db';
import type { SupplierTx, Suppliers } from '../supplier';
import { flightLowestTotals } from './flight-lowest-totals';
import { createCatalogFlightSupplier } from './flights';
import { hotelLowestTotals } from './hotel-lowest-totals';
import { createCatalogHotelSupplier } from './hotels';
import { createCatalogTransferSupplier } from './transfers';

export { SUPPLIER_NAME } from './name';
export { FLIGHT_SALES_CLOSE_MINUTES, MIN_CONNECTION_MINUTES, MAX_CONNECTION_MINUTES } from './flights';
export { MAX_NIGHTS } from './hotels';

/** The built-in catalog as the three suppliers of the booking system. */
export function createCatalogSuppliers(db: Queryable): Suppliers {
  return {
    flights: { ...createCatalogFlightSupplier(db), lowestTotals: (criteria, at) => flightLowestTotals(db, criteria, at) },
    hotels: { ...createCatalogHotelSupplier(db), lowestTotals: (criteria, at) => hotelLowestTotals(db, criteria, at) },
    transfers: createCatalogTransferSupplier(db),
  };
}

/**
 * Gives back the inventory of holds that expired unconfirmed (a job calls this; the booking system
 * may also release its own holds one by one). Returns how many were released.
 */
export async function releaseExpiredCatalogHolds(tx: SupplierTx, suppliers: Suppliers, now: Date): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ hold_id: string; kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER' }[]>(
    `SELECT hold_id, kind::text AS kind FROM catalog_holds WHERE status = 'HELD' AND expires_at <= $1::timestamptz ORDER BY hold_id`,
    now.toISOString(),
  );
  for (const row of rows) {
    const supplier = row.kind === 'FLIGHT' ? suppliers.flights : row.kind === 'HOTEL' ? suppliers.hotels : suppliers.transfers;
    await supplier.release(tx, row.hold_id);
  }
  return rows.length;
}
