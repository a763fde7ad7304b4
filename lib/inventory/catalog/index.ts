/**
 * The demo catalog: pure, deterministic generators of plain rows (same seed, same data).
 * The seed script (prisma/seed/catalog.ts) writes them to PostgreSQL; tests use them directly.
 */
export { AIRLINES,   generateFareFamilies,  } from './airlines';
export { AIRPORTS, CITIES, airportOf, cityOf, distanceKm } from './geo';
export { generateFlightRoutes,  } from './routes';
export { generateFlights,   type GeneratedFlight } from './flights';
export { generateHotels, generateRoomNights,  HOTEL_CITY_IDS,    } from './hotels';
export { generateTransfers,  } from './transfers';
;
;
export {  rngFor,   } from './prng';
export * from './tz';
export type * from './types';

/** The seed of the shipped demo catalog. */
export const DEFAULT_CATALOG_SEED = 20_260_401;
/** Flights are generated for this many days from the start date, hotel nights for HOTEL_DAYS. */
export const FLIGHT_DAYS = 180;
export const HOTEL_DAYS = 365;
