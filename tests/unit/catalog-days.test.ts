import { describe, expect, it } from 'vitest';
import { catalogWindowFromEnv } from '@/prisma/seed/catalog-days';

describe('KARVAN_CATALOG_DAYS', () => {
  it('leaves the full catalog when unset or empty', () => {
    expect(catalogWindowFromEnv(undefined)).toEqual({});
    expect(catalogWindowFromEnv('')).toEqual({});
  });

  it('shortens flights and hotel nights to the first N days, flights never past their own window', () => {
    expect(catalogWindowFromEnv('40')).toEqual({ flightDays: 40, hotelDays: 40 });
    expect(catalogWindowFromEnv('300')).toEqual({ flightDays: 180, hotelDays: 300 });
  });

  it('refuses what is not a whole number of days within the hotel window', () => {
    for (const bad of ['0', '-3', '2.5', 'forty', '366']) expect(() => catalogWindowFromEnv(bad)).toThrow(/KARVAN_CATALOG_DAYS/);
  });
});
