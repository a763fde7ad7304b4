/**
 * Everything the order's documents need (Agreement 4.9: payment confirmation and itinerary receipt),
 * read at send time from the order as it is: the stored offer snapshot gives the flight legs, the
 * hotel and the transfer with their local zones, the price lines and checkout give the money, the
 * holds give the ticket numbers and voucher codes. Names only: document numbers and dates of birth
 * never go into a document.
 *
 * Returns null when the order does not exist or its identities were removed (Privacy Policy 7): a
 * receipt without its traveller is nothing to send.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { OrderStatus, PaymentMethod, ProductKind } from '@/lib/db/generated/enums';
import { bookingPhase, itemDocuments, type BookingPhase, type ItemDocumentState } from '@/lib/booking/booking-state';
import { offerName } from '@/lib/booking/item-name';
import { offerFromJson } from '@/lib/booking/offer-json';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { feeScheduleOfOrder } from '@/lib/pricing/fee-schedule-of-order';
import { anonymisedEmail } from '@/lib/db/anonymised-markers';
import type { Board } from '@/lib/inventory/catalog/types';
import type { Offer } from '@/lib/inventory/supplier';
import type { Money, Rates } from '@/lib/money';
import {
  describeItemRules,
  TRANSFER_WAITING_TIME,
  type FeeSchedule,
  type Item,
  type MessageDescriptor,
  type VehicleClass,
} from '@/lib/rules';

type ItineraryPerson = { firstName: string; lastName: string };

type ItinerarySegment = {
  flightNumber: string;
  airlineCode: string;
  origin: { code: string; name: string | null };
  destination: { code: string; name: string | null };
  departureAt: Date;
  arrivalAt: Date;
  originTimeZone: string;
  destinationTimeZone: string;
  durationMinutes: number;
  aircraft: string | null;
};

type ItineraryFlight = {
  airline: { code: string; name: string };
  cabin: string;
  fareFamily: string;
  checkedBags: number;
  checkedBagKg: number;
  cabinBagKg: number;
  /** one per direction; each with its legs */
  slices: { origin: string; destination: string; segments: ItinerarySegment[] }[];
};

type ItineraryHotel = {
  name: string;
  address: string;
  city: string;
  timeZone: string;
  /** local dates at the hotel */
  checkIn: string;
  checkOut: string;
  checkInAt: Date;
  checkOutAt: Date;
  nights: number;
  rooms: number;
  guests: number;
  roomCode: string;
  board: Board;
};

type ItineraryTransfer = {
  airport: { code: string; name: string };
  zone: string;
  vehicleClass: VehicleClass;
  pickupAt: Date;
  pickupTimeZone: string;
  durationMinutes: number;
  passengers: number;
  bags: number;
  /** the arriving flight the driver follows (Agreement 6.2), "J2 123"; null when none was given */
  flightNumber: string | null;
  /** Agreement 6.2: how long the driver waits */
  waiting: { atMeetingPointMinutes: number; afterFlightDelayMinutes: number };
};

export type ItineraryPriceLine = {
  currency: string;
  providerCostMinor: number;
  discountMinor: number;
  priceMinor: number;
  serviceFeeMinor: number;
  totalMinor: number;
};

export type ItineraryItem = {
  id: string;
  position: number;
  kind: ProductKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  /** the zone where the service starts, and where it ends (a flight's last arrival) */
  timeZone: string;
  endTimeZone: string;
  cancelledAt: Date | null;
  passengers: ItineraryPerson[];
  /** ticket numbers / voucher codes once the supplier confirmed (order_holds.documents) */
  documents: string[];
  /** issued, void (issued, then cancelled), pending or cancelled before issue (lib/booking/booking-state) */
  documentState: ItemDocumentState;
  issued: boolean;
  price: ItineraryPriceLine;
  /** lib/rules describeItemRules: `rules` catalog descriptors */
  rules: MessageDescriptor[];
  flight: ItineraryFlight | null;
  hotel: ItineraryHotel | null;
  transfer: ItineraryTransfer | null;
};

export type ItineraryTotal = Omit<ItineraryPriceLine, 'currency'> & { currency: string };

