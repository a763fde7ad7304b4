/**
 * The demo catalog: pure, deterministic generators of plain rows (same seed, same data).
 * The seed script (prisma/seed/catalog.ts) writes them to PostgreSQL; tests use them directly.
 */
export { AIRLINES, AIRLINE_DEFS, airlineOf, generateFareFamilies, familyTemplatesOf } from './airlines';
export { AIRPORTS, CITIES, airportOf, cityOf, distanceKm } from './geo';
export { generateFlightRoutes, blockMinutes } from './routes';
export { generateFlights, FARES_PER_SEGMENT, type FlightCatalogOptions, type GeneratedFlight } from './flights';
export { generateHotels, generateRoomNights, hotelCurrency, HOTEL_CITY_IDS, AMENITIES, PHOTO_FILES, type GeneratedHotel } from './hotels';
export { generateTransfers, type GeneratedTransfers } from './transfers';
export { VEHICLE_CLASSES, vehicleClassOf, isVehicleClass, type VehicleClassInfo } from './vehicle-classes';
export { DEMO_RATES_PER_USD, usdToMinor } from './money';
export { Rng, rngFor, hashSeed, mulberry32 } from './prng';
export * from './tz';
export type * from './types';

/** The seed of the shipped demo catalog. */
export const DEFAULT_CATALOG_SEED = 20_260_401;
/** Flights are generated for this many days from the start date, hotel nights for HOTEL_DAYS. */
export const FLIGHT_DAYS = 180;
export const HOTEL_DAYS = 365;
