import type { Money } from '@/lib/money';
import type { Offer, RepriceResult } from '@/lib/inventory/supplier';

/**
 * The supplier's current word on an offer against the price the traveller accepted (Agreement 4.3: the
 * supplier's price, in its currency): AVAILABLE at exactly that price, PRICE_CHANGED (old → new, to be
 * accepted explicitly, never applied silently), or SOLD_OUT when the supplier no longer sells it. A
 * price in another currency is a changed price, even if it converts to the same amount.
 */
export type Repricing =
  | { status: 'AVAILABLE'; offer: Offer; price: Money }
  | { status: 'PRICE_CHANGED'; offer: Offer; previous: Money; price: Money }
  | { status: 'SOLD_OUT'; previous: Money };

export function compareWithAccepted(accepted: Money, result: RepriceResult<Offer>): Repricing {
  if (result.status === 'SOLD_OUT' || result.status === 'NOT_FOUND') return { status: 'SOLD_OUT', previous: accepted };
  const price = result.offer.price.total;
  if (price.amount !== accepted.amount || price.currency !== accepted.currency) {
    return { status: 'PRICE_CHANGED', offer: result.offer, previous: accepted, price };
  }
  return { status: 'AVAILABLE', offer: result.offer, price };
}
