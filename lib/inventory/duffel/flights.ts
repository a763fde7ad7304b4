/**
 * Flights through Duffel's Air API: offer requests → offers (search), an offer read again (reprice),
 * orders (a hold where the airline allows paying later, an instant order otherwise; paid from the
 * agency's Duffel balance), order cancellations (release).
 */
import type { AirlineInitiatedChange, CreateOfferRequestPassenger, Offer, Order, OrderCancellation } from '@duffel/api/types';
import type {
  ConfirmRequest,
  ConfirmResult,
  FlightOffer,
  FlightSearchCriteria,
  FlightSearchResult,
  FlightSupplier,
  HoldRequest,
  HoldResult,
  RepriceResult,
  SupplierCancellationQuote,
  SupplierCancelResult,
  SupplierTraveller,
} from '../supplier';
import { SupplierError } from '../supplier';
import { moneyOf } from './amounts';
import type { FlightRecord } from './booking-store';
import type { DuffelContext } from './context';
import { toFlightOffer } from './map-flight-offer';
import { DUFFEL_SUPPLIER, decodeFlightOfferId, idempotencyKey } from './name';
import { duffelCode, duffelStatus, isTransient } from './resilience';

/** Duffel's answers to confirming a cancellation that no longer stands: quote again. */
const QUOTE_GONE = new Set(['order_cancellation_expired', 'order_cancellation_already_confirmed', 'not_found']);

const MAX_PAGES = 5;
const PAGE_SIZE = 200;
/** At most this many origin × destination pairs per search (a city with many airports). */
const MAX_PAIRS = 4;

function passengersOf(criteria: FlightSearchCriteria): CreateOfferRequestPassenger[] {
  const { adults, children, infants } = criteria.passengers;
  return [
    ...Array.from({ length: adults }, () => ({ type: 'adult' as const })),
    ...Array.from({ length: children }, () => ({ age: 8 })),
    ...Array.from({ length: infants }, () => ({ age: 1 })),
  ] as CreateOfferRequestPassenger[];
}

const TYPE_OF = { ADULT: 'adult', CHILD: 'child', INFANT: 'infant_without_seat' } as const;

/** Travellers matched to the offer's passenger ids in order of type (adults, children, infants). */
function orderPassengers(offer: Pick<Offer, 'passengers'>, travellers: SupplierTraveller[], contact: { email: string; phone: string }) {
  const pool = [...travellers];
  return offer.passengers.map((p) => {
    const wanted = p.type ?? 'adult';
    const index = pool.findIndex((t) => TYPE_OF[t.type] === wanted);
    if (index < 0) throw new SupplierError('INVALID_CRITERIA', `no traveller for passenger ${p.id} (${wanted})`);
    const [t] = pool.splice(index, 1) as [SupplierTraveller];
    return {
      id: p.id,
      given_name: t.givenName,
      family_name: t.familyName,
      born_on: t.bornOn,
      gender: t.gender,
      title: t.gender === 'f' ? ('ms' as const) : ('mr' as const),
      email: contact.email,
      phone_number: contact.phone,
    };
  });
}

