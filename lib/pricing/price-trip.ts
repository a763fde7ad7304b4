import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import type { Rates } from '@/lib/money';
import type { FeeSchedule } from '@/lib/rules';
import type { Offer } from '@/lib/inventory/supplier';
import { countPromoUses } from './count-promo-uses';
import { loadCurrentFeeSchedule } from './load-current-fee-schedule';
import { loadPricingRates } from './load-pricing-rates';
import { loadPromoCode } from './load-promo-code';
import { quoteTrip, type TripQuote } from './quote-trip';
import type { StoredPromo } from './types';

export type PriceTripInput = {
  /** the offers as their suppliers price them now, in the trip's order */
  offers: readonly Offer[];
  /** the code the traveller entered; null or empty for none */
  promoCode: string | null;
  /** whose earlier uses count against the code's per-customer limit (lib/booking promoCustomerKey) */
  customerKey: string | null;
  at: Date;
};

export type TripPricing = {
  quote: TripQuote;
  /** the rates the quote used; an order placed from it stores them (Agreement 4.6) */
  rates: Rates;
  /** the schedule the quote used; an order placed from it stores its version (4.3, 4.4) */
  schedule: FeeSchedule;
  /** the code as stored, when one was entered and exists */
  promo: StoredPromo | null;
  /** a code was entered and no such code exists (the quote is then without a discount) */
  promoNotFound: boolean;
};

/**
 * Prices a trip now, for every place that shows or charges it (the checkout page, the promo form,
 * placeOrder): the newest rates or the reference ones, the fee schedule in force, and the promo code with
 * this customer's earlier uses (Agreement 7), then the pure quoteTrip. Reads only; nothing is reserved.
 */
export async function priceTrip(client: Db | Tx, { offers, promoCode, customerKey, at }: PriceTripInput): Promise<TripPricing> {
  const promo = promoCode ? await loadPromoCode(client, promoCode) : null;
  const rates = await loadPricingRates(client);
  const timesUsedByCustomer = promo ? await countPromoUses(client, promo.id, customerKey) : 0;
  const schedule = await loadCurrentFeeSchedule(client);
  const quote = quoteTrip({ offers, schedule, rates, promo: promo?.promo ?? null, timesUsedByCustomer, at });
  return { quote, rates, schedule, promo, promoNotFound: Boolean(promoCode) && !promo };
}

/** priceTrip on the shared client, for the checkout page (pages never import the database client). */
export const priceTripForPage = (input: PriceTripInput) => priceTrip(db, input);
