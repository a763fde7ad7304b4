/**
 * Issued orders for the after-sales tests: booked through the real checkout (placeOrder), paid with the
 * sandbox card through the real webhook path, and issued by the real issuing code (issueOrder), so the
 * holds are CONFIRMED at the built-in supplier and the payment is SUCCEEDED. Nothing relies on seed data.
 * Call configureBookingTestEnv() and registerFulfilment() first.
 */
import { isAfterSalesError } from '@/lib/after-sales/errors';
import { db } from '@/lib/db/client';
import { placeOrder } from '@/lib/booking/place-order';
import { startOrderPayment } from '@/lib/fulfilment/start-order-payment';
import { issueOrder } from '@/lib/fulfilment/issue-order';
import { getSandboxProvider } from '@/lib/payments';
import { completeSandboxCheckout } from '@/lib/payments/sandbox/complete-sandbox-checkout';
import type { VehicleClass } from '@/lib/rules';
import { checkoutInput, createFlight, createHotel, createTransfer, createTrip, TEST_AGREEMENT_VERSION } from './booking-factories';

export type IssuedOrderOptions = {
  flight?: boolean | { refundable?: boolean; daysAhead?: number };
  hotel?: boolean | { daysAhead?: number; nights?: number; nonRefundable?: boolean };
  transfer?: boolean | { vehicleClass?: VehicleClass; daysAhead?: number; airportCode?: string };
  userId?: string | null;
  locale?: string;
  email?: string;
};

let dayTurn = 0;

export async function issuedOrder(options: IssuedOrderOptions = {}) {
  const opt = <T extends object>(v: boolean | T | undefined): T | null => (v ? (typeof v === 'object' ? v : ({} as T)) : null);
  const f = opt(options.flight);
  const h = opt(options.hotel);
  const tr = opt(options.transfer);
  const flight = f ? await createFlight({ refundable: f.refundable, daysAhead: f.daysAhead }) : null;
  const hotel = h ? await createHotel({ daysAhead: h.daysAhead, nights: h.nights }) : null;
  if (hotel && h?.nonRefundable) {
    await db.ratePlan.update({ where: { id: hotel.ratePlanId }, data: { cancellation: 'NON_REFUNDABLE', freeUntilDays: null, penalty: null } });
  }
  const transfer = tr
    ? // The fleet's daily capacity is per airport, class and day: each order takes another day.
      await createTransfer({ vehicleClass: tr.vehicleClass, daysAhead: tr.daysAhead ?? 5 + (dayTurn++ % 40), airportCode: tr.airportCode })
    : null;
  const offers = [
    ...(flight ? [{ kind: 'FLIGHT' as const, offerId: flight.offerId(1) }] : []),
    ...(hotel ? [{ kind: 'HOTEL' as const, offerId: hotel.offerId(1, 1) }] : []),
    ...(transfer ? [{ kind: 'TRANSFER' as const, offerId: transfer.offerId(1, 1) }] : []),
  ];
  const trip = await createTrip(offers, options.userId ? { userId: options.userId, cookieToken: null } : undefined);
  const input = await checkoutInput(trip, options.email ? { contact: { email: options.email, phone: '+994 50 123 45 67', bookerDateOfBirth: '1985-06-01' } } : {});
  const placed = await placeOrder({ owner: trip.owner, input, locale: options.locale ?? 'en', agreementVersion: TEST_AGREEMENT_VERSION });
  await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
  const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'desc' } });
  await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
  const issued = await issueOrder(placed.orderId);
  if (issued.outcome !== 'ISSUED') throw new Error(`test order not issued: ${JSON.stringify(issued)}`);

  const items = await db.orderItem.findMany({ where: { orderId: placed.orderId }, select: { id: true, kind: true, snapshot: true } });
  const itemOf = (kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER') => items.find((i) => i.kind === kind) ?? null;
  const rules = (kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER') => (itemOf(kind)?.snapshot as { rulesItem?: Record<string, unknown> } | undefined)?.rulesItem;
  const instant = (v: unknown) => (v ? new Date(String(v)) : null);
  return {
    orderId: placed.orderId,
    reference: placed.reference,
    charge: placed.charge,
    flight,
    hotel,
    transfer,
    flightItemId: itemOf('FLIGHT')?.id ?? null,
    hotelItemId: itemOf('HOTEL')?.id ?? null,
    transferItemId: itemOf('TRANSFER')?.id ?? null,
    pickupAt: instant(rules('TRANSFER')?.pickupAt),
    departureAt: instant(rules('FLIGHT')?.departureAt),
    hotelFreeUntil: instant((rules('HOTEL')?.cancellation as { freeUntil?: string } | undefined)?.freeUntil),
    rulesOf: rules,
  };
}

export type IssuedOrder = Awaited<ReturnType<typeof issuedOrder>>;

/** The code and details an after-sales operation refused with; fails the test when it did not refuse. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (isAfterSalesError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** An order's refunds, oldest first. */
export const refundsOf = (orderId: string) => db.refund.findMany({ where: { payment: { orderId } }, orderBy: { createdAt: 'asc' } });
