/**
 * Placed orders for tests of what comes after checkout (documents, mails): a real trip of flight +
 * hotel + transfer placed with placeOrder, paid through the sandbox provider's real webhook path, and
 * issued: every hold confirmed at the built-in supplier (its ticket numbers and voucher codes stored
 * on order_holds) and the order moved PAID → ISSUED with its order event, as the issuing job does.
 * Call configureBookingTestEnv() (booking-factories.ts) before importing anything from lib.
 */
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { placeOrder } from '@/lib/booking/place-order';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { registerFulfilment } from '@/lib/fulfilment/register-fulfilment';
import { startOrderPayment } from '@/lib/fulfilment/start-order-payment';
import { confirmHold } from '@/lib/booking/supplier-calls';
import { getSandboxProvider } from '@/lib/payments';
import { completeSandboxCheckout } from '@/lib/payments/sandbox/complete-sandbox-checkout';
import { checkoutInput, createFlight, createHotel, createTransfer, createTrip, TEST_AGREEMENT_VERSION, type FlightFixture, type HotelFixture, type TransferFixture } from './booking-factories';

export type PaidOrderFixture = {
  orderId: string;
  reference: string;
  flight: FlightFixture;
  hotel: HotelFixture;
  transfer: TransferFixture;
};

let tripDay = 20;

/**
 * A flight (1 adult), a 2-night hotel stay and a transfer, placed and paid by card (order PAID or
 * later). Each order travels on its own day: the transfer fleet's daily capacity is per airport.
 */
export async function createPaidTripOrder(options: { locale?: Locale; contactEmail?: string } = {}): Promise<PaidOrderFixture> {
  registerFulfilment();
  const daysAhead = tripDay++;
  const flight = await createFlight({ daysAhead });
  const hotel = await createHotel({ daysAhead, nights: 2 });
  const transfer = await createTransfer({ daysAhead });
  const trip = await createTrip([
    { kind: 'FLIGHT', offerId: flight.offerId(1) },
    { kind: 'HOTEL', offerId: hotel.offerId(1, 1) },
    { kind: 'TRANSFER', offerId: transfer.offerId(1, 1) },
  ]);
  const input = await checkoutInput(trip);
  if (options.contactEmail) input.contact.email = options.contactEmail;
  const locale = options.locale ?? 'en';
  const placed = await placeOrder({ owner: trip.owner, input, locale, agreementVersion: TEST_AGREEMENT_VERSION });
  await startOrderPayment({ orderId: placed.orderId, locale });
  const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'desc' } });
  await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
  const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, select: { status: true } });
  if (order.status === 'HELD' || order.status === 'EXPIRED') throw new Error(`order not paid: ${order.status}`);
  return { orderId: placed.orderId, reference: placed.reference, flight, hotel, transfer };
}

/**
 * Issues a paid order the way issuing does: each hold still HELD is confirmed at the supplier and its
 * documents stored, then PAID → ISSUED with its order event. An order already ISSUED is left as it is.
 */
export async function issuePaidOrder(orderId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (row?.status === 'ISSUED') return;
    if (row?.status !== 'PAID') throw new Error(`cannot issue an order in status ${row?.status}`);
    const holds = await tx.orderHold.findMany({ where: { orderId, status: 'HELD' }, orderBy: { createdAt: 'asc' } });
    for (const hold of holds) {
      const result = await confirmHold(tx, hold.kind, hold.id);
      if (result.status !== 'CONFIRMED') throw new Error(`hold ${hold.id} not confirmed: ${result.reason}`);
      await tx.orderHold.update({ where: { id: hold.id }, data: { status: 'CONFIRMED', confirmedAt: now, documents: result.documents } });
    }
    await tx.order.update({ where: { id: orderId }, data: { status: 'ISSUED' } });
    await recordOrderEvent(tx, { orderId, from: 'PAID', to: 'ISSUED', reason: 'ISSUED', data: { holds: holds.length } });
  });
}

/** Placed, paid and issued: what the itinerary receipt is sent for. */
export async function createIssuedTripOrder(options: { locale?: Locale; contactEmail?: string } = {}): Promise<PaidOrderFixture> {
  const order = await createPaidTripOrder(options);
  await issuePaidOrder(order.orderId);
  return order;
}
