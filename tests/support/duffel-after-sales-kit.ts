/**
 * After-sales through Duffel on the real database against the local Duffel: the suppliers switched to a
 * local Duffel on a random port, the mail templates the flows queue, and orders whose holds are booked at
 * that Duffel under the same hold id, as checkout and issuing book them. Import it after
 * configureBookingTestEnv (it loads the database client).
 */
import { expect } from 'vitest';
import { refundMailTemplates } from '@/lib/after-sales/refund-mail-templates';
import { staffMailTemplates } from '@/lib/after-sales/staff-mail-templates';
import { travellerMailTemplates } from '@/lib/after-sales/traveller-mail-templates';
import { db } from '@/lib/db/client';
import { documentMailTemplates } from '@/lib/documents/mail-templates';
import { registerFulfilment } from '@/lib/fulfilment/register-fulfilment';
import { createDuffelContext } from '@/lib/inventory/duffel/context';
import { dbBookingStore } from '@/lib/inventory/duffel/db-booking-store';
import { createDuffelFlightSupplier } from '@/lib/inventory/duffel/flights';
import { createDuffelHotelSupplier } from '@/lib/inventory/duffel/hotels';
import { startLocalDuffel } from '@/lib/inventory/duffel/local/server';
import { createSuppliers, setSuppliersForTests } from '@/lib/inventory/suppliers';
import { registerMailTemplates } from '@/lib/mail/outbox';

export type LocalDuffel = Awaited<ReturnType<typeof startLocalDuffel>>;

export const TOKEN = 'duffel_test_localtoken';
export const travellers = [{ type: 'ADULT' as const, givenName: 'Aysel', familyName: 'Mammadova', bornOn: '1990-04-02', gender: 'f' as const }];
export const contact = { email: 'a@example.com', phone: '+994501234567' };

/** Flights and hotels from a local Duffel priced in the orders' currency (AZN), so its refunds read against the fare. */
export async function startDuffelAfterSales(): Promise<LocalDuffel> {
  registerFulfilment();
  const names = new Set([...documentMailTemplates, ...refundMailTemplates].map((t) => t.name));
  const standIns = ['payment-confirmed', 'itinerary-receipt', 'issue-failed', 'refund-sent', 'refund-failed']
    .filter((name) => !names.has(name))
    .map((name) => ({ name, render: async () => ({ subject: name, text: name, html: `<p>${name}</p>` }) }));
  registerMailTemplates([...documentMailTemplates, ...refundMailTemplates, ...standIns, ...travellerMailTemplates, ...staffMailTemplates]);
  const local = await startLocalDuffel({ currency: 'AZN' });
  setSuppliersForTests(
    createSuppliers({ FLIGHT_SUPPLIER: 'duffel', HOTEL_SUPPLIER: 'duffel', DUFFEL_ACCESS_TOKEN: TOKEN, DUFFEL_API_URL: local.url }, db, { duffel: { policy: { retries: 0, timeoutMs: 5_000 } } }),
  );
  return local;
}

export async function stopDuffelAfterSales(local: LocalDuffel | undefined): Promise<void> {
  setSuppliersForTests(undefined);
  await local?.close();
}

export const adapterContext = (local: LocalDuffel) => createDuffelContext('duffel-test', { token: TOKEN, basePath: local.url, store: dbBookingStore(db) });

/** Books the item's hold at the local Duffel (a paid order / a Stays booking) under the same hold id. */
export async function bookAtDuffel(local: LocalDuffel, itemId: string): Promise<{ holdId: string; remoteId: string }> {
  const hold = await db.orderHold.findUniqueOrThrow({ where: { orderItemId: itemId } });
  const ctx = adapterContext(local);
  if (hold.kind === 'FLIGHT') {
    const flights = createDuffelFlightSupplier(ctx);
    const criteria = { origins: ['GYD'], destinations: ['IST'], departDate: '2027-03-20', passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'ECONOMY' as const };
    const offer = (await flights.search(criteria, new Date())).offers.find((o) => o.fareFamily.code === 'FLEX')!;
    expect(await flights.hold({} as never, { offer, holdId: hold.id, expiresAt: new Date(), at: new Date(), travellers, contact })).toMatchObject({ status: 'HELD' });
    expect(await flights.confirm({} as never, hold.id, { travellers, contact })).toMatchObject({ status: 'CONFIRMED' });
  } else {
    const hotels = createDuffelHotelSupplier(ctx);
    const offer = (await hotels.search({ cityId: 'baku', checkIn: '2027-03-20', checkOut: '2027-03-22', guests: 1, rooms: 1 }, new Date())).offers[0]!;
    expect(await hotels.hold({} as never, { offer, holdId: hold.id, expiresAt: new Date(), at: new Date(), travellers, contact })).toMatchObject({ status: 'HELD' });
    expect(await hotels.confirm({} as never, hold.id, { travellers, contact })).toMatchObject({ status: 'CONFIRMED' });
  }
  await db.orderHold.update({ where: { id: hold.id }, data: { supplier: 'duffel' } });
  const [row] = await db.$queryRawUnsafe<{ remote_id: string }[]>(`SELECT remote_id FROM supplier_bookings WHERE hold_id = $1`, hold.id);
  return { holdId: hold.id, remoteId: row!.remote_id };
}

export const bookingState = async (holdId: string) =>
  (await db.$queryRawUnsafe<{ state: string }[]>(`SELECT state::text AS state FROM supplier_bookings WHERE hold_id = $1`, holdId))[0]?.state;
export const cancellationsOf = (local: LocalDuffel, remoteOrderId: string) => [...local.state.cancellations.values()].filter((c) => c.order_id === remoteOrderId);
export const confirmedCancellations = (local: LocalDuffel, remoteOrderId: string) => cancellationsOf(local, remoteOrderId).filter((c) => c.confirmed_at);
export { refundsOf } from './after-sales-factories';
