/**
 * The most staff may approve for a request: never above what the rules allow (request.maxRefundMinor,
 * or for an older request without one, the rules' quote now) and never above what was paid less what
 * is refunded, in flight or already approved for another request of the order.
 */
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { quoteCancellation } from '@/lib/rules';
import { feeScheduleOfOrder } from '@/lib/pricing/fee-schedule-of-order';
import { inPaymentCurrency } from '@/lib/pricing/in-payment-currency';
import type { OrderMoney } from '../order-money';
import { reviveRulesItem } from '../revive-rules-item';

/** Topics whose approval cancels the item (or the whole order) in the same transaction. */
const CANCELLING_TOPICS = ['FLIGHT_REFUND', 'CANCEL_ITEM', 'CANCEL_ORDER'] as const;
/** Topics that refund everything paid (Agreement 4.5, 8.5). */
const FULL_REFUND_TOPICS = ['NOT_ISSUED', 'REFUSAL'] as const;

export function cancelsItems(topic: string): boolean {
  return (CANCELLING_TOPICS as readonly string[]).includes(topic);
}

type RequestFacts = { orderId: string; orderItemId: string | null; topic: string; maxRefundMinor: number | null };

/** What the rules would refund for the request's item(s) at `now`, in the payment's currency; null when they do not say. */
async function rulesRefundNow(client: Db | Tx, request: RequestFacts, money: OrderMoney, now: Date): Promise<number | null> {
  if ((FULL_REFUND_TOPICS as readonly string[]).includes(request.topic)) return Math.max(0, money.captured - money.refunded);
  if (!cancelsItems(request.topic)) return null;
  const order = await client.order.findUnique({
    where: { id: request.orderId },
    select: { status: true, items: { where: request.orderItemId ? { id: request.orderItemId } : {}, select: { snapshot: true } } },
  });
  if (!order) return null;
  const schedule = await feeScheduleOfOrder(money.feeScheduleVersion, client);
  let total = 0;
  for (const { snapshot } of order.items) {
    const item = reviveRulesItem(snapshot, order.status);
    if (!item) return null;
    const quote = quoteCancellation(item, now, money.rates, { schedule });
    total += inPaymentCurrency(quote.refund, money).amount;
  }
  return total;
}

export async function refundCeiling(client: Db | Tx, request: RequestFacts, money: OrderMoney, now: Date): Promise<{ ceiling: number; rulesMax: number }> {
  const rulesMax = request.maxRefundMinor ?? (await rulesRefundNow(client, request, money, now)) ?? 0;
  return { ceiling: Math.max(0, Math.min(rulesMax, money.available)), rulesMax };
}
