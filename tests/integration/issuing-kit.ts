/**
 * Shared set-up for the issuing reliability tests (not a test file): the embedded environment, the
 * booking hooks, the mail templates (the documents helper's real ones when they exist, else a
 * minimal stand-in under the same name, since these tests assert on outbox rows, not on mail text),
 * and a PAID order made through the real sandbox payment path.
 */
import { configureBookingTestEnv, checkoutInput, createFlight, createHotel, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { getSandboxProvider } = await import('@/lib/payments');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');
const { registerMailTemplates } = await import('@/lib/mail/outbox/template-registry');
const { documentMailTemplates } = await import('@/lib/documents/mail-templates');
const { refundMailTemplates } = await import('@/lib/after-sales/refund-mail-templates');

export function setUpIssuing(): void {
  registerFulfilment();
  const real = new Set(documentMailTemplates.map((t) => t.name));
  const standIns = ['payment-confirmed', 'itinerary-receipt', 'issue-failed']
    .filter((name) => !real.has(name))
    .map((name) => ({ name, render: async () => ({ subject: name, text: name, html: `<p>${name}</p>` }) }));
  registerMailTemplates([...documentMailTemplates, ...standIns, ...refundMailTemplates]);
}

export type PaidOrder = Awaited<ReturnType<typeof paidOrder>>;

/** A flight (and, with `hotel`, a hotel stay) booked and paid with the sandbox card: the order is PAID, issuing has not run. */
export async function paidOrder(options: { hotel?: boolean; seats?: number } = {}) {
  const flight = await createFlight({ seats: options.seats ?? 9 });
  const hotel = options.hotel ? await createHotel({ allotment: 3 }) : null;
  const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }, ...(hotel ? [{ kind: 'HOTEL' as const, offerId: hotel.offerId(1, 1) }] : [])]);
  const input = await checkoutInput(trip);
  const placed = await placeOrder({ owner: trip.owner, input, locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
  await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
  const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'desc' } });
  await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
  return { flight, hotel, trip, placed };
}

export const statusOf = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;

export async function outboxOf(orderId: string) {
  return db.outboxMessage.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' }, select: { template: true, dedupeKey: true, status: true, toAddress: true, locale: true, payload: true } });
}
