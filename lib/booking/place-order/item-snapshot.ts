import type { Prisma } from '@/lib/db/generated/client';
import type { Offer } from '@/lib/inventory/supplier';
import { pricedRulesItem } from '@/lib/pricing/priced-rules-item';
import type { TripQuote } from '@/lib/pricing/quote-trip';
import { offerToJson } from '../offer-json';
import { supplierName } from '../supplier-calls';

/**
 * What an order item keeps of its offer for the order's life: the rules item lib/rules reads as it is
 * (quoteCancellation, describeItemRules), the price line and the rules as shown, the supplier and the offer.
 */
export function itemSnapshot(offer: Offer, line: TripQuote['breakdown']['lines'][number], rules: TripQuote['rules'][number]): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify({
      rulesItem: pricedRulesItem(offer, line.price, line.serviceFee),
      priceLine: line,
      rules,
      supplier: supplierName(offer.kind),
      offer: offerToJson(offer),
    }),
  ) as Prisma.InputJsonValue;
}
