/**
 * The local Duffel's inventory, built as the SDK's own types so a change in Duffel's shapes breaks the
 * build here instead of drifting silently. Flights: three fares per route and day (a non-refundable
 * light fare without conditions, a standard fare with penalties, a flexible one that allows a hold).
 * Stays: two hotels per search with rates in the searched city's currency, EUR and USD.
 */
import type { Airport, Offer, OfferSliceSegment, StaysAccommodation, StaysRoomRate } from '@duffel/api/types';

const AIRPORT_ZONES: Record<string, string> = {
  GYD: 'Asia/Baku',
  ALA: 'Asia/Almaty',
  NQZ: 'Asia/Almaty',
  IST: 'Europe/Istanbul',
  TBS: 'Asia/Tbilisi',
  DXB: 'Asia/Dubai',
};

function airport(code: string): Airport {
  return {
    city: null,
    city_name: code,
    iata_code: code,
    iata_country_code: 'XX',
    iata_city_code: code,
    icao_code: '',
    id: `arp_${code.toLowerCase()}`,
    latitude: 0,
    longitude: 0,
    name: `${code} airport`,
    time_zone: AIRPORT_ZONES[code] ?? 'UTC',
    type: 'airport',
  };
}

const carrier = { name: 'Local Air', id: 'arl_local', iata_code: 'ZZ', logo_lockup_url: null, logo_symbol_url: null, conditions_of_carriage_url: null };

function segment(id: string, origin: string, destination: string, date: string, hour: number, passengerIds: string[]): OfferSliceSegment {
  const hh = String(hour).padStart(2, '0');
  const arrive = String(hour + 3).padStart(2, '0');
  return {
    aircraft: { name: 'Airbus A320', id: 'arc_a320', iata_code: '320' },
    arriving_at: `${date}T${arrive}:00:00`,
    departing_at: `${date}T${hh}:00:00`,
    destination_terminal: null,
    origin_terminal: null,
    origin: airport(origin),
    destination: airport(destination),
    distance: null,
    duration: 'PT03H00M',
    id,
    marketing_carrier: carrier,
    marketing_carrier_flight_number: String(100 + hour),
    operating_carrier: carrier,
    operating_carrier_flight_number: String(100 + hour),
    passengers: passengerIds.map((pid) => ({
      baggages: [{ type: 'checked', quantity: 1 }],
      cabin_class: 'economy',
      cabin_class_marketing_name: 'Economy',
      passenger_id: pid,
      fare_basis_code: 'Y',
      cabin: null,
    })),
    stops: [],
  } as OfferSliceSegment;
}

export type FareKind = 'LIGHT' | 'STANDARD' | 'FLEX';

export type RequestedSlice = { origin: string; destination: string; departure_date: string };
export type RequestedPassenger = { type?: string; age?: number };

