import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, zonedTimeToUtc } from '@/lib/inventory/catalog';
import { createCatalogSuppliers } from '@/lib/inventory/catalog-supplier';
import type { TransferOffer } from '@/lib/inventory/supplier';
import { futureStart, seedSmallCatalog } from './catalog-helpers';

const HOUR = 3_600_000;
const suppliers = createCatalogSuppliers(db);
const pickupDate = addDays(futureStart(), 5);
const query = { airportCode: 'GYD', zoneSlug: 'baku-old-city', pickupDate, pickupTime: '09:30', passengers: 2, bags: 2 };
const pickupAt = zonedTimeToUtc(pickupDate, '09:30', 'Asia/Baku');
const STANDARD = ['MICRO', 'ECONOMY', 'COMFORT', 'MINIVAN_4', 'MINIBUS_7'];

describe('transfer search on the catalog', () => {
  beforeAll(async () => {
    await seedSmallCatalog({ flightDays: 1, hotelDays: 1 });
  });

  it('lists all twelve classes with a price and the latest booking time of Agreement 6.2', async () => {
    const { offers } = await suppliers.transfers.search(query, new Date(pickupAt.getTime() - 48 * HOUR));
    expect(offers.map((o) => o.vehicleClass)).toEqual([
      'MICRO', 'ECONOMY', 'COMFORT', 'MINIVAN_4', 'MINIBUS_7', 'PREMIUM_MINIBUS_6',
      'MINIBUS_10', 'MINIBUS_13', 'MINIBUS_16', 'MINIBUS_19', 'BUSINESS', 'PREMIUM',
    ]);
    for (const o of offers) {
      expect(o.price.total.currency).toBe('AZN');
      expect(o.price.total.amount).toBeGreaterThan(0);
      expect(o.pickupAt.toISOString()).toBe(pickupAt.toISOString());
      const lead = STANDARD.includes(o.vehicleClass) ? 16 : 24;
      expect(o.bookableUntil.toISOString()).toBe(new Date(pickupAt.getTime() - lead * HOUR).toISOString());
      expect(o.unavailable).toEqual([]);
    }
  });

  it('shows premium classes as too late 20 hours before pickup, standard ones still bookable', async () => {
    const { offers } = await suppliers.transfers.search(query, new Date(pickupAt.getTime() - 20 * HOUR));
    for (const o of offers) {
      if (STANDARD.includes(o.vehicleClass)) expect(o.unavailable).toEqual([]);
      else expect(o.unavailable).toEqual(['TRANSFER_BOOKING_TOO_LATE']);
    }
  });

  it('counts the boundary exactly: 16 h 00 min before pickup is still bookable, a millisecond later is not', async () => {
    const at16 = new Date(pickupAt.getTime() - 16 * HOUR);
    const economy = (offers: TransferOffer[]) => offers.find((o) => o.vehicleClass === 'ECONOMY')!;
    expect(economy((await suppliers.transfers.search(query, at16)).offers).unavailable).toEqual([]);
    expect(economy((await suppliers.transfers.search(query, new Date(at16.getTime() + 1))).offers).unavailable).toEqual(['TRANSFER_BOOKING_TOO_LATE']);
    const offer = economy((await suppliers.transfers.search(query, at16)).offers);
    const late = await db.$transaction((tx) =>
      suppliers.transfers.hold(tx, { offer, holdId: 'late-transfer', expiresAt: new Date(Date.now() + 600_000), at: new Date(at16.getTime() + 1) }),
    );
    expect(late).toEqual({ status: 'CLOSED', reason: 'TRANSFER_BOOKING_TOO_LATE' });
  });

  it('marks classes too small for the party or its bags', async () => {
    const { offers } = await suppliers.transfers.search({ ...query, passengers: 5, bags: 8 }, new Date(pickupAt.getTime() - 48 * HOUR));
    expect(offers.find((o) => o.vehicleClass === 'ECONOMY')!.unavailable).toEqual(['TOO_MANY_PASSENGERS', 'TOO_MANY_BAGS']);
    expect(offers.find((o) => o.vehicleClass === 'MINIBUS_7')!.unavailable).toEqual(['TOO_MANY_BAGS']);
    expect(offers.find((o) => o.vehicleClass === 'MINIBUS_10')!.unavailable).toEqual([]);
  });

  it('never books more vehicles of a class on a day than the fleet can run', async () => {
    const at = new Date(pickupAt.getTime() - 48 * HOUR);
    await db.$executeRawUnsafe(`UPDATE transfer_fleet SET daily_capacity = 2 WHERE airport_code = 'GYD' AND vehicle_class = 'BUSINESS'`);
    const offer = (await suppliers.transfers.search(query, at)).offers.find((o) => o.vehicleClass === 'BUSINESS')!;
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        db.$transaction((tx) => suppliers.transfers.hold(tx, { offer, holdId: `transfer-race-${i}`, expiresAt: new Date(Date.now() + 600_000), at })),
      ),
    );
    expect(results.filter((r) => r.status === 'HELD')).toHaveLength(2);
    const after = (await suppliers.transfers.search(query, at)).offers.find((o) => o.vehicleClass === 'BUSINESS')!;
    expect(after.unavailable).toEqual(['FULLY_BOOKED']);
    const winner = results.findIndex((r) => r.status === 'HELD');
    await db.$transaction((tx) => suppliers.transfers.release(tx, `transfer-race-${winner}`));
    expect((await suppliers.transfers.search(query, at)).offers.find((o) => o.vehicleClass === 'BUSINESS')!.unavailable).toEqual([]);
  });
});