export type Itinerary = {
  orderId: string;
  reference: string;
  status: OrderStatus;
  /** the status as the traveller reads it: partly cancelled or refunded when that is the case */
  phase: BookingPhase;
  locale: Locale;
  contactEmail: string;
  agreementVersion: string | null;
  createdAt: Date;
  /** when the order became ISSUED (null while it is not) */
  issuedAt: Date | null;
  /** everyone named in the order, once each, in booking order */
  travellers: ItineraryPerson[];
  items: ItineraryItem[];
  /** the price lines added up per currency */
  totals: ItineraryTotal[];
  /** what the payment was for: the one currency of the order, or its totals converted (Agreement 4.6) */
  charge: { amount: Money; converted: boolean; ratesAsOf: string | null } | null;
  payment: { method: PaymentMethod; provider: string; amount: Money; paidAt: Date | null } | null;
};

export type LoadItineraryOptions = {
  /** language of the place names (airports, zones); default the order's own */
  locale?: Locale;
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** A JSON value stored by place-order.ts with its instants as ISO strings, with the Dates back. */
function reviveInstants<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' && INSTANT.test(v) ? new Date(v) : v)) as T;
}

function validZone(zone: unknown, fallback = 'UTC'): string {
  if (typeof zone !== 'string') return fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return fallback;
  }
}

function localized(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  const names = value as Partial<Record<Locale, string>> | null | undefined;
  return names?.[locale] ?? names?.en ?? '';
}

export async function loadItinerary(orderId: string, options: LoadItineraryOptions = {}): Promise<Itinerary | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(orderId)) return null;
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      reference: true,
      status: true,
      locale: true,
      contactEmail: true,
      agreementVersion: true,
      createdAt: true,
      items: {
        select: {
          id: true,
          kind: true,
          title: true,
          startsAt: true,
          endsAt: true,
          priceAmountMinor: true,
          priceCurrency: true,
          serviceFeeAmountMinor: true,
          serviceFeeCurrency: true,
          snapshot: true,
          cancelledAt: true,
          passengers: { orderBy: { position: 'asc' }, select: { firstName: true, lastName: true, transferDetails: true } },
          priceLine: {
            select: { position: true, currency: true, providerCostMinor: true, discountMinor: true, priceMinor: true, serviceFeeMinor: true, totalMinor: true },
          },
          hold: { select: { status: true, documents: true } },
        },
      },
      checkout: {
        select: { chargeAmountMinor: true, chargeCurrency: true, rates: true, paidAt: true, paidPaymentId: true, feeScheduleVersion: true },
      },
      events: { where: { toStatus: 'ISSUED' }, orderBy: { at: 'asc' }, take: 1, select: { at: true } },
    },
  });
  if (!order || order.contactEmail === anonymisedEmail) return null;
  const anonymised = await db.orderAnonymisation.findFirst({ where: { orderId, doneAt: { not: null } }, select: { orderId: true } });
  if (anonymised) return null;

  const locale: Locale = options.locale ?? (isLocale(order.locale) ? order.locale : 'en');
  const rates = (order.checkout?.rates ?? null) as Rates | null;
  const schedule = await feeScheduleOfOrder(order.checkout?.feeScheduleVersion ?? order.agreementVersion);

  const offers = order.items.map((item) => offerOf(item.snapshot, item.kind));
  const airportCodes = new Set<string>();
  for (const offer of offers) {
    if (offer?.kind === 'FLIGHT') for (const s of offer.slices) for (const g of s.segments) airportCodes.add(g.origin).add(g.destination);
  }
  const airports = airportCodes.size
    ? await db.airport.findMany({ where: { code: { in: [...airportCodes] } }, select: { code: true, nameEn: true, nameRu: true, nameAz: true, nameKk: true } })
    : [];
  const airportName = (code: string) => {
    const a = airports.find((x) => x.code === code);
    return a ? { en: a.nameEn, ru: a.nameRu, az: a.nameAz, kk: a.nameKk }[locale] : null;
  };

  const items: ItineraryItem[] = order.items
    .map((item, index) => {
      const offer = offers[index] ?? null;
      const line = item.priceLine;
      const price: ItineraryPriceLine = line
        ? { currency: line.currency, providerCostMinor: line.providerCostMinor, discountMinor: line.discountMinor, priceMinor: line.priceMinor, serviceFeeMinor: line.serviceFeeMinor, totalMinor: line.totalMinor }
        : {
            currency: item.priceCurrency,
            providerCostMinor: item.priceAmountMinor,
            discountMinor: 0,
            priceMinor: item.priceAmountMinor,
            serviceFeeMinor: item.serviceFeeAmountMinor,
            totalMinor: item.priceAmountMinor + item.serviceFeeAmountMinor,
          };
      const zones = zonesOf(offer);
      const transferDetails = (item.passengers[0]?.transferDetails ?? null) as { passengers?: unknown; bags?: unknown; flightNumber?: unknown } | null;
      return {
        id: item.id,
        position: line?.position ?? index,
        kind: item.kind,
        // one naming helper for pages, mails and the PDF: catalog names, never codes
        title: offer ? offerName(offer, locale) : item.title,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        timeZone: zones.start,
        endTimeZone: zones.end,
        cancelledAt: item.cancelledAt,
        passengers: item.passengers.map((p) => ({ firstName: p.firstName, lastName: p.lastName })),
        ...(() => {
          const docs = itemDocuments(item.hold, item.cancelledAt !== null);
          return { documents: docs.documents, documentState: docs.state };
        })(),
        issued: item.hold?.status === 'CONFIRMED',
        price,
        rules: rulesOf(item.snapshot, schedule, rates),
        flight: offer?.kind === 'FLIGHT' ? flightOf(offer, airportName) : null,
        hotel: offer?.kind === 'HOTEL' ? hotelOf(offer, locale) : null,
        transfer: offer?.kind === 'TRANSFER' ? transferOf(offer, locale, transferDetails) : null,
      };
    })
    .sort((a, b) => a.position - b.position || a.startsAt.getTime() - b.startsAt.getTime());

  const paymentRow = order.checkout?.paidPaymentId
    ? await db.payment.findUnique({
        where: { id: order.checkout.paidPaymentId },
        select: { method: true, provider: true, amountMinor: true, currency: true, succeededAt: true },
      })
    : null;

  const currencies = new Set(items.map((i) => i.price.currency));
  const charge = order.checkout
    ? {
        amount: { amount: order.checkout.chargeAmountMinor, currency: order.checkout.chargeCurrency },
        converted: [...currencies].some((c) => c !== order.checkout!.chargeCurrency),
        ratesAsOf: rates?.asOf ?? null,
      }
    : null;

  return {
    orderId: order.id,
    reference: order.reference,
    status: order.status,
    phase: bookingPhase({
      status: order.status,
      items: items.map((i) => ({ cancelled: i.cancelledAt !== null })),
      paidMinor: paymentRow?.amountMinor ?? null,
      refundedMinor: paymentRow ? await refundedMinorOf(order.checkout!.paidPaymentId!) : null,
    }),
    locale: isLocale(order.locale) ? order.locale : 'en',
    contactEmail: order.contactEmail,
    agreementVersion: order.agreementVersion,
    createdAt: order.createdAt,
    issuedAt: order.events[0]?.at ?? null,
    travellers: distinctPeople(items.flatMap((i) => i.passengers)),
    items,
    totals: totalsOf(items.map((i) => i.price)),
    charge: charge ? { ...charge, ratesAsOf: charge.converted ? charge.ratesAsOf : null } : null,
    payment: paymentRow
      ? {
          method: paymentRow.method,
          provider: paymentRow.provider,
          amount: { amount: paymentRow.amountMinor, currency: paymentRow.currency },
          paidAt: paymentRow.succeededAt ?? order.checkout?.paidAt ?? null,
        }
      : null,
  };
}

