/**
 * Issue 20, bugs 3 and 13: after a partial cancellation the booking does not read "Everything is
 * booked", and a cancelled transfer whose voucher was issued does not read "not issued yet".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createHotel, createTransfer, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { loadItinerary } = await import('@/lib/documents/load-itinerary');

beforeAll(() => {
  registerFulfilment();
});

describe('booking phase on the booking page', () => {
  it('an issued booking whose transfer was cancelled is partly cancelled and keeps the transfer voucher, void', async () => {
    const hotel = await createHotel();
    const transfer = await createTransfer({ vehicleClass: 'MINIBUS_19' });
    const trip = await createTrip([
      { kind: 'HOTEL', offerId: hotel.offerId() },
      { kind: 'TRANSFER', offerId: transfer.offerId() },
    ]);
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip, { paymentMethod: 'CARD' }), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
    // issued: both holds confirmed with their documents
    await db.order.update({ where: { id: placed.orderId }, data: { status: 'ISSUED' } });
    const items = await db.orderItem.findMany({ where: { orderId: placed.orderId }, include: { hold: true } });
    for (const item of items) await db.orderHold.update({ where: { id: item.hold!.id }, data: { status: 'CONFIRMED', documents: [`${item.kind}-DOC`] } });
    expect((await loadItinerary(placed.orderId, { locale: 'en' }))!.phase).toBe('ISSUED');

    // the transfer is cancelled: its hold released, as cancelBooking does
    const transferItem = items.find((i) => i.kind === 'TRANSFER')!;
    await db.orderItem.update({ where: { id: transferItem.id }, data: { cancelledAt: new Date() } });
    await db.orderHold.update({ where: { id: transferItem.hold!.id }, data: { status: 'RELEASED' } });

    const itinerary = (await loadItinerary(placed.orderId, { locale: 'en' }))!;
    expect(itinerary.phase).toBe('PARTLY_CANCELLED');
    const shown = itinerary.items.find((i) => i.kind === 'TRANSFER')!;
    expect(shown).toMatchObject({ documentState: 'void', documents: ['TRANSFER-DOC'] });
    expect(itinerary.items.find((i) => i.kind === 'HOTEL')).toMatchObject({ documentState: 'issued', documents: ['HOTEL-DOC'] });
  });
});
