import type { Money } from '@/lib/money';
import type { Item } from '@/lib/rules';
import { toRulesItem } from '@/lib/inventory/to-rules-item';
import type { Offer } from '@/lib/inventory/supplier';

/**
 * The item lib/rules reads for an offer (lib/inventory's mapping), carrying the price the traveller pays
 * for the service: the provider's cost less any promo discount (Agreement 7). The order stores this item,
 * so a later cancellation refunds from what was paid, never from the undiscounted price (6.1–6.4), and
 * the service fee next to it stays the one charged (4.4, 6.4).
 */
export function pricedRulesItem(offer: Offer, price: Money, serviceFee: Money): Item {
  return { ...toRulesItem(offer, serviceFee), price };
}
