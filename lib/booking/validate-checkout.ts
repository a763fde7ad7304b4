/**
 * Everything about a checkout form that depends on the trip's offers and the moment, on top of the
 * shape check of checkout-schema.ts. Pure: it reports field errors (paths → message keys) and which
 * passengers must go to support; placeOrder refuses the order if either is non-empty.
 */
import {
  checkBookerAge,
  checkCheckoutConsents,
  checkContactDetails,
  checkTransferBooking,
  checkTransferExtras,
  routeSpecialPassengers,
  type PassengerFlagReason,
} from '@/lib/rules';
import type { Offer } from '@/lib/inventory/supplier';
import type { CheckoutInput, CheckoutItemInput } from './checkout-schema';
import type { FieldErrors } from './errors';
import { localDate, offerFacts, passengerTypes } from './offer-facts';

type SupportReason = Exclude<PassengerFlagReason, 'INVALID_DATE_OF_BIRTH'>;

export type CheckoutValidation = {
  fieldErrors: FieldErrors;
  /** Agreement 8.2: reasons to book through support instead; empty when the order can be booked online */
  support: SupportReason[];
  /** anyone besides the booker is named (Agreement 3.1.6) */
  hasCoTravellers: boolean;
  /** the form's items in the trip's order, paired with their offers */
  items: { input: CheckoutItemInput; offer: Offer; tripItemId: string }[] | null;
};

/** Ages in airline terms on the day of travel: infants under 2, children 2–11, adults from 12. */
export function passengerTypeOn(dateOfBirth: string, travelDate: string): 'ADULT' | 'CHILD' | 'INFANT' | null {
  const age = ageOn(dateOfBirth, travelDate);
  if (age === null || age < 0) return null;
  return age < 2 ? 'INFANT' : age < 12 ? 'CHILD' : 'ADULT';
}

export function ageOn(dateOfBirth: string, on: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  if (!b || !d) return null;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  return y - by - (m < bm || (m === bm && day < bd) ? 1 : 0);
}

type TripItemLike = { id: string; kind: Offer['kind']; offer: Offer };

