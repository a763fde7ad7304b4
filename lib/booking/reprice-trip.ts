import type { Money } from '@/lib/money';
import type { Offer } from '@/lib/inventory/supplier';
import type { TripItemView, TripView } from './find-trip';
import { repriceOffer } from './supplier-calls';

/**
 * Where an item of the trip stands now, against the price the traveller accepted:
 * AVAILABLE at that price, PRICE_CHANGED (old → new, to be accepted explicitly), or SOLD_OUT.
 */
export type RepricedItem =
  | { itemId: string; status: 'AVAILABLE'; offer: Offer; price: Money }
  | { itemId: string; status: 'PRICE_CHANGED'; offer: Offer; previous: Money; price: Money }
  | { itemId: string; status: 'SOLD_OUT'; offer: Offer; previous: Money };

export async function repriceTripItem(item: TripItemView, at: Date): Promise<RepricedItem> {
  const result = await repriceOffer(item.offer, at);
  if (result.status === 'SOLD_OUT' || result.status === 'NOT_FOUND') {
    return { itemId: item.id, status: 'SOLD_OUT', offer: item.offer, previous: item.accepted };
  }
  const price = result.offer.price.total;
  if (price.amount !== item.accepted.amount || price.currency !== item.accepted.currency) {
    return { itemId: item.id, status: 'PRICE_CHANGED', offer: result.offer, previous: item.accepted, price };
  }
  return { itemId: item.id, status: 'AVAILABLE', offer: result.offer, price };
}

/** Re-prices every offer of the trip through the supplier boundary; nothing is written. */
export async function repriceTrip(trip: TripView, at: Date = new Date()): Promise<RepricedItem[]> {
  return Promise.all(trip.items.map((item) => repriceTripItem(item, at)));
}
