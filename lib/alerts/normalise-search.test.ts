import { describe, expect, it } from 'vitest';
import { expiryOf, normaliseSearch, resultsPath } from './normalise-search';

const today = '2026-12-07';

describe('normaliseSearch', () => {
  it('gives spellings of one flight search one key, without filters, sort or page', () => {
    const a = normaliseSearch('FLIGHT', { to: 'ala', from: 'GYD', depart: '2026-12-20', adults: '1', sort: 'duration', stops: '0', page: '2' }, today);
    const b = normaliseSearch('FLIGHT', { from: 'gyd', to: 'ALA', depart: '2026-12-20', trip: 'oneway', children: '0', cabin: 'ECONOMY' }, today);
    expect(a?.queryKey).toBeDefined();
    expect(a?.queryKey).toBe(b?.queryKey);
    expect(a?.queryKey).not.toMatch(/sort|stops|page/);
    expect(resultsPath('FLIGHT', a!.queryKey)).toBe(`/flights?${a!.queryKey}`);
  });

  it('refuses a past or invalid search', () => {
    expect(normaliseSearch('FLIGHT', { from: 'GYD', to: 'ALA', depart: '2026-12-01' }, today)).toBeNull();
    expect(normaliseSearch('HOTEL', { city: 'nowhere', checkIn: '2026-12-20', checkOut: '2026-12-22' }, today)).toBeNull();
  });

  it('ends the day after the travel date', () => {
    expect(expiryOf('2026-12-20').toISOString()).toBe('2026-12-21T00:00:00.000Z');
  });
});
