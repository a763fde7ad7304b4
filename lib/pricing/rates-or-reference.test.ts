import { describe, expect, it } from 'vitest';
import { CATALOG_REFERENCE_RATES } from '@/lib/inventory/reference-rates';
import { ratesOrReference, REFERENCE_RATES } from './rates-or-reference';
import { RATES } from './test-offers';

describe('ratesOrReference (Agreement 4.6)', () => {
  it('uses the stored day of rates whole', () => {
    expect(ratesOrReference(RATES)).toBe(RATES);
  });

  it('never patches a stored set with the reference: a currency it lacks stays missing', () => {
    const usdOnly = { asOf: '2026-11-30', base: 'AZN', perBase: { USD: '0.59' } };
    expect(ratesOrReference(usdOnly)).toBe(usdOnly);
    expect(ratesOrReference(usdOnly).perBase).not.toHaveProperty('KZT');
  });

  it.each([null, undefined])('falls back to the reference rates when none are stored (%s)', (stored) => {
    expect(ratesOrReference(stored)).toBe(REFERENCE_RATES);
    expect(REFERENCE_RATES).toEqual(CATALOG_REFERENCE_RATES);
    expect(REFERENCE_RATES.base).toBe('AZN');
  });
});
