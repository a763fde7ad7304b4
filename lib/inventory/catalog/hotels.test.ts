import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOTEL_CITY_IDS, generateHotels, generateRoomNights } from './hotels';
import { cityOf } from './geo';

const SEED = 5;

describe('hotel catalog', () => {
  const hotels = generateHotels(SEED);

  it('is deterministic', () => {
    expect(generateHotels(SEED)).toEqual(hotels);
    expect(generateHotels(SEED + 1)).not.toEqual(hotels);
  });

  it('has at least 300 hotels in the region, in every city it lists', () => {
    expect(hotels.length).toBeGreaterThanOrEqual(300);
    for (const cityId of ['baku', 'ganja', 'gabala', 'sheki', 'shusha', 'nakhchivan', 'lankaran', 'almaty', 'astana', 'shymkent', 'aktau', 'atyrau', 'turkistan', 'tbilisi', 'batumi', 'tashkent', 'samarkand', 'istanbul', 'dubai']) {
      expect(HOTEL_CITY_IDS).toContain(cityId);
      expect(hotels.filter((h) => h.hotel.cityId === cityId).length).toBeGreaterThan(0);
    }
    expect(new Set(hotels.map((h) => h.hotel.slug)).size).toBe(hotels.length);
  });

  it('gives every hotel rooms, rates, photos that exist and the currency of its country', () => {
    for (const { hotel, roomTypes, ratePlans } of hotels) {
      expect(hotel.stars).toBeGreaterThanOrEqual(2);
      expect(hotel.stars).toBeLessThanOrEqual(5);
      expect(hotel.address).toContain(cityOf(hotel.cityId).name.en);
      expect(roomTypes.length).toBeGreaterThanOrEqual(2);
      for (const rt of roomTypes) expect(ratePlans.some((rp) => rp.roomTypeId === rt.id)).toBe(true);
      for (const photo of hotel.photos) expect(existsSync(path.join(import.meta.dirname, '../../../public', photo.path))).toBe(true);
      const country = cityOf(hotel.cityId).countryCode;
      expect(hotel.currency).toBe(country === 'AZ' ? 'AZN' : country === 'KZ' ? 'KZT' : country === 'TR' ? 'EUR' : 'USD');
      const codes = ratePlans.map((rp) => `${rp.roomTypeId}:${rp.code}`);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('has every kind of cancellation policy and board', () => {
    const plans = hotels.flatMap((h) => h.ratePlans);
    expect(plans.some((p) => p.cancellation.kind === 'NON_REFUNDABLE')).toBe(true);
    expect(plans.some((p) => p.cancellation.kind === 'FREE_UNTIL' && p.cancellation.penalty.kind === 'FIRST_NIGHT')).toBe(true);
    expect(plans.some((p) => p.cancellation.kind === 'FREE_UNTIL' && p.cancellation.penalty.kind === 'PERCENT')).toBe(true);
    expect(new Set(plans.map((p) => p.board))).toEqual(new Set(['RO', 'BB', 'HB', 'FB', 'AI']));
  });

  it('streams a night per room type per day, the same whatever the window', () => {
    const sample = hotels.slice(0, 5);
    const nights = [...generateRoomNights(sample, { seed: SEED, startDate: '2026-12-01', days: 365 })];
    expect(nights.length).toBe(sample.reduce((n, h) => n + h.roomTypes.length, 0) * 365);
    for (const n of nights) {
      expect(n.sold).toBeGreaterThanOrEqual(0);
      expect(n.sold).toBeLessThanOrEqual(n.allotment);
      expect(n.priceMinor).toBeGreaterThan(0);
    }
    const later = [...generateRoomNights(sample, { seed: SEED, startDate: '2026-12-10', days: 3 })];
    for (const n of later) expect(nights.find((m) => m.roomTypeId === n.roomTypeId && m.night === n.night)).toEqual(n);
    expect(nights.some((n) => n.sold === n.allotment)).toBe(true);
  });
});
