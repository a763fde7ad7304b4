/**
 * A Duffel offer as the booking system's FlightOffer. What the rules need survives: the offer's
 * `conditions` become the fare rules (Agreement 6.1 adds the agency's fee on top of the airline's
 * penalty later, in lib/rules), and every amount stays in Duffel's currency (Agreement 4.3).
 */
import type { FlightsCondition, FlightsConditions, Offer, OfferSlice, OfferSliceSegment, OfferPassenger } from '@duffel/api/types';
import { money, type Money } from '../../money';
import type { FareRules } from '../../rules/types';
import { zonedTimeToUtc } from '../catalog/tz';
import type { Cabin } from '../catalog/types';
import type { FlightOffer, FlightSegmentInfo, FlightSlice, PassengerCounts, PriceLine } from '../supplier';
import { durationMinutes, moneyOf } from './amounts';
import { DUFFEL_SUPPLIER, flightOfferId } from './name';

/** Duffel gives no seat count; an offer it returns has at least one seat per passenger. */
const SEATS_UNKNOWN = 9;

/** Duffel writes segment times as the local wall clock of the airport ("2026-12-01T09:30:00"). */
function localToInstant(local: string, timeZone: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  if (!m) throw new RangeError(`not a local date-time: ${local}`);
  return zonedTimeToUtc(m[1]!, m[2]!, timeZone);
}

/**
 * One condition as the rules read it. Missing (null) or not allowed → not allowed. Allowed with an
 * unknown penalty, or a penalty in another currency than the fare, cannot be quoted to the traveller
 * online, so it is treated as not allowed too: support handles it (Agreement 6.5), never a guess.
 */
function conditionOf(condition: FlightsCondition | null, fareCurrency: string): { allowed: boolean; penalty: Money | null } {
  if (!condition || !condition.allowed) return { allowed: false, penalty: null };
  if (condition.penalty_amount === null || condition.penalty_currency === null) return { allowed: false, penalty: null };
  const penalty = moneyOf(condition.penalty_amount, condition.penalty_currency);
  if (penalty.currency !== fareCurrency) return { allowed: false, penalty: null };
  return { allowed: true, penalty: penalty.amount === 0 ? null : penalty };
}

/** Agreement 6.1: the airline's own rules for the whole offer (Duffel's penalties cover all passengers). */
export function fareRulesOf(conditions: FlightsConditions | null | undefined, fareCurrency: string): FareRules {
  const refund = conditionOf(conditions?.refund_before_departure ?? null, fareCurrency);
  const change = conditionOf(conditions?.change_before_departure ?? null, fareCurrency);
  return { refundable: refund.allowed, refundPenalty: refund.penalty, changeable: change.allowed, changeFee: change.penalty };
}

export function passengerCountsOf(passengers: readonly Pick<OfferPassenger, 'type' | 'age'>[]): PassengerCounts {
  const counts = { adults: 0, children: 0, infants: 0 };
  for (const p of passengers) {
    const type = p.type ?? (p.age === null ? 'adult' : p.age < 2 ? 'infant_without_seat' : p.age < 12 ? 'child' : 'adult');
    if (type === 'infant_without_seat') counts.infants++;
    else if (type === 'child') counts.children++;
    else counts.adults++;
  }
  return counts;
}

function cabinOf(segment: OfferSliceSegment | undefined): Cabin {
  const cabin = segment?.passengers[0]?.cabin_class;
  return cabin === 'business' || cabin === 'first' ? 'BUSINESS' : 'ECONOMY';
}

function segmentOf(s: OfferSliceSegment): FlightSegmentInfo {
  const departureAt = localToInstant(s.departing_at, s.origin.time_zone);
  const arrivalAt = localToInstant(s.arriving_at, s.destination.time_zone);
  const carrier = s.marketing_carrier.iata_code ?? s.marketing_carrier.id;
  return {
    flightNumber: `${carrier}${s.marketing_carrier_flight_number}`,
    airlineCode: carrier,
    origin: s.origin.iata_code ?? s.origin.id,
    destination: s.destination.iata_code ?? s.destination.id,
    departureAt,
    arrivalAt,
    originTimeZone: s.origin.time_zone,
    destinationTimeZone: s.destination.time_zone,
    durationMinutes: durationMinutes(s.duration) ?? Math.round((arrivalAt.getTime() - departureAt.getTime()) / 60_000),
    aircraft: s.aircraft?.name ?? '',
    bookingClass: s.passengers[0]?.fare_basis_code?.charAt(0) ?? '',
  };
}

function sliceOf(slice: OfferSlice): FlightSlice {
  const segments = slice.segments.map(segmentOf);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) throw new RangeError(`slice ${slice.id} has no segments`);
  return {
    origin: first.origin,
    destination: last.destination,
    departureAt: first.departureAt,
    arrivalAt: last.arrivalAt,
    originTimeZone: first.originTimeZone,
    destinationTimeZone: last.destinationTimeZone,
    durationMinutes: Math.round((last.arrivalAt.getTime() - first.departureAt.getTime()) / 60_000),
    stops: segments.length - 1 + slice.segments.reduce((n, s) => n + (s.stops?.length ?? 0), 0),
    segments,
  };
}

function checkedBagsOf(offer: Pick<Offer, 'slices'>): number {
  const baggages = offer.slices[0]?.segments[0]?.passengers[0]?.baggages ?? [];
  return baggages.filter((b) => b.type === 'checked').reduce((n, b) => n + b.quantity, 0);
}

/** The whole offer's price: Duffel quotes base and taxes for all travellers together. */
function priceOf(offer: Pick<Offer, 'total_amount' | 'total_currency' | 'base_amount' | 'base_currency' | 'tax_amount' | 'tax_currency'>, passengers: PassengerCounts) {
  const total = moneyOf(offer.total_amount, offer.total_currency);
  const base = moneyOf(offer.base_amount, offer.base_currency);
  const tax = offer.tax_amount && offer.tax_currency ? moneyOf(offer.tax_amount, offer.tax_currency) : money(0, total.currency);
  const lines: PriceLine[] = [{ code: 'ADULT_FARE', quantity: 1, unit: base, amount: base }];
  if (tax.amount > 0) lines.push({ code: 'TAXES', quantity: 1, unit: tax, amount: tax });
  // An average over the seated travellers: Duffel does not split the fare per passenger type.
  const seated = Math.max(1, passengers.adults + passengers.children);
  return { total, lines, perAdult: money(Math.round(total.amount / seated), total.currency) };
}

export function toFlightOffer(offer: Omit<Offer, 'available_services'>): FlightOffer {
  const passengers = passengerCountsOf(offer.passengers);
  const price = priceOf(offer, passengers);
  const firstSegment = offer.slices[0]?.segments[0];
  return {
    kind: 'FLIGHT',
    offerId: flightOfferId(offer.id),
    supplier: DUFFEL_SUPPLIER,
    airline: { code: offer.owner.iata_code ?? offer.owner.id, name: offer.owner.name },
    fareFamily: {
      code: (offer.slices[0]?.fare_brand_name ?? 'STANDARD').toUpperCase(),
      cabin: cabinOf(firstSegment),
      checkedBags: checkedBagsOf(offer),
      // Duffel states bag counts, not weights, on the offer.
      checkedBagKg: 0,
      cabinBagKg: 0,
    },
    slices: offer.slices.map(sliceOf),
    passengers,
    price,
    fareRules: fareRulesOf(offer.conditions, price.total.currency),
    seatsLeft: SEATS_UNKNOWN,
  };
}
