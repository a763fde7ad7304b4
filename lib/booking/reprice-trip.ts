import type { Money } from '@/lib/money';
import type { Offer } from '@/lib/inventory/supplier';
import { compareWithAccepted } from '@/lib/pricing/compare-with-accepted';
import type { TripItemView, TripView } from './find-trip';
import { repriceOffer } from './supplier-calls';

/**
 * Where an item of the trip stands now, against the price the traveller accepted (lib/pricing
 * compareWithAccepted): AVAILABLE at that price, PRICE_CHANGED (old → new, to be accepted explicitly),
 * or SOLD_OUT.
 */
export type RepricedItem =
  | { itemId: string; status: 'AVAILABLE'; offer: Offer; price: Money }
  | { itemId: string; status: 'PRICE_CHANGED'; offer: Offer; previous: Money; price: Money }
  | { itemId: string; status: 'SOLD_OUT'; offer: Offer; previous: Money };

export async function repriceTripItem(item: TripItemView, at: Date): Promise<RepricedItem> {
  const repricing = compareWithAccepted(item.accepted, await repriceOffer(item.offer, at));
  // A sold-out item keeps the offer the traveller chose, to name it on the page.
  return repricing.status === 'SOLD_OUT' ? { ...repricing, itemId: item.id, offer: item.offer } : { ...repricing, itemId: item.id };
}

/** Re-prices every offer of the trip through the supplier boundary; nothing is written. */
export async function repriceTrip(trip: TripView, at: Date = new Date()): Promise<RepricedItem[]> {
  return Promise.all(trip.items.map((item) => repriceTripItem(item, at)));
}