async function refundedMinorOf(paymentId: string): Promise<number> {
  const sum = await db.refund.aggregate({ where: { paymentId, status: 'SUCCEEDED' }, _sum: { amountMinor: true } });
  return sum._sum.amountMinor ?? 0;
}

function offerOf(snapshot: Prisma.JsonValue, kind: ProductKind): Offer | null {
  const stored = (snapshot as Prisma.JsonObject | null)?.offer;
  if (!stored || typeof stored !== 'object') return null;
  const offer = offerFromJson(stored);
  return offer.kind === kind ? offer : null;
}

/** The rules as booked (lib/rules reads the stored item as it is, once its instants are Dates again). */
function rulesOf(snapshot: Prisma.JsonValue, schedule: FeeSchedule, rates: Rates | null): MessageDescriptor[] {
  const stored = snapshot as Prisma.JsonObject | null;
  if (stored?.rulesItem) {
    try {
      return describeItemRules(reviveInstants<Item>(stored.rulesItem), undefined, { schedule, fx: rates ?? undefined });
    } catch {
      // an item the current rules cannot read: fall back to the summary shown at checkout
    }
  }
  return Array.isArray(stored?.rules) ? reviveInstants<MessageDescriptor[]>(stored.rules) : [];
}

function zonesOf(offer: Offer | null): { start: string; end: string } {
  if (!offer) return { start: 'UTC', end: 'UTC' };
  switch (offer.kind) {
    case 'FLIGHT': {
      const first = offer.slices[0];
      const last = offer.slices[offer.slices.length - 1];
      return { start: validZone(first?.originTimeZone), end: validZone(last?.destinationTimeZone) };
    }
    case 'HOTEL':
      return { start: validZone(offer.hotel.timeZone), end: validZone(offer.hotel.timeZone) };
    case 'TRANSFER':
      return { start: validZone(offer.pickupTimeZone), end: validZone(offer.pickupTimeZone) };
  }
}

