import type { VehicleClass } from './types';

export type VehicleClassInfo = {
  code: VehicleClass;
  /** Agreement 6.2 sorts classes into two groups with different lead times. */
  tier: 'STANDARD' | 'PREMIUM';
  maxPassengers: number;
  maxBags: number;
  /** price against an economy car on the same route */
  priceFactor: number;
  /** typical model, shown as "or similar" */
  example: string;
};

// Agreement 6.2: standard = Micro, Economy, Comfort, Minivan 4, Minibus 7;
// premium = Premium Minibus 6, Minibus 10/13/16/19, Business, Premium.
export const VEHICLE_CLASSES: readonly VehicleClassInfo[] = [
  { code: 'MICRO', tier: 'STANDARD', maxPassengers: 2, maxBags: 2, priceFactor: 0.8, example: 'Kia Picanto' },
  { code: 'ECONOMY', tier: 'STANDARD', maxPassengers: 3, maxBags: 3, priceFactor: 1, example: 'Hyundai Accent' },
  { code: 'COMFORT', tier: 'STANDARD', maxPassengers: 3, maxBags: 3, priceFactor: 1.25, example: 'Toyota Camry' },
  { code: 'MINIVAN_4', tier: 'STANDARD', maxPassengers: 4, maxBags: 4, priceFactor: 1.4, example: 'Hyundai Staria' },
  { code: 'MINIBUS_7', tier: 'STANDARD', maxPassengers: 7, maxBags: 7, priceFactor: 1.8, example: 'Mercedes-Benz Vito' },
  { code: 'PREMIUM_MINIBUS_6', tier: 'PREMIUM', maxPassengers: 6, maxBags: 6, priceFactor: 2.6, example: 'Mercedes-Benz V-Class' },
  { code: 'MINIBUS_10', tier: 'PREMIUM', maxPassengers: 10, maxBags: 10, priceFactor: 2.4, example: 'Ford Transit' },
  { code: 'MINIBUS_13', tier: 'PREMIUM', maxPassengers: 13, maxBags: 13, priceFactor: 2.8, example: 'Mercedes-Benz Sprinter' },
  { code: 'MINIBUS_16', tier: 'PREMIUM', maxPassengers: 16, maxBags: 16, priceFactor: 3.2, example: 'Mercedes-Benz Sprinter' },
  { code: 'MINIBUS_19', tier: 'PREMIUM', maxPassengers: 19, maxBags: 19, priceFactor: 3.6, example: 'Mercedes-Benz Sprinter XL' },
  { code: 'BUSINESS', tier: 'PREMIUM', maxPassengers: 3, maxBags: 3, priceFactor: 2.2, example: 'Mercedes-Benz E-Class' },
  { code: 'PREMIUM', tier: 'PREMIUM', maxPassengers: 3, maxBags: 3, priceFactor: 3.4, example: 'Mercedes-Benz S-Class' },
];

const byCode = new Map(VEHICLE_CLASSES.map((v) => [v.code, v]));

export function vehicleClassOf(code: string): VehicleClassInfo {
  const info = byCode.get(code as VehicleClass);
  if (!info) throw new Error(`unknown vehicle class ${code}`);
  return info;
}

export function isVehicleClass(code: string): code is VehicleClass {
  return byCode.has(code as VehicleClass);
}