export function createDuffelFlightSupplier(ctx: DuffelContext): FlightSupplier {
  async function readOffer(duffelId: string): Promise<Offer | null> {
    try {
      return await ctx.call<Offer>('offers.get', true, (d) => d.offers.get(duffelId));
    } catch (error) {
      if (duffelCode(error) === 'offer_no_longer_available' || duffelStatus(error) === 404) return null;
      throw error;
    }
  }

  /**
   * The instant order's passengers, built in the process that confirms from the travellers the order
   * stores (nothing personal is kept between hold and confirm); null when the offer is gone.
   */
  async function passengersAtConfirm(duffelId: string, people: ConfirmRequest | undefined): Promise<unknown[] | null> {
    if (!people?.travellers.length) throw new SupplierError('INVALID_CRITERIA', 'Duffel books in the travellers’ names');
    const offer = await readOffer(duffelId);
    return offer ? orderPassengers(offer, people.travellers, people.contact) : null;
  }

  async function searchPair(origin: string, destination: string, criteria: FlightSearchCriteria): Promise<FlightOffer[]> {
    const slices = [{ origin, destination, departure_date: criteria.departDate, departure_time: null, arrival_time: null }];
    if (criteria.returnDate) slices.push({ origin: destination, destination: origin, departure_date: criteria.returnDate, departure_time: null, arrival_time: null });
    // An offer request creates nothing that costs or holds anything: repeating it is harmless.
    const request = await ctx.call('offerRequests.create', true, (d) =>
      d.offerRequests.create({
        slices,
        passengers: passengersOf(criteria),
        cabin_class: criteria.cabin === 'BUSINESS' ? 'business' : 'economy',
        ...(criteria.maxStops !== undefined ? { max_connections: criteria.maxStops as 0 | 1 } : {}),
        return_offers: false,
      }),
    );
    const offers: FlightOffer[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const cursor = after;
      const response = await ctx.callRaw('offers.list', true, (d) => d.offers.list({ offer_request_id: request.id, limit: PAGE_SIZE, ...(cursor ? { after: cursor } : {}) }));
      offers.push(...response.data.map(toFlightOffer));
      after = response.meta?.after ?? undefined;
      if (!after) break;
    }
    return offers;
  }

  return {
    name: DUFFEL_SUPPLIER,

    async search(criteria: FlightSearchCriteria): Promise<FlightSearchResult> {
      const pairs = criteria.origins.flatMap((o) => criteria.destinations.map((d) => [o, d] as const)).slice(0, MAX_PAIRS);
      const results = await Promise.all(pairs.map(([o, d]) => searchPair(o, d, criteria)));
      const offers = results.flat();
      return { offers: criteria.maxStops === undefined ? offers : offers.filter((o) => o.slices.every((s) => s.stops <= criteria.maxStops!)) };
    },

    async getOffer(offerId: string): Promise<FlightOffer | null> {
      const duffelId = decodeFlightOfferId(offerId);
      if (!duffelId) return null;
      const offer = await readOffer(duffelId);
      return offer ? toFlightOffer(offer) : null;
    },

    async reprice(offer: FlightOffer): Promise<RepriceResult<FlightOffer>> {
      const current = await this.getOffer(offer.offerId, new Date());
      if (!current) return { status: 'SOLD_OUT' };
      if (current.price.total.amount !== offer.price.total.amount || current.price.total.currency !== offer.price.total.currency) {
        return { status: 'PRICE_CHANGED', offer: current, previousTotal: offer.price.total };
      }
      return { status: 'AVAILABLE', offer: current };
    },

    async hold(_tx, request: HoldRequest<FlightOffer>): Promise<HoldResult> {
      const existing = await ctx.store.get(request.holdId);
      // A recorded intent without its order (the answer was lost) is tried again: the key makes it the same order.
      const settled = existing?.kind === 'FLIGHT' && existing.status !== 'RELEASED' && (existing.mode === 'instant' || existing.orderId !== null);
      if (settled) return { status: 'HELD', supplierRef: existing.orderId ?? existing.offerId };
      const duffelId = decodeFlightOfferId(request.offer.offerId);
      if (!duffelId) throw new SupplierError('WRONG_SUPPLIER', `${request.offer.offerId} is not a Duffel offer`);
      if (!request.travellers || !request.contact) throw new SupplierError('INVALID_CRITERIA', 'Duffel books in the travellers’ names');
      const offer = await readOffer(duffelId);
      if (!offer) return { status: 'SOLD_OUT' };
      // The traveller accepted a price; an airline asking more now is told, never charged silently.
      const now = moneyOf(offer.total_amount, offer.total_currency);
      if (now.amount !== request.offer.price.total.amount || now.currency !== request.offer.price.total.currency) return { status: 'PRICE_CHANGED' };
      const record: FlightRecord = {
        kind: 'FLIGHT',
        offerId: duffelId,
        mode: offer.payment_requirements.requires_instant_payment ? 'instant' : 'hold',
        orderId: null,
        amount: offer.total_amount,
        currency: offer.total_currency,
        passengers: orderPassengers(offer, request.travellers, request.contact),
        status: 'HELD',
      };
      // The intent first: if the answer is lost, the reconciler finds the order by its idempotency key.
      await ctx.store.put(request.holdId, record);
      if (record.mode === 'hold') {
        try {
          const order = await ctx.call<Order>('orders.create', true, (d) =>
            d.orders.create({
              type: 'pay_later',
              selected_offers: [duffelId],
              passengers: record.passengers as never,
              metadata: { idempotency_key: idempotencyKey(request.holdId, 'order') },
            }),
          );
          record.orderId = order.id;
          record.amount = order.total_amount;
          record.currency = order.total_currency;
        } catch (error) {
          if (duffelCode(error) === 'offer_no_longer_available') {
            await ctx.store.put(request.holdId, { ...record, status: 'RELEASED' });
            return { status: 'SOLD_OUT' };
          }
          throw error;
        }
      }
      await ctx.store.put(request.holdId, record);
      return { status: 'HELD', supplierRef: record.orderId ?? duffelId };
    },

    async confirm(_tx, holdId: string, people?: ConfirmRequest): Promise<ConfirmResult> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'FLIGHT') throw new SupplierError('UNKNOWN_HOLD', holdId);
      if (record.status === 'CONFIRMED') return { status: 'CONFIRMED', supplierRef: record.orderId!, documents: [] };
      if (record.status === 'RELEASED') return { status: 'FAILED', reason: 'RELEASED' };
      const payment = { type: 'balance' as const, amount: record.amount, currency: record.currency };
      try {
        let order: Order;
        if (record.mode === 'instant') {
          const passengers = record.passengers.length ? record.passengers : await passengersAtConfirm(record.offerId, people);
          if (!passengers) return { status: 'FAILED', reason: 'offer_no_longer_available' };
          order = await ctx.call<Order>('orders.create', true, (d) =>
            d.orders.create({
              type: 'instant',
              selected_offers: [record.offerId],
              passengers: passengers as never,
              payments: [payment],
              metadata: { idempotency_key: idempotencyKey(holdId, 'order') },
            }),
          );
        } else {
          // Paying twice is refused by Duffel ('already_paid'), so a lost answer is settled by reading the order.
          await ctx.call('payments.create', false, (d) => d.payments.create({ order_id: record.orderId!, payment }));
          order = await ctx.call<Order>('orders.get', true, (d) => d.orders.get(record.orderId!));
        }
        await ctx.store.put(holdId, { ...record, orderId: order.id, status: 'CONFIRMED' });
        return { status: 'CONFIRMED', supplierRef: order.id, documents: (order.documents ?? []).map((doc) => doc.unique_identifier) };
      } catch (error) {
        const code = duffelCode(error);
        if (code === 'already_paid' && record.orderId) {
          await ctx.store.put(holdId, { ...record, status: 'CONFIRMED' });
          return { status: 'CONFIRMED', supplierRef: record.orderId, documents: [] };
        }
        // A refusal (4xx) is the answer; a 5xx, a 429 or no answer leaves the outcome unknown: the caller tries again.
        if (code && !isTransient(error)) return { status: 'FAILED', reason: code };
        throw error;
      }
    },

    async release(_tx, holdId: string): Promise<void> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'FLIGHT' || record.status === 'RELEASED') return;
      if (record.orderId) {
        try {
          const quote = await ctx.call('orderCancellations.create', true, (d) => d.orderCancellations.create({ order_id: record.orderId! }));
          await ctx.call('orderCancellations.confirm', true, (d) => d.orderCancellations.confirm(quote.id));
        } catch (error) {
          // A refusal may mean an earlier release whose answer was lost already cancelled it: the order says so.
          if (!duffelCode(error) || isTransient(error)) throw error;
          const order = await ctx.call<Order>('orders.get', true, (d) => d.orders.get(record.orderId!));
          if (!order.cancelled_at) throw error;
        }
      }
      await ctx.store.put(holdId, { ...record, status: 'RELEASED' });
    },

    async quoteCancellation(holdId: string): Promise<SupplierCancellationQuote | null> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'FLIGHT' || record.status !== 'CONFIRMED' || !record.orderId) return null;
      // A cancellation quote commits nothing (it expires unconfirmed): repeating it is harmless.
      const quote = await ctx.call<OrderCancellation>('orderCancellations.create', true, (d) => d.orderCancellations.create({ order_id: record.orderId! }));
      return { quoteId: quote.id, refund: moneyOf(quote.refund_amount ?? '0', quote.refund_currency ?? record.currency), expiresAt: quote.expires_at ? new Date(quote.expires_at) : null };
    },

    async cancelConfirmed(holdId: string, quoteId: string | null): Promise<SupplierCancelResult> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'FLIGHT') throw new SupplierError('UNKNOWN_HOLD', holdId);
      if (record.status === 'RELEASED') return { status: 'CANCELLED', refund: null };
      if (!quoteId || !record.orderId) return { status: 'QUOTE_EXPIRED' };
      let confirmed: OrderCancellation;
      try {
        // Confirming twice returns the same cancellation (Duffel), so a retry after a lost answer is safe.
        confirmed = await ctx.call<OrderCancellation>('orderCancellations.confirm', true, (d) => d.orderCancellations.confirm(quoteId));
      } catch (error) {
        const code = duffelCode(error);
        if (code && QUOTE_GONE.has(code)) {
          // Another process may have cancelled the order meanwhile: the order says so.
          const order = await ctx.call<Order>('orders.get', true, (d) => d.orders.get(record.orderId!));
          if (order.cancelled_at) {
            await ctx.store.put(holdId, { ...record, status: 'RELEASED' });
            return { status: 'CANCELLED', refund: null };
          }
          return { status: 'QUOTE_EXPIRED' };
        }
        // A 5xx or 429 is no answer (Duffel may have cancelled): the request stays OPEN for a retry, never closed.
        if (code && !isTransient(error)) return { status: 'FAILED', reason: code };
        throw error;
      }
      await ctx.store.put(holdId, { ...record, status: 'RELEASED' });
      return { status: 'CANCELLED', refund: moneyOf(confirmed.refund_amount ?? '0', confirmed.refund_currency ?? record.currency) };
    },

    async acceptAirlineChanges(holdId: string): Promise<{ accepted: number }> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'FLIGHT' || record.status !== 'CONFIRMED' || !record.orderId) return { accepted: 0 };
      const order = await ctx.call<Order>('orders.get', true, (d) => d.orders.get(record.orderId!));
      const pending = (order.airline_initiated_changes ?? []).filter((c) => c.action_taken === null && c.available_actions.includes('accept'));
      for (const change of pending) {
        // Accepting an accepted change answers the same change: safe to repeat.
        await ctx.call<AirlineInitiatedChange>('airlineInitiatedChanges.accept', true, (d) => d.airlineInitiatedChanges.accept(change.id));
      }
      return { accepted: pending.length };
    },
  };
}