export function buildOffer(id: string, fare: FareKind, slices: RequestedSlice[], passengers: RequestedPassenger[], currency: string, now: Date): Offer {
  const passengerList = passengers.map((p, i) => ({
    id: `pas_${id}_${i}`,
    type: (p.type ?? (p.age === undefined ? 'adult' : p.age < 2 ? 'infant_without_seat' : p.age < 12 ? 'child' : 'adult')) as 'adult' | 'child' | 'infant_without_seat',
    age: p.age ?? null,
    fare_type: null,
  }));
  const seated = passengerList.filter((p) => p.type !== 'infant_without_seat').length;
  const base = { LIGHT: 100, STANDARD: 150, FLEX: 250 }[fare] * seated * slices.length;
  const tax = 30 * seated * slices.length;
  const hour = { LIGHT: 7, STANDARD: 12, FLEX: 18 }[fare];
  const allowed = (amount: string) => ({ allowed: true as const, penalty_amount: amount, penalty_currency: currency });
  return {
    available_services: [],
    base_amount: base.toFixed(2),
    base_currency: currency,
    conditions:
      fare === 'LIGHT'
        ? { refund_before_departure: null, change_before_departure: null }
        : fare === 'STANDARD'
          ? { refund_before_departure: allowed('50.00'), change_before_departure: allowed('25.00') }
          : { refund_before_departure: allowed('0.00'), change_before_departure: allowed('0.00') },
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + 30 * 60_000).toISOString(),
    id,
    live_mode: false,
    owner: carrier,
    passenger_identity_documents_required: false,
    passengers: passengerList,
    payment_requirements: {
      payment_required_by: fare === 'FLEX' ? new Date(now.getTime() + 24 * 3600_000).toISOString() : null,
      price_guarantee_expires_at: null,
      requires_instant_payment: fare !== 'FLEX',
    },
    private_fares: [],
    slices: slices.map((s, i) => ({
      destination_type: 'airport',
      destination: airport(s.destination),
      origin_type: 'airport',
      origin: airport(s.origin),
      duration: 'PT03H00M',
      fare_brand_name: fare,
      id: `sli_${id}_${i}`,
      segments: [segment(`seg_${id}_${i}`, s.origin, s.destination, s.departure_date, hour, passengerList.map((p) => p.id))],
      conditions: { refund_before_departure: null, change_before_departure: null, advance_seat_selection: null, priority_boarding: null, priority_check_in: null },
      ngs_shelf: null,
      comparison_key: `${s.origin}${s.destination}${hour}`,
    })),
    tax_amount: tax.toFixed(2),
    tax_currency: currency,
    total_amount: (base + tax).toFixed(2),
    total_emissions_kg: '100',
    total_currency: currency,
    updated_at: now.toISOString(),
    partial: false,
    supported_loyalty_programmes: [],
    supported_passenger_identity_document_types: [],
  };
}

export function buildRate(id: string, total: number, currency: string, checkIn: string, kind: 'FREE' | 'NON_REFUNDABLE'): StaysRoomRate {
  const dayBefore = new Date(Date.parse(`${checkIn}T00:00:00Z`) - 2 * 86_400_000).toISOString();
  return {
    base_amount: null,
    base_currency: currency,
    board_type: kind === 'FREE' ? 'breakfast' : 'room_only',
    cancellation_timeline: kind === 'FREE' ? [{ refund_amount: total.toFixed(2), before: dayBefore, currency }] : [],
    conditions: [],
    due_at_accommodation_amount: null,
    due_at_accommodation_currency: currency,
    id,
    payment_type: 'pay_now',
    fee_amount: null,
    fee_currency: currency,
    tax_amount: null,
    tax_currency: currency,
    total_amount: total.toFixed(2),
    total_currency: currency,
    available_payment_methods: ['balance'],
    supported_loyalty_programme: null,
    loyalty_programme_required: false,
    estimated_commission_amount: null,
    estimated_commission_currency: null,
    source: 'duffel',
    expires_at: new Date(Date.now() + 30 * 60_000).toISOString(),
    code: kind,
    description: null,
    name: kind === 'FREE' ? 'Flexible' : 'Non-refundable',
    quantity_available: 3,
  };
}

export function buildAccommodation(id: string, name: string, lat: number, lon: number, rates: StaysRoomRate[]): StaysAccommodation {
  return {
    id,
    amenities: [{ type: 'wifi', description: 'Wi-Fi' }],
    chain: null,
    brand: null,
    check_in_information: { check_in_after_time: '14:00', check_out_before_time: '12:00' },
    key_collection: null,
    email: null,
    location: { address: { city_name: 'Local', country_code: 'AZ', line_one: '1 Main St', postal_code: 'AZ1000' }, geographic_coordinates: { latitude: lat, longitude: lon } },
    name,
    phone_number: null,
    photos: [],
    ratings: null,
    rating: 4,
    review_count: 10,
    review_score: 8.6,
    rooms: [{ name: 'Double room', beds: [{ type: 'double', count: 1 }], photos: [], rates }],
    supported_loyalty_programme: null,
  };
}