function flightOf(offer: Extract<Offer, { kind: 'FLIGHT' }>, airportName: (code: string) => string | null): ItineraryFlight {
  return {
    airline: offer.airline,
    cabin: offer.fareFamily.cabin,
    fareFamily: offer.fareFamily.code,
    checkedBags: offer.fareFamily.checkedBags,
    checkedBagKg: offer.fareFamily.checkedBagKg,
    cabinBagKg: offer.fareFamily.cabinBagKg,
    slices: offer.slices.map((slice) => ({
      origin: slice.origin,
      destination: slice.destination,
      segments: slice.segments.map((s) => ({
        flightNumber: s.flightNumber,
        airlineCode: s.airlineCode,
        origin: { code: s.origin, name: airportName(s.origin) },
        destination: { code: s.destination, name: airportName(s.destination) },
        departureAt: s.departureAt,
        arrivalAt: s.arrivalAt,
        originTimeZone: validZone(s.originTimeZone),
        destinationTimeZone: validZone(s.destinationTimeZone),
        durationMinutes: s.durationMinutes,
        aircraft: s.aircraft || null,
      })),
    })),
  };
}

function hotelOf(offer: Extract<Offer, { kind: 'HOTEL' }>, locale: Locale): ItineraryHotel {
  return {
    name: offer.hotel.name,
    address: offer.hotel.address,
    city: localized(offer.hotel.cityName, locale),
    timeZone: validZone(offer.hotel.timeZone),
    checkIn: offer.checkIn,
    checkOut: offer.checkOut,
    checkInAt: offer.checkInAt,
    checkOutAt: offer.checkOutAt,
    nights: offer.nights,
    rooms: offer.rooms,
    guests: offer.guests,
    roomCode: offer.roomType.code,
    board: offer.ratePlan.board,
  };
}

function transferOf(
  offer: Extract<Offer, { kind: 'TRANSFER' }>,
  locale: Locale,
  details: { passengers?: unknown; bags?: unknown; flightNumber?: unknown } | null,
): ItineraryTransfer {
  const count = (value: unknown, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? n : fallback;
  };
  return {
    airport: { code: offer.airport.code, name: localized(offer.airport.name, locale) },
    zone: localized(offer.zone.name, locale),
    vehicleClass: offer.vehicleClass,
    pickupAt: offer.pickupAt,
    pickupTimeZone: validZone(offer.pickupTimeZone),
    durationMinutes: offer.durationMinutes,
    passengers: count(details?.passengers, offer.passengers),
    bags: count(details?.bags, offer.bags),
    flightNumber: typeof details?.flightNumber === 'string' ? details.flightNumber : null,
    waiting: { atMeetingPointMinutes: TRANSFER_WAITING_TIME.atMeetingPointMinutes, afterFlightDelayMinutes: TRANSFER_WAITING_TIME.afterFlightDelayMinutes },
  };
}

function distinctPeople(people: ItineraryPerson[]): ItineraryPerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.firstName.trim().toUpperCase()}|${p.lastName.trim().toUpperCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The price lines added up per currency, in the order the currencies first appear. */
export function totalsOf(lines: readonly ItineraryPriceLine[]): ItineraryTotal[] {
  const totals = new Map<string, ItineraryTotal>();
  for (const line of lines) {
    const t = totals.get(line.currency) ?? { currency: line.currency, providerCostMinor: 0, discountMinor: 0, priceMinor: 0, serviceFeeMinor: 0, totalMinor: 0 };
    t.providerCostMinor += line.providerCostMinor;
    t.discountMinor += line.discountMinor;
    t.priceMinor += line.priceMinor;
    t.serviceFeeMinor += line.serviceFeeMinor;
    t.totalMinor += line.totalMinor;
    totals.set(line.currency, t);
  }
  return [...totals.values()];
}
