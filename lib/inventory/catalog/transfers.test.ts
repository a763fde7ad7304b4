import { describe, expect, it } from 'vitest';
import { airportOf } from './geo';
import { generateTransfers } from './transfers';
import { VEHICLE_CLASSES } from './vehicle-classes';

describe('transfer catalog', () => {
  const t = generateTransfers(3);

  it('is deterministic', () => {
    expect(generateTransfers(3)).toEqual(t);
  });

  it('lists the twelve vehicle classes of Agreement 6.2 in their groups', () => {
    expect(VEHICLE_CLASSES.map((v) => v.code)).toEqual([
      'MICRO', 'ECONOMY', 'COMFORT', 'MINIVAN_4', 'MINIBUS_7', 'PREMIUM_MINIBUS_6',
      'MINIBUS_10', 'MINIBUS_13', 'MINIBUS_16', 'MINIBUS_19', 'BUSINESS', 'PREMIUM',
    ]);
    expect(VEHICLE_CLASSES.filter((v) => v.tier === 'STANDARD').map((v) => v.code)).toEqual(['MICRO', 'ECONOMY', 'COMFORT', 'MINIVAN_4', 'MINIBUS_7']);
    const seats = Object.fromEntries(VEHICLE_CLASSES.map((v) => [v.code, v.maxPassengers]));
    expect(seats).toMatchObject({ MINIVAN_4: 4, MINIBUS_7: 7, PREMIUM_MINIBUS_6: 6, MINIBUS_10: 10, MINIBUS_13: 13, MINIBUS_16: 16, MINIBUS_19: 19 });
  });

  it('prices every class on every route in the currency of the country', () => {
    expect(t.routes.length).toBeGreaterThanOrEqual(30);
    for (const route of t.routes) {
      const prices = t.prices.filter((p) => p.routeId === route.id);
      expect(prices.map((p) => p.vehicleClass)).toEqual(VEHICLE_CLASSES.map((v) => v.code));
      const country = airportOf(route.airportCode).countryCode;
      for (const p of prices) {
        expect(p.currency).toBe(route.currency);
        expect(p.amountMinor).toBeGreaterThan(0);
      }
      if (country === 'AZ') expect(route.currency).toBe('AZN');
      if (country === 'KZ') expect(route.currency).toBe('KZT');
    }
  });

  it('has a fleet of every class at every airport it serves', () => {
    const airports = new Set(t.routes.map((r) => r.airportCode));
    expect(t.fleet.length).toBe(airports.size * VEHICLE_CLASSES.length);
    for (const f of t.fleet) expect(f.dailyCapacity).toBeGreaterThan(0);
  });
});
