import type { Offer } from '@/lib/inventory/supplier';
import { BookingError } from '../errors';
import type { TripView } from '../find-trip';
import { repriceTripItem, type RepricedItem } from '../reprice-trip';
import { errorKey } from './error-key';

/**
 * Re-prices every offer of the trip through the supplier boundary and returns the offers as they stand
 * now. The traveller pays the price they accepted or is shown the new one (or that it sold out), never
 * charged a different one silently: any change refuses the order with the items that changed.
 */
export async function requireCurrentOffers(trip: TripView, at: Date): Promise<Offer[]> {
  const repriced = await Promise.all(trip.items.map((item) => repriceTripItem(item, at)));
  requireUnchangedPrices(repriced);
  return repriced.map((r) => r.offer);
}

function requireUnchangedPrices(repriced: RepricedItem[]) {
  const changed = repriced.filter((r) => r.status !== 'AVAILABLE');
  if (changed.length === 0) return;
  const details = {
    items: changed.map((r) => ({
      itemId: r.itemId,
      status: r.status,
      previous: r.previous,
      price: r.status === 'PRICE_CHANGED' ? r.price : null,
    })),
  };
  if (changed.some((r) => r.status === 'SOLD_OUT')) throw new BookingError('SOLD_OUT', errorKey('soldOut'), { details });
  throw new BookingError('PRICE_CHANGED', errorKey('priceChanged'), { details });
}
