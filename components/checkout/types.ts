/** What the checkout page hands to the (client) form: plain, already translated where it is content. */

export type CheckoutItemView = {
  tripItemId: string;
  kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER';
  heading: string;
  lines: string[];
  /** the rules of this line in plain words (Agreement 4.7, 6.1–6.4), translated */
  rules: string[];
  /** FLIGHT: one entry per passenger, in the offer's order */
  passengerTypes: ('ADULT' | 'CHILD' | 'INFANT')[];
  /** TRANSFER */
  transfer: {
    passengers: number;
    bags: number;
    maxPassengers: number;
    maxBags: number;
    /** Agreement 6.2: children, animals and extra luggage can still be declared online */
    extrasOpen: boolean;
    extrasDeadline: string;
    /** the arriving flight for the driver, prefilled from the trip's flight into this airport, else '' */
    flightNumber: string;
  } | null;
};

type SavedTravellerOption = { id: string; label: string };

type CountryOption = { code: string; name: string };

export type CheckoutFormView = {
  locale: string;
  idempotencyKey: string;
  agreementVersion: string;
  items: CheckoutItemView[];
  savedTravellers: SavedTravellerOption[];
  countries: CountryOption[];
  contactEmail: string;
  promoCode: string;
  /** the applied code's state in words (rules.reasons.PROMO_APPLIED, …) */
  promoStatus: { text: string; ok: boolean } | null;
  office: { available: boolean; deadline: string | null; address: string; hours: string };
  /** formatted amount charged to the card */
  chargeLabel: string;
  /** price changes or sold-out offers wait for the traveller's decision above the form */
  blocked: boolean;
};
