import { describe, expect, it } from 'vitest';
import { decodeOfferId, encodeOfferId, type OfferKey } from './offer-id';

describe('offer ids', () => {
  const keys: OfferKey[] = [
    { kind: 'FLIGHT', passengers: { adults: 2, children: 1, infants: 0 }, slices: [[72570, 81231], [90120]] },
    { kind: 'FLIGHT', passengers: { adults: 1, children: 0, infants: 1 }, slices: [[10]] },
    { kind: 'HOTEL', ratePlanId: 1234, checkIn: '2026-12-01', checkOut: '2026-12-04', rooms: 1, guests: 2 },
    { kind: 'TRANSFER', routeId: 12, vehicleClass: 'MINIBUS_13', pickupDate: '2026-12-01', pickupTime: '09:30', passengers: 9, bags: 0 },
  ];

  it('round-trips and stays URL-safe', () => {
    for (const key of keys) {
      const id = encodeOfferId(key);
      expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(encodeURIComponent(id)).toBe(id);
      expect(decodeOfferId(id)).toEqual(key);
    }
    expect(encodeOfferId(keys[0]!)).toBe('F.2-1-0.72570_81231.90120');
  });

  it('refuses malformed ids', () => {
    for (const id of ['', 'X.1', 'F.2-1.5', 'F.2-1-0', 'F.2-1-0.1_2_3', 'F.2-1-0.1.2.3', 'H.1.20261301.20261302.1-1', 'H.1.20261201.20261202.0-1', 'T.1.BUS.20261201T0930.1-0', 'T.1.ECONOMY.20261201T2460.1-0', 'F.2-1-0.1;drop']) {
      expect(decodeOfferId(id)).toBeNull();
    }
  });
});
