/**
 * A booking as its traveller sees it (the /booking page and the account's booking page): the order's
 * itinerary as the documents read it (lib/documents/load-itinerary: items with local times and zones,
 * travellers' names, ticket numbers and voucher codes, price lines, rules, payment), how it was to be
 * paid, and the flight schedule changes staff recorded for its flights (Agreement 3.1.9).
 *
 * Always called with an order id the caller was authorised for (lib/auth/booking-access or the
 * viewer-scoped account query); it does no authorisation itself.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { PaymentMethod } from '@/lib/db/generated/enums';
import type { Locale } from '@/lib/i18n/locales';
import { loadItinerary, type Itinerary } from '@/lib/documents/load-itinerary';

type BookingScheduleChange = {
  id: string;
  /** as the traveller reads it, e.g. "J2 8021" */
  flight: string;
  /** local date of the original departure at the origin (YYYY-MM-DD) */
  departureDate: string;
  /** the times as booked, when the leg is in the order's itinerary */
  original: { departureAt: Date; arrivalAt: Date } | null;
  newDepartureAt: Date;
  newArrivalAt: Date | null;
  originTimeZone: string;
  destinationTimeZone: string;
  note: string;
  recordedAt: Date;
};

export type BookingView = Omit<Itinerary, 'contactEmail'> & {
  /** only for the account: a visitor who found the booking by reference + surname does not get it */
  contactEmail: string | null;
  /** how the order was (or is to be) paid, from checkout; null for orders placed before checkout existed */
  paymentMethod: PaymentMethod | null;
  scheduleChanges: BookingScheduleChange[];
};

function localDateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "J2 8021" / "J2008021" with carrier J2 → "8021", as order_flight_reservations stores it. */
function flightDigits(carrier: string, flightNumber: string): string {
  const rest = flightNumber.toUpperCase().replace(/\s/g, '');
  const digits = rest.startsWith(carrier.toUpperCase()) ? rest.slice(carrier.length) : rest;
  return digits.replace(/^0+(?=.)/, '');
}

async function scheduleChangesOf(orderId: string, itinerary: Itinerary): Promise<BookingScheduleChange[]> {
  const legs = await db.orderFlightReservation.findMany({
    where: { orderId },
    distinct: ['carrier', 'flightNumber', 'departureDate'],
    select: { carrier: true, flightNumber: true, departureDate: true },
  });
  if (!legs.length) return [];
  const changes = await db.scheduleChange.findMany({
    where: { OR: legs.map((leg) => ({ carrier: leg.carrier, flightNumber: leg.flightNumber, departureDate: leg.departureDate })) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, carrier: true, flightNumber: true, departureDate: true, newDepartureAt: true, newArrivalAt: true, note: true, createdAt: true },
  });
  const segments = itinerary.items.flatMap((item) => item.flight?.slices.flatMap((slice) => slice.segments) ?? []);
  return changes.map((change) => {
    const departureDate = change.departureDate.toISOString().slice(0, 10);
    const segment = segments.find(
      (s) =>
        s.airlineCode.toUpperCase() === change.carrier.trim().toUpperCase() &&
        flightDigits(s.airlineCode, s.flightNumber) === change.flightNumber &&
        localDateIn(s.departureAt, s.originTimeZone) === departureDate,
    );
    return {
      id: change.id,
      flight: `${change.carrier.trim()} ${change.flightNumber}`,
      departureDate,
      original: segment ? { departureAt: segment.departureAt, arrivalAt: segment.arrivalAt } : null,
      newDepartureAt: change.newDepartureAt,
      newArrivalAt: change.newArrivalAt,
      originTimeZone: segment?.originTimeZone ?? 'UTC',
      destinationTimeZone: segment?.destinationTimeZone ?? 'UTC',
      note: change.note,
      recordedAt: change.createdAt,
    };
  });
}

/** The booking page's data for an order the caller may see; null when it no longer exists or was anonymised. */
export type GetBookingViewOptions = {
  locale: Locale;
  /** the signed-in owner sees the contact email; a look-up visitor does not need it */
  includeContact: boolean;
};

export async function getBookingView(orderId: string, options: GetBookingViewOptions): Promise<BookingView | null> {
  const itinerary = await loadItinerary(orderId, { locale: options.locale });
  if (!itinerary) return null;
  const [checkout, scheduleChanges] = await Promise.all([
    db.orderCheckout.findUnique({ where: { orderId }, select: { paymentMethod: true } }),
    scheduleChangesOf(orderId, itinerary),
  ]);
  return {
    ...itinerary,
    contactEmail: options.includeContact ? itinerary.contactEmail : null,
    paymentMethod: itinerary.payment?.method ?? checkout?.paymentMethod ?? null, scheduleChanges };
}
