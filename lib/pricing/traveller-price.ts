/**
 * The figure a results list shows and sorts by (issue 20, "prices travellers can compare"): what the
 * traveller pays in full, the service fee included (Agreement 4.3, 4.4), converted into one display
 * currency on the day's rates (4.6), next to the binding amount in the supplier's currency. The fee
 * comes from the same schedule and rates quoteOffer and checkout use, so the offer page shows the
 * same total.
 */
import { add, convert, type Money, type Rates } from '@/lib/money';
import { computeServiceFee, type FeeSchedule, type ItemKind } from '@/lib/rules';

export type TravellerPrice = {
  /** supplier price + service fee, in the supplier's currency: what is charged (4.3) */
  binding: Money;
  serviceFee: Money;
  /** the binding total in the display currency; equal to `binding` when the currencies agree */
  display: Money;
  /** whether `display` is a conversion (then indicative, 4.6) */
  converted: boolean;
};

export type DisplayPricing = { rates: Rates; schedule: FeeSchedule };

export function travellerPrice(kind: ItemKind, supplierPrice: Money, displayCurrency: string, { rates, schedule }: DisplayPricing): TravellerPrice {
  const serviceFee = computeServiceFee(kind, supplierPrice, schedule, rates);
  const binding = add(supplierPrice, serviceFee);
  const converted = binding.currency !== displayCurrency;
  return { binding, serviceFee, display: converted ? convert(binding, displayCurrency, rates) : binding, converted };
}

/** The amount to sort and filter a list by: the display figure's minor units (one currency for the whole list). */
export function comparableTotal(kind: ItemKind, supplierPrice: Money, displayCurrency: string, pricing: DisplayPricing): number {
  return travellerPrice(kind, supplierPrice, displayCurrency, pricing).display.amount;
}
