/**
 * The traveller accepts the airline's schedule change of a flight booked through Duffel (issue 21;
 * Agreement 3.1.9: the traveller is told, and chooses). The webhook recorded the change (duffel-webhook.ts:
 * a SCHEDULE_CHANGED order event naming the supplier); until it is accepted here, the booking page offers
 * "accept the new times" next to "ask support" (a service request, the page that exists). Accepting tells
 * Duffel first, outside any transaction (POST /air/airline_initiated_changes/{id}/actions/accept, safe to
 * repeat), then records the order event and its audit event once.
 */
import 'server-only';
import { z } from 'zod';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { db, type Db, type Tx } from '@/lib/db/client';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { getSuppliers } from '@/lib/inventory/suppliers';
import { AfterSalesError } from './errors';

const AIRLINE_CHANGE_ACCEPTED = 'AIRLINE_CHANGE_ACCEPTED';

const inputSchema = z.object({ orderId: z.uuid() });

/** Whether the order has an airline change from its supplier that the traveller has not accepted yet. */
export async function hasPendingAirlineChange(orderId: string, client: Db | Tx = db): Promise<boolean> {
  const rows = await client.$queryRaw<{ pending: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM order_events c
      WHERE c.order_id = ${orderId}::uuid AND c.reason = 'SCHEDULE_CHANGED' AND c.data->>'supplier' IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM order_events a WHERE a.order_id = c.order_id AND a.reason = ${AIRLINE_CHANGE_ACCEPTED} AND a.at >= c.at)
    ) AS pending`;
  return rows[0]?.pending ?? false;
}

export type AcceptAirlineChangeOptions = { viewer?: Viewer | null; context?: RequestContext };

/** Throws AfterSalesError: INVALID_INPUT, NO_AIRLINE_CHANGE (none waiting). */
export async function acceptAirlineChange(input: { orderId: string }, options: AcceptAirlineChangeOptions = {}): Promise<{ accepted: number }> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new AfterSalesError('INVALID_INPUT');
  const { orderId } = parsed.data;
  if (!(await hasPendingAirlineChange(orderId))) throw new AfterSalesError('NO_AIRLINE_CHANGE');

  const holds = await db.orderHold.findMany({ where: { orderId, kind: 'FLIGHT', orderItem: { cancelledAt: null } }, select: { id: true } });
  let accepted = 0;
  for (const hold of holds) {
    const flights = getSuppliers().flights;
    if (flights.acceptAirlineChanges) accepted += (await flights.acceptAirlineChanges(hold.id)).accepted;
  }

  await db.$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ status: Parameters<typeof recordOrderEvent>[1]['to'] }[]>`SELECT status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (!order) throw new AfterSalesError('NOT_FOUND');
    // A second click waits for the lock, then finds the change accepted.
    if (!(await hasPendingAirlineChange(orderId, tx))) return;
    await recordOrderEvent(tx, {
      orderId,
      from: order.status,
      to: order.status,
      reason: AIRLINE_CHANGE_ACCEPTED,
      actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
      context: options.context ?? noRequestContext,
      data: { acceptedAtSupplier: accepted },
    });
  });
  return { accepted };
}
