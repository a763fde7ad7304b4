import 'server-only';
import type { Queryable } from '../db';
import type { Suppliers } from '../supplier';
import { flightLowestTotals } from './flight-lowest-totals';
import { createCatalogFlightSupplier } from './flights';
import { hotelLowestTotals } from './hotel-lowest-totals';
import { createCatalogHotelSupplier } from './hotels';
import { createCatalogTransferSupplier } from './transfers';

export { SUPPLIER_NAME } from './name';
export { FLIGHT_SALES_CLOSE_MINUTES, MIN_CONNECTION_MINUTES, MAX_CONNECTION_MINUTES } from './flights';
;

/** The built-in catalog as the three suppliers of the booking system. */
export function createCatalogSuppliers(db: Queryable): Suppliers {
  return {
    flights: { ...createCatalogFlightSupplier(db), lowestTotals: (criteria, at) => flightLowestTotals(db, criteria, at) },
    hotels: { ...createCatalogHotelSupplier(db), lowestTotals: (criteria, at) => hotelLowestTotals(db, criteria, at) },
    transfers: createCatalogTransferSupplier(db),
  };
}
