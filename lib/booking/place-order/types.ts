import type { AuditActor } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Money, Rates } from '@/lib/money';
import type { FeeSchedule } from '@/lib/rules';
import type { Offer } from '@/lib/inventory/supplier';
import type { TripQuote } from '@/lib/pricing/quote-trip';
import type { StoredPromo } from '@/lib/pricing/types';
import type { CheckoutInput, CheckoutItemInput } from '../checkout-schema';
import type { TripOwner, TripView } from '../find-trip';

export type PlaceOrderOptions = {
  owner: TripOwner;
  /** the signed-in viewer, for the audit trail */
  actor?: AuditActor | null;
  /** the checkout form as a nested object (checkout-schema.ts formToObject) */
  input: unknown;
  locale: string;
  /** the version of the user agreement shown next to the box (content/legal front matter) */
  agreementVersion: string;
  context?: RequestContext;
  at?: Date;
};

export type PlacedOrder = {
  orderId: string;
  reference: string;
  paymentMethod: 'CARD' | 'OFFICE';
  holdExpiresAt: Date;
  charge: Money;
  /** false when this form had already placed the order (double submit) */
  created: boolean;
};

/** One line of the order: the form's part, the offer as re-priced, and the trip item it came from. */
export type OrderLine = { input: CheckoutItemInput; offer: Offer; tripItemId: string };

/** Everything checked and priced before the order's transaction starts. */
export type PreparedOrder = {
  input: CheckoutInput;
  trip: TripView;
  items: OrderLine[];
  quote: TripQuote;
  /** the code applied to the trip, as stored; redeemed only when the quote found it applicable */
  promo: StoredPromo | null;
  customerKey: string | null;
  charge: Money;
  rates: Rates;
  schedule: FeeSchedule;
  holdExpiresAt: Date;
  hasCoTravellers: boolean;
};

/** Blind index of a document number, computed once per number within an order. */
export type DocumentHash = (documentNumber: string) => string;
