/**
 * Turns the traveller's trip into a HELD order, in one transaction: the form is checked again on the
 * server (shape, Agreement 3.1.1, 3.1.6, 3.1.9, 2.2, 6.2, 8.2), every offer is re-priced through the
 * supplier boundary (a changed price or a sold-out offer is refused, never applied) and priced by
 * lib/pricing as the page showed it (4.3, 4.4, 4.6, 7), the duplicate check of Agreement 8.1 runs against
 * this order and every other live order, and then the inventory of every item is held at the supplier
 * for 15 minutes (or until the office deadline, Agreement 4.1). All or nothing: if one hold fails,
 * nothing is held and no order exists.
 *
 * Items of a remote supplier (Duffel) are held after that transaction, outside any transaction, and a
 * second one makes the order HELD or ends it (place-order/finish-remote-holds.ts; README, Decisions:
 * "Remote bookings").
 *
 * The same submitted form (its idempotency key) always yields the same order, so a double click places
 * one order. Payment starts after the commit (start-order-payment.ts). Each step is its own file in
 * place-order/; this file is their sequence.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { BookingError } from './errors';
import { findTrip } from './find-trip';
import { withOrderGate } from './order-gate';
import { findPlacedOrder } from './place-order/find-placed-order';
import { finishRemoteHolds, isDraft } from './place-order/finish-remote-holds';
import { holdDeadline } from './place-order/hold-deadline';
import { parseCheckoutForm } from './place-order/parse-checkout-form';
import { priceOrder } from './place-order/price-order';
import { requireCurrentOffers } from './place-order/require-current-offers';
import { requireValidCheckout } from './place-order/require-valid-checkout';
import { errorKey } from './place-order/error-key';
import type { PlacedOrder, PlaceOrderOptions, PreparedOrder } from './place-order/types';
import { writeOrder } from './place-order/write-order';
import { withTransactionRetry } from './transaction-retry';

export type { PlacedOrder, PlaceOrderOptions } from './place-order/types';

export async function placeOrder(options: PlaceOrderOptions): Promise<PlacedOrder> {
  const at = options.at ?? new Date();
  const { owner, agreementVersion } = options;
  const input = await parseCheckoutForm(options.input, owner, { at, agreementVersion });

  const trip = await findTrip(db, owner);
  const finishing = { at, actor: options.actor, context: options.context };
  const replay = trip ? await findPlacedOrder(db, input.idempotencyKey, trip.id) : null;
  // A replayed form whose order still waits for its remote holds (a crash after step 1) finishes it.
  if (replay) return (await isDraft(replay.orderId)) ? finishRemoteHolds(replay, finishing) : replay;
  if (!trip || trip.items.length === 0) throw new BookingError('TRIP_EMPTY', 'trip.errors.empty');

  const { items, hasCoTravellers } = requireValidCheckout(input, trip, { at, agreementVersion });
  const offers = await requireCurrentOffers(trip, at);
  const pricing = await priceOrder({ input, trip, owner, offers, at });
  const hold = holdDeadline(input.paymentMethod, offers, at);
  const fieldErrors = { ...pricing.fieldErrors, ...hold.fieldErrors };
  if (Object.keys(fieldErrors).length > 0) throw new BookingError('INVALID_INPUT', errorKey('fixFields'), { fieldErrors });

  const prepared: PreparedOrder = {
    input,
    trip,
    items: items.map((item, i) => ({ ...item, offer: offers[i]! })),
    quote: pricing.quote,
    promo: pricing.promo,
    customerKey: pricing.customerKey,
    charge: pricing.quote.charge,
    rates: pricing.rates,
    schedule: pricing.schedule,
    holdExpiresAt: hold.holdExpiresAt,
    hasCoTravellers,
  };

  // Order transactions wait their turn in memory (order-gate.ts), not for pool connections.
  const placed = await withOrderGate(async () => {
    // The same form may have placed its order while this submission waited (a double click).
    const placed = await findPlacedOrder(db, input.idempotencyKey, trip.id);
    if (placed) return placed;
    // Another checkout may have taken the last units while this one waited for its turn.
    await requireCurrentOffers(trip, at);
    return withTransactionRetry(() => db.$transaction((tx) => writeOrder(tx, prepared, options, at), { maxWait: 60_000, timeout: 60_000 }));
  });
  // Remote calls run outside the gate and outside any transaction.
  if (!(await isDraft(placed.orderId))) return placed;
  const tripItemOf = (offerId: string) => prepared.items.find((i) => i.offer.offerId === offerId)?.tripItemId;
  return finishRemoteHolds(placed, { ...finishing, tripItemOf });
}
