import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, zonedTimeToUtc } from '@/lib/inventory/catalog';
import { createCatalogSuppliers } from '@/lib/inventory/catalog-supplier';
import { cancelsFree, groupHotelOffers } from '@/lib/inventory/search-hotels';
import { quoteCancellation } from '@/lib/rules';
import { toRulesItem } from '@/lib/inventory/to-rules-item';
import type { HotelOffer } from '@/lib/inventory/supplier';
import type { HotelQuery } from '@/lib/inventory/search-params';
import { futureStart, seedSmallCatalog } from './catalog-helpers';

const start = futureStart();
const checkIn = addDays(start, 10);
const checkOut = addDays(checkIn, 3);
const suppliers = createCatalogSuppliers(db);
const stay = { cityId: 'baku', checkIn, checkOut, guests: 2, rooms: 1 };
const noFilters: HotelQuery['filters'] = { maxPrice: null, stars: [], districts: [], freeCancellation: false, boards: [] };

describe('hotel search on the catalog', () => {
  beforeAll(async () => {
    await seedSmallCatalog({ startDate: start, flightDays: 1 });
  });

  it('prices a stay from its nights, with the rate factor and board per guest', async () => {
    const { offers } = await suppliers.hotels.search(stay, new Date());
    expect(offers.length).toBeGreaterThan(20);
    for (const offer of offers.slice(0, 25)) {
      const nights = await db.$queryRawUnsafe<{ price_minor: number }[]>(
        `SELECT price_minor FROM room_nights WHERE room_type_id = $1 AND night >= $2::date AND night < $3::date ORDER BY night`,
        offer.roomType.id,
        checkIn,
        checkOut,
      );
      const [plan] = await db.$queryRawUnsafe<{ price_factor_bp: number; board_supplement_minor: number }[]>(
        `SELECT price_factor_bp, board_supplement_minor FROM rate_plans WHERE id = $1`,
        offer.ratePlan.id,
      );
      const room = nights.reduce((n, r) => n + Math.round((r.price_minor * plan!.price_factor_bp) / 10_000), 0);
      expect(nights).toHaveLength(3);
      expect(offer.price.total.amount).toBe(room + plan!.board_supplement_minor * 2 * 3);
      expect(offer.price.total.currency).toBe('AZN');
      expect(offer.nights).toBe(3);
    }
  });

  it('turns "free until N days before" into an instant at the hotel check-in time, in its zone', async () => {
    const { offers } = await suppliers.hotels.search(stay, new Date());
    const free = offers.find((o) => o.cancellationTerms.kind === 'FREE_UNTIL')!;
    if (free.cancellationTerms.kind !== 'FREE_UNTIL' || free.cancellation.type !== 'FREE_UNTIL') throw new Error('expected FREE_UNTIL');
    const expected = zonedTimeToUtc(addDays(checkIn, -free.cancellationTerms.daysBefore), free.hotel.checkInTime, 'Asia/Baku');
    expect(free.cancellation.freeUntil.toISOString()).toBe(expected.toISOString());
    expect(free.checkInAt.toISOString()).toBe(zonedTimeToUtc(checkIn, free.hotel.checkInTime, 'Asia/Baku').toISOString());
    // The rules module reads the same item: free up to the deadline, the penalty one millisecond later.
    const item = toRulesItem(free, { amount: 0, currency: 'AZN' });
    expect(quoteCancellation(item, free.cancellation.freeUntil).reason).toBe('HOTEL_FREE_CANCELLATION');
    expect(quoteCancellation(item, new Date(free.cancellation.freeUntil.getTime() + 1)).reason).toBe('HOTEL_CANCELLATION_PENALTY');
    const nr = offers.find((o) => o.cancellation.type === 'NON_REFUNDABLE')!;
    expect(quoteCancellation(toRulesItem(nr, { amount: 0, currency: 'AZN' }), new Date()).allowed).toBe(false);
  });

  it('filters by stars, free cancellation, board and price, and sorts', async () => {
    const at = new Date();
    const { offers } = await suppliers.hotels.search(stay, at);
    const group = (filters: Partial<typeof noFilters>, sort: 'price' | 'stars' | 'rating' = 'price') =>
      groupHotelOffers(offers, { filters: { ...noFilters, ...filters }, sort, page: 1 }, at);

    const all = group({});
    expect(all.total).toBe(new Set(offers.map((o) => o.hotel.id)).size);
    const prices = all.cards.map((c) => c.cheapest.price.total.amount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const stars = group({}, 'stars').cards.map((c) => c.hotel.stars);
    expect(stars).toEqual([...stars].sort((a, b) => b - a));

    expect(group({ stars: [5] }).cards.every((c) => c.hotel.stars === 5)).toBe(true);
    // District facets count the hotels in each; filtering by two keeps exactly theirs.
    expect(all.facets.districts.reduce((sum, d) => sum + d.count, 0)).toBe(all.total);
    const two = all.facets.districts.slice(0, 2);
    expect(two).toHaveLength(2);
    const inTwo = group({ districts: two.map((d) => d.name) });
    expect(inTwo.total).toBe(two[0]!.count + two[1]!.count);
    expect(inTwo.cards.every((c) => two.some((d) => d.name === c.hotel.district))).toBe(true);
    const free = group({ freeCancellation: true });
    expect(free.cards.length).toBeGreaterThan(0);
    expect(free.cards.every((c) => cancelsFree(c.cheapest, at))).toBe(true);
    expect(group({ boards: ['BB'] }).cards.every((c) => c.cheapest.ratePlan.board === 'BB')).toBe(true);
    const cap = Math.floor(prices[Math.floor(prices.length / 2)]! / 100);
    expect(group({ maxPrice: cap }).cards.every((c) => c.cheapest.price.total.amount <= cap * 100)).toBe(true);
    // The cheapest card is the cheapest rate of its hotel.
    const first = all.cards[0]!;
    expect(first.cheapest.price.total.amount).toBe(Math.min(...offers.filter((o) => o.hotel.id === first.hotel.id).map((o) => o.price.total.amount)));
  });

  it('leaves out a rate with a sold-out night, and one whose rooms are too small', async () => {
    const { offers } = await suppliers.hotels.search(stay, new Date());
    const target = offers[0]!;
    await db.$executeRawUnsafe(`UPDATE room_nights SET sold = allotment WHERE room_type_id = $1 AND night = $2::date`, target.roomType.id, addDays(checkIn, 1));
    const after = await suppliers.hotels.search(stay, new Date());
    expect(after.offers.some((o) => o.roomType.id === target.roomType.id)).toBe(false);
    expect(await suppliers.hotels.reprice(target, new Date())).toEqual({ status: 'SOLD_OUT' });
    const details = await suppliers.hotels.getHotel(target.hotel.slug, stay, new Date());
    const rate = details!.rooms.find((r) => r.roomType.id === target.roomType.id)!.rates[0]!;
    expect(rate).toMatchObject({ offer: null, unavailable: 'SOLD_OUT' });

    const crowd = await suppliers.hotels.search({ ...stay, guests: 4, rooms: 1 }, new Date());
    expect(crowd.offers.every((o) => o.roomType.maxOccupancy >= 4)).toBe(true);
  });

  it('holds rooms without overselling and gives them back on release', async () => {
    const { offers } = await suppliers.hotels.search(stay, new Date());
    const offer = offers.find((o) => o.roomsLeft >= 1)!;
    await db.$executeRawUnsafe(
      `UPDATE room_nights SET allotment = 2, sold = 0 WHERE room_type_id = $1 AND night >= $2::date AND night < $3::date`,
      offer.roomType.id,
      checkIn,
      checkOut,
    );
    const fresh = (await suppliers.hotels.getOffer(offer.offerId, new Date())) as HotelOffer;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        db.$transaction((tx) => suppliers.hotels.hold(tx, { offer: fresh, holdId: `hotel-race-${i}`, expiresAt: new Date(Date.now() + 600_000), at: new Date() })),
      ),
    );
    expect(results.filter((r) => r.status === 'HELD')).toHaveLength(2);
    const sold = await db.$queryRawUnsafe<{ sold: number }[]>(
      `SELECT sold FROM room_nights WHERE room_type_id = $1 AND night >= $2::date AND night < $3::date`,
      offer.roomType.id,
      checkIn,
      checkOut,
    );
    expect(sold.map((s) => s.sold)).toEqual([2, 2, 2]);
    const winner = results.findIndex((r) => r.status === 'HELD');
    await db.$transaction((tx) => suppliers.hotels.release(tx, `hotel-race-${winner}`));
    const back = await db.$queryRawUnsafe<{ sold: number }[]>(
      `SELECT sold FROM room_nights WHERE room_type_id = $1 AND night >= $2::date AND night < $3::date`,
      offer.roomType.id,
      checkIn,
      checkOut,
    );
    expect(back.map((s) => s.sold)).toEqual([1, 1, 1]);
  });
});
