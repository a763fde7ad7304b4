/**
 * Hotels through Duffel Stays: search → all rates of each result → quote (hold: the price is locked) →
 * booking (confirm, paid from the balance) → cancel (release).
 */
import type { StaysBooking, StaysQuote, StaysSearchResponse, StaysSearchResult } from '@duffel/api/types';
import { cityOf } from '../catalog/geo';
import type { ConfirmRequest, ConfirmResult, HoldRequest, HoldResult, HotelOffer, HotelSearchCriteria, HotelSearchResult, HotelSupplier, RepriceResult } from '../supplier';
import { SupplierError } from '../supplier';
import type { DuffelContext } from './context';
import { toHotelOffers, type StaysContext } from './map-stays-rate';
import { DUFFEL_SUPPLIER, decodeHotelOfferId, idempotencyKey } from './name';
import { duffelCode, duffelStatus, isTransient } from './resilience';

/** Rates are fetched for this many hotels of a search, in parallel. */
const MAX_HOTELS = 20;
const SEARCH_RADIUS_KM = 15;

function guestsOf(guests: number) {
  return Array.from({ length: guests }, () => ({ type: 'adult' as const }));
}

export function createDuffelHotelSupplier(ctx: DuffelContext): HotelSupplier {
  async function ratesOf(searchResultId: string): Promise<StaysSearchResult | null> {
    try {
      return await ctx.call<StaysSearchResult>('stays.fetchAllRates', true, (d) => d.stays.searchResults.fetchAllRates(searchResultId));
    } catch (error) {
      if (duffelStatus(error) === 404 || duffelCode(error) === 'not_found') return null;
      throw error;
    }
  }

  const contextOf = (cityId: string, r: Pick<StaysSearchResult, 'check_in_date' | 'check_out_date' | 'rooms' | 'guests'>): StaysContext => ({
    cityId,
    checkIn: r.check_in_date,
    checkOut: r.check_out_date,
    rooms: r.rooms,
    guests: r.guests.length,
  });

  return {
    name: DUFFEL_SUPPLIER,

    async search(criteria: HotelSearchCriteria): Promise<HotelSearchResult> {
      const city = cityOf(criteria.cityId);
      const found = await ctx.call<StaysSearchResponse>('stays.search', true, (d) =>
        d.stays.search({
          location: { radius: SEARCH_RADIUS_KM, geographic_coordinates: { latitude: city.lat, longitude: city.lon } },
          check_in_date: criteria.checkIn,
          check_out_date: criteria.checkOut,
          rooms: criteria.rooms,
          guests: guestsOf(criteria.guests),
        }),
      );
      const withRates = await Promise.all(found.results.slice(0, MAX_HOTELS).map((r) => ratesOf(r.id)));
      return { offers: withRates.flatMap((r) => (r ? toHotelOffers(r, contextOf(criteria.cityId, r)) : [])) };
    },

    async getOffer(offerId: string): Promise<HotelOffer | null> {
      const key = decodeHotelOfferId(offerId);
      if (!key) return null;
      const result = await ratesOf(key.searchResultId);
      if (!result) return null;
      return toHotelOffers(result, contextOf(key.cityId, result)).find((o) => o.offerId === offerId) ?? null;
    },

    async reprice(offer: HotelOffer): Promise<RepriceResult<HotelOffer>> {
      const current = await this.getOffer(offer.offerId, new Date());
      if (!current) return { status: 'SOLD_OUT' };
      if (current.price.total.amount !== offer.price.total.amount || current.price.total.currency !== offer.price.total.currency) {
        return { status: 'PRICE_CHANGED', offer: current, previousTotal: offer.price.total };
      }
      return { status: 'AVAILABLE', offer: current };
    },

    async getHotel() {
      // Hotel pages of Duffel stays come with the next round; search and offer pages work.
      return null;
    },

    async hold(_tx, request: HoldRequest<HotelOffer>): Promise<HoldResult> {
      const existing = await ctx.store.get(request.holdId);
      if (existing?.kind === 'HOTEL' && existing.status !== 'RELEASED') return { status: 'HELD', supplierRef: existing.bookingId ?? existing.quoteId };
      const key = decodeHotelOfferId(request.offer.offerId);
      if (!key) throw new SupplierError('WRONG_SUPPLIER', `${request.offer.offerId} is not a Duffel rate`);
      if (!request.travellers?.length || !request.contact) throw new SupplierError('INVALID_CRITERIA', 'Duffel books in the guests’ names');
      let quote: StaysQuote;
      try {
        // A quote commits nothing: repeating it is harmless.
        quote = await ctx.call<StaysQuote>('stays.quotes.create', true, (d) => d.stays.quotes.create(key.rateId));
      } catch (error) {
        const code = duffelCode(error);
        if (code === 'rate_unavailable' || code === 'not_found' || duffelStatus(error) === 404) return { status: 'SOLD_OUT' };
        throw error;
      }
      await ctx.store.put(request.holdId, {
        kind: 'HOTEL',
        quoteId: quote.id,
        bookingId: null,
        guests: request.travellers.map((t) => ({ given_name: t.givenName, family_name: t.familyName })),
        email: request.contact.email,
        phone: request.contact.phone,
        status: 'HELD',
      });
      return { status: 'HELD', supplierRef: quote.id };
    },

    async confirm(_tx, holdId: string, people?: ConfirmRequest): Promise<ConfirmResult> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'HOTEL') throw new SupplierError('UNKNOWN_HOLD', holdId);
      if (record.status === 'CONFIRMED') return { status: 'CONFIRMED', supplierRef: record.bookingId!, documents: [] };
      if (record.status === 'RELEASED') return { status: 'FAILED', reason: 'RELEASED' };
      // Whichever process confirms gets the guests from the stored order; nothing personal is kept in between.
      const guests = record.guests.length ? record.guests : (people?.travellers ?? []).map((t) => ({ given_name: t.givenName, family_name: t.familyName }));
      const email = record.email || people?.contact.email || '';
      const phone = record.phone || people?.contact.phone || '';
      if (!guests.length || !email) throw new SupplierError('INVALID_CRITERIA', 'Duffel books in the guests’ names');
      try {
        const booking = await ctx.call<StaysBooking>('stays.bookings.create', true, (d) =>
          d.stays.bookings.create({
            quote_id: record.quoteId,
            guests,
            email,
            phone_number: phone,
            metadata: { idempotency_key: idempotencyKey(holdId, 'booking') },
          }),
        );
        await ctx.store.put(holdId, { ...record, bookingId: booking.id, status: 'CONFIRMED' });
        return { status: 'CONFIRMED', supplierRef: booking.id, documents: booking.reference ? [booking.reference] : [] };
      } catch (error) {
        const code = duffelCode(error);
        // A refusal (4xx) is the answer; a 5xx, a 429 or no answer leaves the outcome unknown: the caller tries again.
        if (code && !isTransient(error)) return { status: 'FAILED', reason: code };
        throw error;
      }
    },

    async release(_tx, holdId: string): Promise<void> {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'HOTEL' || record.status === 'RELEASED') return;
      if (record.bookingId) await ctx.call<StaysBooking>('stays.bookings.cancel', true, (d) => d.stays.bookings.cancel(record.bookingId!));
      await ctx.store.put(holdId, { ...record, status: 'RELEASED' });
    },

    // Stays quotes no refund: the rate's cancellation timeline, mapped to the policy (Agreement 6.3), decides it.
    async quoteCancellation(holdId: string) {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'HOTEL' || record.status !== 'CONFIRMED' || !record.bookingId) return null;
      return { quoteId: null, refund: null, expiresAt: null };
    },

    async cancelConfirmed(holdId: string) {
      const record = await ctx.store.get(holdId);
      if (!record || record.kind !== 'HOTEL') throw new SupplierError('UNKNOWN_HOLD', holdId);
      if (record.status !== 'RELEASED') {
        if (record.bookingId) await ctx.call<StaysBooking>('stays.bookings.cancel', true, (d) => d.stays.bookings.cancel(record.bookingId!));
        await ctx.store.put(holdId, { ...record, status: 'RELEASED' });
      }
      return { status: 'CANCELLED' as const, refund: null };
    },
  };
}
