import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { offerFacts } from '../offer-facts';
import { itemSnapshot } from './item-snapshot';
import type { DocumentHash, PreparedOrder } from './types';
import { writePassengers } from './write-passengers';

/**
 * One order item per line, in the trip's order, each with its price line as quoted (Agreement 4.3:
 * provider cost, discount, price; 4.4: the service fee apart, never refundable) and its people. Returns
 * the items' ids, index for index with the lines.
 */
export async function writeOrderItems(tx: Tx, orderId: string, p: PreparedOrder, docHash: DocumentHash): Promise<string[]> {
  const itemIds = p.items.map(() => randomUUID());
  for (const [index, item] of p.items.entries()) {
    const line = p.quote.breakdown.lines[index]!;
    const facts = offerFacts(item.offer);
    await tx.orderItem.create({
      data: {
        id: itemIds[index]!,
        orderId,
        kind: item.offer.kind,
        title: facts.title,
        startsAt: facts.startsAt,
        endsAt: facts.endsAt,
        priceAmountMinor: line.price.amount,
        priceCurrency: line.price.currency,
        serviceFeeAmountMinor: line.serviceFee.amount,
        serviceFeeCurrency: line.serviceFee.currency,
        snapshot: itemSnapshot(item.offer, line, p.quote.rules[index] ?? []),
      },
    });
    await tx.orderPriceLine.create({
      data: {
        orderId,
        orderItemId: itemIds[index]!,
        position: index,
        kind: line.kind,
        currency: line.price.currency,
        providerCostMinor: line.providerCost.amount,
        discountMinor: line.discount.amount,
        priceMinor: line.price.amount,
        serviceFeeMinor: line.serviceFee.amount,
        totalMinor: line.total.amount,
        serviceFeeRefundable: false,
      },
    });
    await writePassengers(tx, orderId, itemIds[index]!, item, docHash);
  }
  return itemIds;
}
