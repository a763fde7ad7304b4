import { describe, expect, it } from 'vitest';
import { cityOf } from './catalog';
import { bookableFirst, distanceToCentreKm, highlightedAmenities } from './hotel-facts';
import type { HotelDetails, HotelOffer } from './supplier';

type Room = HotelDetails['rooms'][number];
const offer = {} as HotelOffer;
function room(id: number, rates: ('open' | 'SOLD_OUT')[]): Room {
  return {
    roomType: { id, code: 'STANDARD_DOUBLE', maxOccupancy: 2, beds: 'DOUBLE', sizeM2: 20 },
    rates: rates.map((state, i) => ({
      ratePlan: { id: id * 10 + i, code: 'FLEX_RO', board: 'RO', cancellationTerms: { kind: 'NON_REFUNDABLE' } },
      offer: state === 'open' ? offer : null,
      unavailable: state === 'open' ? null : 'SOLD_OUT',
    })),
  } as Room;
}

describe('hotel facts', () => {
  it('lists sold-out rooms after bookable ones, and sold-out rates after bookable ones, keeping the supplier order otherwise', () => {
    const ordered = bookableFirst([room(1, ['SOLD_OUT']), room(2, ['SOLD_OUT', 'open']), room(3, ['open']), room(4, ['SOLD_OUT', 'SOLD_OUT'])]);
    expect(ordered.map((r) => r.roomType.id)).toEqual([2, 3, 1, 4]);
    expect(ordered[0]!.rates.map((r) => r.ratePlan.id)).toEqual([21, 20]);
  });

  it('measures the distance to the city centre, and knows none for a city it cannot place', () => {
    const baku = cityOf('baku');
    expect(distanceToCentreKm({ cityId: 'baku', lat: baku.lat, lon: baku.lon })).toBe(0);
    // 0.1° of latitude is about 11.1 km.
    expect(distanceToCentreKm({ cityId: 'baku', lat: baku.lat + 0.1, lon: baku.lon })).toBe(11.1);
    expect(distanceToCentreKm({ cityId: 'nowhere', lat: 1, lon: 1 })).toBeNull();
  });

  it('highlights at most three amenities, the most telling first', () => {
    expect(highlightedAmenities({ amenities: ['WIFI', 'PARKING', 'POOL', 'SPA', 'BEACH'] })).toEqual(['BEACH', 'POOL', 'SPA']);
    expect(highlightedAmenities({ amenities: ['LAUNDRY'] })).toEqual([]);
  });
});