export function validateCheckout(
  input: CheckoutInput,
  tripItems: readonly TripItemLike[],
  options: { at: Date; agreementVersion: string },
): CheckoutValidation {
  const { at } = options;
  const fieldErrors: FieldErrors = {};
  const error = (path: string, key: string) => {
    fieldErrors[path] ??= key;
  };
  const support = new Set<SupportReason>();
  let people = 0;

  // The form must describe exactly the trip's offers (a stale tab or a forged form does not).
  const byId = new Map(input.items.map((item, index) => [item.tripItemId, { item, index }]));
  const sameTrip =
    byId.size === input.items.length &&
    tripItems.length === input.items.length &&
    tripItems.every((t) => byId.get(t.id)?.item.kind === t.kind);
  if (!sameTrip) return { fieldErrors: { _form: 'checkout.errors.tripChanged' }, support: [], hasCoTravellers: false, items: null };

  const items = tripItems.map((t) => ({ input: byId.get(t.id)!.item, index: byId.get(t.id)!.index, offer: t.offer, tripItemId: t.id }));
  for (const { input: item, index, offer } of items) {
    const base = `items.${index}`;
    if (item.kind === 'FLIGHT' && offer.kind === 'FLIGHT') {
      const types = passengerTypes(offer);
      if (item.passengers.length !== types.length) {
        error('_form', 'checkout.errors.tripChanged');
        continue;
      }
      people += item.passengers.length;
      const facts = offerFacts(offer);
      const lastSlice = offer.slices[offer.slices.length - 1]!;
      const lastDate = localDate(lastSlice.departureAt, lastSlice.originTimeZone);
      item.passengers.forEach((p, i) => {
        const path = `${base}.passengers.${i}`;
        const type = passengerTypeOn(p.dateOfBirth, facts.startDate);
        if (type === null) error(`${path}.dateOfBirth`, 'checkout.errors.invalidDate');
        else if (type !== types[i]) error(`${path}.dateOfBirth`, `checkout.errors.passengerType${types[i]}`);
        // The document must still be valid on the last flight of the journey.
        if (p.documentExpiry < lastDate) error(`${path}.documentExpiry`, 'checkout.errors.documentExpired');
      });
      // Agreement 8.2
      const routing = routeSpecialPassengers(
        item.passengers.map((p) => ({ dateOfBirth: p.dateOfBirth, needsSpecialAssistance: p.specialAssistance, latePregnancy: p.latePregnancy })),
        facts.startDate,
      );
      for (const flag of routing.flags) {
        if (flag.reason === 'INVALID_DATE_OF_BIRTH') continue;
        support.add(flag.reason);
        const field = flag.reason === 'SPECIAL_ASSISTANCE_REQUIRED' ? 'specialAssistance' : flag.reason === 'LATE_PREGNANCY' ? 'latePregnancy' : 'dateOfBirth';
        error(`${base}.passengers.${flag.passenger}.${field}`, `rules.reasons.${flag.reason}`);
      }
    } else if (item.kind === 'HOTEL' && offer.kind === 'HOTEL') {
      people = Math.max(people, offer.guests);
    } else if (item.kind === 'TRANSFER' && offer.kind === 'TRANSFER') {
      people = Math.max(people, item.passengers);
      if (item.passengers > offer.maxPassengers) error(`${base}.passengers`, 'checkout.errors.tooManyPassengers');
      if (item.bags > offer.maxBags) error(`${base}.bags`, 'checkout.errors.tooManyBags');
      if (item.childSeats > item.passengers) error(`${base}.childSeats`, 'checkout.errors.tooManyChildSeats');
      // Agreement 6.2: booking window of the class, and extras declared at least 24 h ahead.
      const window = checkTransferBooking(offer.vehicleClass, offer.pickupAt, at);
      if (!window.allowed) error(`${base}._item`, `rules.reasons.${window.reason}`);
      const extras = checkTransferExtras(offer.pickupAt, at);
      if (!extras.allowed) {
        if (item.childSeats > 0) error(`${base}.childSeats`, `rules.reasons.${extras.reason}`);
        if (item.animals > 0) error(`${base}.animals`, `rules.reasons.${extras.reason}`);
        if (item.bags > offer.bags) error(`${base}.bags`, `rules.reasons.${extras.reason}`);
      }
    } else {
      error('_form', 'checkout.errors.tripChanged');
    }
  }

  const hasCoTravellers = people > 1;
  for (const [path, key] of Object.entries(checkBookerAndConsents(input, { at, agreementVersion: options.agreementVersion, hasCoTravellers }))) error(path, key);

  return {
    fieldErrors,
    support: [...support],
    hasCoTravellers,
    items: items.map(({ input: i, offer, tripItemId }) => ({ input: i, offer, tripItemId })),
  };
}

type BookerAndConsentsInput = {
  contact?: { email?: unknown; phone?: unknown; bookerDateOfBirth?: unknown } | null;
  consents?: { agreement?: unknown; agreementVersion?: unknown; dataProcessing?: unknown } | null;
};

const ticked = (v: unknown) => v === true || v === 'on' || v === 'true';
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The checks that do not depend on the offers: contact (Agreement 3.1.9), the booker's age (1, 3.1.1)
 * and the consents (2.2, 3.1.6, 4.7). They also run on a form that failed the shape check, so the
 * traveller sees every problem at once.
 */
export function checkBookerAndConsents(
  input: BookerAndConsentsInput,
  options: { at: Date; agreementVersion: string; hasCoTravellers: boolean },
): FieldErrors {
  const errors: FieldErrors = {};
  const contact = checkContactDetails({ email: text(input.contact?.email), phone: text(input.contact?.phone) });
  for (const problem of contact.problems) {
    errors[problem.startsWith('CONTACT_EMAIL') ? 'contact.email' : 'contact.phone'] ??= `rules.reasons.${problem}`;
  }
  const dateOfBirth = text(input.contact?.bookerDateOfBirth).trim();
  if (dateOfBirth) {
    const booker = checkBookerAge(dateOfBirth, options.at);
    if (!booker.allowed) errors['contact.bookerDateOfBirth'] = `rules.reasons.${booker.reason}`;
  }
  const consents = checkCheckoutConsents(
    {
      agreementAccepted: ticked(input.consents?.agreement),
      agreementVersion: text(input.consents?.agreementVersion) || null,
      processingConsent: ticked(input.consents?.dataProcessing),
      coTravellersConsented: ticked(input.consents?.dataProcessing),
      hasCoTravellers: options.hasCoTravellers,
    },
    options.agreementVersion,
  );
  for (const problem of consents.problems) {
    errors[problem.startsWith('AGREEMENT') ? 'consents.agreement' : 'consents.dataProcessing'] ??= `rules.reasons.${problem}`;
  }
  return errors;
}
