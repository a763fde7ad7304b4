import { describe, expect, it } from 'vitest';
import { AIRPORTS, CITIES, distanceKm, airportOf } from './geo';

describe('geography', () => {
  it('has the region’s airports with real codes and valid IANA zones', () => {
    expect(AIRPORTS.length).toBeGreaterThanOrEqual(30);
    for (const code of ['GYD', 'GNJ', 'NAJ', 'ALA', 'NQZ', 'CIT', 'SCO', 'GUW', 'TBS', 'IST', 'DXB', 'TAS', 'FRA', 'LHR', 'CDG', 'VIE', 'WAW', 'RIX', 'PRG']) {
      expect(airportOf(code).code).toBe(code);
    }
    for (const a of AIRPORTS) {
      expect(a.code).toMatch(/^[A-Z]{3}$/);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: a.timeZone })).not.toThrow();
      expect(Math.abs(a.lat)).toBeLessThanOrEqual(90);
    }
    expect(new Set(AIRPORTS.map((a) => a.code)).size).toBe(AIRPORTS.length);
  });

  it('names cities in all four languages', () => {
    for (const c of CITIES) for (const l of ['en', 'ru', 'az', 'kk'] as const) expect(c.name[l].length).toBeGreaterThan(1);
    expect(CITIES.find((c) => c.id === 'baku')!.name).toEqual({ en: 'Baku', ru: 'Баку', az: 'Bakı', kk: 'Баку' });
  });

  it('measures great-circle distances', () => {
    // Baku–Istanbul is about 1,770 km.
    expect(distanceKm(airportOf('GYD'), airportOf('IST'))).toBeGreaterThan(1700);
    expect(distanceKm(airportOf('GYD'), airportOf('IST'))).toBeLessThan(1850);
  });
});
