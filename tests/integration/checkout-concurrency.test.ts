/**
 * Issue 6, reliability: concurrent attempts for the last units of inventory never oversell. Every
 * attempt is a complete checkout (its own browser, trip and passenger) through placeOrder on the real
 * database and the catalog supplier's conditional UPDATEs.
 */
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, checkoutInput, createFlight, createHotel, createTransfer, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { isBookingError } = await import('@/lib/booking/errors');

const ATTEMPTS = 200;

/**
 * Each attempt's trip is made while the inventory is still there (each adds the offer), then `before`
 * takes the inventory down to its last units, then every checkout runs at once.
 */
async function race(offer: { kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; offerId: string }, attempts = ATTEMPTS, before: () => Promise<unknown> = async () => {}) {
  const prepared = [];
  for (let i = 0; i < attempts; i++) {
    const trip = await createTrip([offer]);
    prepared.push({ trip, input: await checkoutInput(trip) });
  }
  await before();
  const results = await Promise.allSettled(
    prepared.map(({ trip, input }) => placeOrder({ owner: trip.owner, input, locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION })),
  );
  for (const r of results) {
    // Every refusal is the expected one, never a crash, a deadlock or a connection timeout.
    if (r.status === 'rejected') expect(isBookingError(r.reason, 'SOLD_OUT'), String(r.reason)).toBe(true);
  }
  const held = results.filter((r) => r.status === 'fulfilled').length;
  return { held, refused: results.length - held };
}

describe('no overselling under concurrency', () => {
  it(`${ATTEMPTS} concurrent checkouts for the last 20 seats of a fare: exactly 20 orders hold seats`, async () => {
    const flight = await createFlight({ seats: ATTEMPTS });
    const offer = { kind: 'FLIGHT' as const, offerId: flight.offerId(1) };
    const { held, refused } = await race(offer, ATTEMPTS, () => db.fare.update({ where: { id: flight.fareId }, data: { seatsLeft: 20 } }));

    expect(held).toBe(20);
    expect(refused).toBe(ATTEMPTS - 20);
    const fare = await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } });
    expect(fare.seatsLeft).toBe(0);
    expect(await db.order.count({ where: { status: 'HELD' } })).toBe(20);
    expect(await db.orderHold.count({ where: { kind: 'FLIGHT', status: 'HELD' } })).toBe(20);
    const taken = await db.$queryRaw<{ seats: bigint }[]>`SELECT coalesce(sum(seats), 0)::bigint AS seats FROM catalog_holds WHERE status = 'HELD' AND ${flight.fareId} = ANY(fare_ids)`;
    expect(Number(taken[0]!.seats)).toBe(20);
  }, 180_000);

  it(`${ATTEMPTS} concurrent checkouts for the last room of a night: exactly one order holds it`, async () => {
    const hotel = await createHotel({ allotment: 1, nights: 1 });
    const before = await db.order.count({ where: { status: 'HELD' } });
    const { held } = await race({ kind: 'HOTEL', offerId: hotel.offerId(1, 1) });
    expect(held).toBe(1);
    const night = await db.roomNight.findFirstOrThrow({ where: { roomTypeId: hotel.roomTypeId } });
    expect(night.sold).toBe(1);
    expect(await db.order.count({ where: { status: 'HELD' } })).toBe(before + 1);
  }, 180_000);

  it(`${ATTEMPTS} concurrent checkouts for the last vehicle of a slot: exactly one order holds it`, async () => {
    const transfer = await createTransfer({ vehicles: 1, vehicleClass: 'BUSINESS' });
    const before = await db.order.count({ where: { status: 'HELD' } });
    const { held } = await race({ kind: 'TRANSFER', offerId: transfer.offerId(1, 1) });
    expect(held).toBe(1);
    const load = await db.transferDayLoad.findFirstOrThrow({ where: { airportCode: 'GYD', vehicleClass: 'BUSINESS' } });
    expect(load.booked).toBe(1);
    expect(await db.order.count({ where: { status: 'HELD' } })).toBe(before + 1);
  }, 180_000);
});

describe('no overselling across processes', () => {
  it('with the per-process gate wide open, 40 concurrent checkouts for the last 5 seats hold exactly 5', async () => {
    const { setOrderGateLimit, MAX_CONCURRENT_ORDER_TRANSACTIONS } = await import('@/lib/booking/order-gate');
    setOrderGateLimit(40);
    try {
      const flight = await createFlight({ seats: 40 });
      const { held } = await race({ kind: 'FLIGHT', offerId: flight.offerId(1) }, 40, () => db.fare.update({ where: { id: flight.fareId }, data: { seatsLeft: 5 } }));
      expect(held).toBe(5);
      expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(0);
    } finally {
      setOrderGateLimit(MAX_CONCURRENT_ORDER_TRANSACTIONS);
    }
  }, 120_000);
});
