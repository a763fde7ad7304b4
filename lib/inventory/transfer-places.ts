/**
 * Airports with transfers and the city zones each serves, for the transfer form. The network is
 * the same whatever the catalog seed (only prices and fleets depend on it).
 */
import { DEFAULT_CATALOG_SEED } from './catalog';
import { airportOf, cityOf } from './catalog/geo';
import { generateTransfers } from './catalog/transfers';
import type { Locale, Localized } from './catalog/types';

export type TransferZoneOption = { slug: string; name: Localized; cityId: string };

const network = generateTransfers(DEFAULT_CATALOG_SEED);
const zoneById = new Map(network.zones.map((z) => [z.id, z]));

export const TRANSFER_ZONES_BY_AIRPORT: ReadonlyMap<string, TransferZoneOption[]> = (() => {
  const map = new Map<string, TransferZoneOption[]>();
  for (const route of network.routes) {
    const zone = zoneById.get(route.zoneId)!;
    map.set(route.airportCode, [...(map.get(route.airportCode) ?? []), { slug: zone.slug, name: zone.name, cityId: zone.cityId }]);
  }
  return map;
})();

export type TransferAirportOption = {
  code: string;
  name: string;
  cityName: string;
  zones: { slug: string; name: string }[];
};

export function transferAirportOptions(locale: Locale): TransferAirportOption[] {
  return [...TRANSFER_ZONES_BY_AIRPORT.entries()].map(([code, zones]) => {
    const airport = airportOf(code);
    return {
      code,
      name: airport.name[locale],
      cityName: cityOf(airport.cityId).name[locale],
      zones: zones.map((z) => ({ slug: z.slug, name: z.name[locale] })),
    };
  });
}
