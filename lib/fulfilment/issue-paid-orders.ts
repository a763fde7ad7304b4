/**
 * Finds PAID orders and issues them (issue-order.ts). The booking-issue-paid-orders loop runs it every
 * 2 s in each worker; the minutely recovery job runs it too, for a worker that runs no loops. Several
 * workers at once are fine: each order is taken with SKIP LOCKED, so they share the work and never
 * wait for one another.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { issueOrder, type IssueOrderResult } from '@/lib/fulfilment/issue-order';

export type IssuePaidOrdersOptions = { now?: Date; limit?: number };

export async function issuePaidOrders(options: IssuePaidOrdersOptions = {}): Promise<{ results: { orderId: string; result: IssueOrderResult }[] }> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM orders WHERE status = 'PAID' ORDER BY updated_at LIMIT ${options.limit ?? 20}`;
  const results: { orderId: string; result: IssueOrderResult }[] = [];
  for (const { id } of due) {
    try {
      results.push({ orderId: id, result: await issueOrder(id, { now: options.now }) });
    } catch (error) {
      // The transaction rolled back and the order is still PAID: the next run tries again.
      console.warn(`[booking] order ${id} not issued yet: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { results };
}
