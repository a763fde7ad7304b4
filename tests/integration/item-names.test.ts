/**
 * Issue 20, bug 2: a booked item is named from the catalogs in the reader's language — on the booking
 * and confirmation pages, the cancel page, mails and the PDF — never by its codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createHotel, createTransfer, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { loadItinerary } = await import('@/lib/documents/load-itinerary');
const { buildReceiptView } = await import('@/lib/documents/receipt-view');
const { getOrderDocuments } = await import('@/lib/booking/get-order-documents');
const { listOrderItems } = await import('@/lib/after-sales/list-order-items');
const { loadAfterSalesOrder } = await import('@/lib/after-sales/load-after-sales-order');
const { listBookings } = await import('@/lib/account/list-bookings');
const { createUser } = await import('./auth-test-kit');

beforeAll(() => {
  registerFulfilment();
});

const CODES = /SUPERIOR_DOUBLE|COMFORT\b|\bBB\b|\(FLEX\)/;

describe('customer-facing item names', () => {
  it('come from the catalogs in four languages everywhere an item is named', async () => {
    const hotel = await createHotel();
    await db.roomType.update({ where: { id: hotel.roomTypeId }, data: { code: 'SUPERIOR_DOUBLE' } });
    const transfer = await createTransfer({ vehicleClass: 'COMFORT', airportCode: 'GYD' });
    const trip = await createTrip([
      { kind: 'HOTEL', offerId: hotel.offerId() },
      { kind: 'TRANSFER', offerId: transfer.offerId() },
    ]);
    const input = await checkoutInput(trip, { paymentMethod: 'CARD' });
    const placed = await placeOrder({ owner: trip.owner, input, locale: 'ru', agreementVersion: TEST_AGREEMENT_VERSION });

    const stored = await db.orderItem.findMany({ where: { orderId: placed.orderId }, orderBy: { kind: 'asc' } });
    for (const item of stored) expect(item.title).not.toMatch(CODES);

    const expected = {
      en: ['Superior double room (Breakfast included)', '(Comfort)'],
      ru: ['Улучшенный', '(Комфорт)'],
      az: ['(Səhər yeməyi daxildir)', '(Komfort)'],
      kk: ['(Таңғы ас кіреді)', '(Комфорт)'],
    } as const;
    for (const locale of ['en', 'ru', 'az', 'kk'] as const) {
      const itinerary = (await loadItinerary(placed.orderId, { locale }))!;
      const titles = itinerary.items.map((i) => i.title).join(' | ');
      for (const part of expected[locale]) expect(titles).toContain(part);
      expect(titles).not.toMatch(CODES);
      const receipt = JSON.stringify(buildReceiptView(itinerary, { locale }));
      expect(receipt).not.toMatch(/SUPERIOR_DOUBLE|COMFORT\b/);

      const documents = await getOrderDocuments(placed.orderId, locale);
      for (const part of expected[locale]) expect(documents.items.map((i) => i.title).join(' | ')).toContain(part);
      expect(documents.items.map((i) => i.title).join(' | ')).not.toMatch(CODES);
      expect((await listOrderItems(placed.orderId, locale)).map((i) => i.title).join(' | ')).not.toMatch(CODES);
    }
    // The account's bookings list (bug 13: "SINGLE (FLEX_RO)") names items from the catalogs too, even for an
    // order stored before titles were (its title still holds the codes).
    const user = await createUser();
    await db.order.update({ where: { id: placed.orderId }, data: { userId: user.id } });
    await db.orderItem.updateMany({ where: { orderId: placed.orderId, kind: 'HOTEL' }, data: { title: 'Hotel, SUPERIOR_DOUBLE (FLEX_BB)' } });
    for (const locale of ['en', 'ru', 'az', 'kk'] as const) {
      const [listed] = await listBookings({ id: user.id, email: user.email, name: null, role: 'TRAVELLER' }, locale);
      const titles = listed!.items.map((i) => i.title).join(' | ');
      for (const part of expected[locale]) expect(titles).toContain(part);
      expect(titles).not.toMatch(/SUPERIOR_DOUBLE|FLEX_BB|COMFORT\b/);
    }
    await db.orderItem.updateMany({ where: { orderId: placed.orderId, kind: 'HOTEL' }, data: { title: stored.find((i) => i.kind === 'HOTEL')!.title } });

    // after-sales (cancel page, its mails) names items in the booking's language
    const afterSales = (await loadAfterSalesOrder(db, placed.orderId))!;
    expect(afterSales.items.map((i) => i.title).join(' | ')).toContain('(Комфорт)');
  });
});
