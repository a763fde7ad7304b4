/**
 * Stays search results and rates as the booking system's HotelOffers. A rate's
 * `cancellation_timeline` becomes the hotel cancellation policy (Agreement 6.3), and every amount
 * stays in the rate's own currency (Agreement 4.3).
 */
import type { StaysAccommodation, StaysRateCancellationTimeline, StaysRoomRate, StaysSearchResult } from '@duffel/api/types';
import { money, subtract, type Money } from '../../money';
import type { HotelCancellationPolicy } from '../../rules/types';
import { cityOf } from '../catalog/geo';
import { daysBetween, zonedTimeToUtc } from '../catalog/tz';
import type { Board, CancellationPolicy } from '../catalog/types';
import type { HotelOffer, HotelSummary } from '../supplier';
import { moneyOf, numericId } from './amounts';
import { DUFFEL_SUPPLIER, hotelOfferId } from './name';

const DAY_MS = 86_400_000;

const BOARDS: Record<StaysRoomRate['board_type'], Board> = {
  room_only: 'RO',
  breakfast: 'BB',
  half_board: 'HB',
  full_board: 'FB',
  all_inclusive: 'AI',
};

/**
 * Agreement 6.3 from Duffel's timeline: each entry is "cancel before `before` and get `refund_amount`
 * back". Free cancellation exists only if the first entry refunds the whole price; the penalty after it
 * is what the next entry no longer refunds (everything when there is none). A timeline that never
 * refunds in full, or refunds in another currency, is non-refundable: the traveller is never promised
 * more than the hotel gives.
 */
export function cancellationOf(
  timeline: readonly StaysRateCancellationTimeline[],
  total: Money,
  firstNight: Money,
  checkInAt: Date,
): { policy: HotelCancellationPolicy; terms: CancellationPolicy } {
  const entries = [...timeline].sort((a, b) => Date.parse(a.before) - Date.parse(b.before));
  const nonRefundable = { policy: { type: 'NON_REFUNDABLE' } as const, terms: { kind: 'NON_REFUNDABLE' } as const };
  const first = entries[0];
  if (!first || first.currency.toUpperCase() !== total.currency) return nonRefundable;
  if (moneyOf(first.refund_amount, first.currency).amount < total.amount) return nonRefundable;
  const next = entries[1];
  const refundAfter = next && next.currency.toUpperCase() === total.currency ? moneyOf(next.refund_amount, next.currency) : money(0, total.currency);
  const penaltyAfter = subtract(total, refundAfter);
  const penalty =
    penaltyAfter.amount === firstNight.amount
      ? ({ kind: 'FIRST_NIGHT' } as const)
      : ({ kind: 'PERCENT', percent: Math.round((penaltyAfter.amount * 10_000) / total.amount) / 100 } as const);
  const freeUntil = new Date(first.before);
  const daysBefore = Math.max(0, Math.floor((checkInAt.getTime() - freeUntil.getTime()) / DAY_MS));
  return { policy: { type: 'FREE_UNTIL', freeUntil, penalty }, terms: { kind: 'FREE_UNTIL', daysBefore, penalty } };
}

export type StaysContext = { cityId: string; checkIn: string; checkOut: string; guests: number; rooms: number };

function hotelSummaryOf(a: StaysAccommodation, cityId: string): HotelSummary {
  const city = cityOf(cityId);
  return {
    id: numericId(a.id),
    slug: `duffel-${a.id}`,
    name: a.name,
    cityId,
    cityName: city.name,
    district: a.location.address.city_name,
    address: [a.location.address.line_one, a.location.address.postal_code, a.location.address.city_name].filter(Boolean).join(', '),
    stars: a.rating ?? 0,
    // Duffel scores reviews out of 10, as the catalog does.
    reviewScore: a.review_score ?? 0,
    amenities: (a.amenities ?? []).map((x) => x.type),
    photos: (a.photos ?? []).map((p) => ({ path: p.url, kind: 'remote' })),
    // Stays gives no zone; the city's is the hotel's.
    timeZone: city.timeZone,
    checkInTime: a.check_in_information?.check_in_after_time.slice(0, 5) ?? '14:00',
    checkOutTime: a.check_in_information?.check_out_before_time.slice(0, 5) ?? '12:00',
    lat: a.location.geographic_coordinates?.latitude ?? city.lat,
    lon: a.location.geographic_coordinates?.longitude ?? city.lon,
  };
}

/** Every rate of every room of a search result that Duffel's balance can pay for. */
export function toHotelOffers(result: Pick<StaysSearchResult, 'id' | 'accommodation'>, ctx: StaysContext): HotelOffer[] {
  const hotel = hotelSummaryOf(result.accommodation, ctx.cityId);
  const nights = daysBetween(ctx.checkIn, ctx.checkOut);
  const checkInAt = zonedTimeToUtc(ctx.checkIn, hotel.checkInTime, hotel.timeZone);
  const checkOutAt = zonedTimeToUtc(ctx.checkOut, hotel.checkOutTime, hotel.timeZone);
  const offers: HotelOffer[] = [];
  for (const room of result.accommodation.rooms) {
    for (const rate of room.rates) {
      if (!rate.available_payment_methods.includes('balance')) continue;
      const total = moneyOf(rate.total_amount, rate.total_currency);
      const perNight = money(Math.round(total.amount / Math.max(1, nights)), total.currency);
      const cancellation = cancellationOf(rate.cancellation_timeline, total, perNight, checkInAt);
      offers.push({
        kind: 'HOTEL',
        offerId: hotelOfferId({ cityId: ctx.cityId, searchResultId: result.id, rateId: rate.id }),
        supplier: DUFFEL_SUPPLIER,
        hotel,
        roomType: {
          id: numericId(`${result.accommodation.id}/${room.name}`),
          code: room.name,
          maxOccupancy: ctx.guests,
          beds: (room.beds ?? []).map((b) => `${b.count} ${b.type}`).join(', '),
          sizeM2: 0,
        },
        ratePlan: { id: numericId(rate.id), code: rate.code ?? rate.name ?? rate.id, board: BOARDS[rate.board_type] },
        checkIn: ctx.checkIn,
        checkOut: ctx.checkOut,
        nights,
        rooms: ctx.rooms,
        guests: ctx.guests,
        checkInAt,
        checkOutAt,
        price: {
          total,
          lines: [{ code: 'ROOM_NIGHTS', quantity: nights, unit: perNight, amount: total }],
          firstNight: perNight,
          perNight,
        },
        cancellationTerms: cancellation.terms,
        cancellation: cancellation.policy,
        roomsLeft: rate.quantity_available ?? 1,
      });
    }
  }
  return offers;
}
