import { RulesError } from './errors';
import type { VehicleClass } from './types';

export type TransferTier = 'STANDARD' | 'PREMIUM';

// Agreement 6.2: the agreement splits vehicle classes into two groups with different lead times.
const TIER_OF: Readonly<Record<VehicleClass, TransferTier>> = {
  MICRO: 'STANDARD',
  ECONOMY: 'STANDARD',
  COMFORT: 'STANDARD',
  MINIVAN_4: 'STANDARD',
  MINIBUS_7: 'STANDARD',
  PREMIUM_MINIBUS_6: 'PREMIUM',
  MINIBUS_10: 'PREMIUM',
  MINIBUS_13: 'PREMIUM',
  MINIBUS_16: 'PREMIUM',
  MINIBUS_19: 'PREMIUM',
  BUSINESS: 'PREMIUM',
  PREMIUM: 'PREMIUM',
};

export const VEHICLE_CLASSES = Object.keys(TIER_OF) as readonly VehicleClass[];

/** Hours before pickup, per tier (Agreement 6.2). */
export const TRANSFER_LEAD_HOURS: Readonly<
  Record<TransferTier, { booking: number; change: number; freeCancellation: number }>
> = {
  STANDARD: { booking: 16, change: 16, freeCancellation: 5 },
  PREMIUM: { booking: 24, change: 24, freeCancellation: 24 },
};

/** Children, animals and extra luggage are declared this many hours before pickup, any class (Agreement 6.2). */
export const TRANSFER_EXTRAS_LEAD_HOURS = 24;

export function transferTier(vehicleClass: VehicleClass): TransferTier {
  // Snapshots come from stored JSON, so the union type alone does not guarantee a known class.
  const tier = Object.hasOwn(TIER_OF, vehicleClass) ? TIER_OF[vehicleClass] : undefined;
  if (!tier) throw new RulesError('INVALID_ITEM', `unknown vehicle class "${String(vehicleClass)}"`);
  return tier;
}
