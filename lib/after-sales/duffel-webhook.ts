import 'server-only';
/**
 * Duffel's webhooks (issue 21): verified (signature, age, replay — lib/inventory/duffel/verify-webhook.ts),
 * then an `order.airline_initiated_change_detected` for one of our orders becomes the schedule-change
 * notice staff would record (Agreement 3.1.9: the traveller is told through the contacts given at booking):
 * a ScheduleChange per changed flight of the order, an OrderEvent, one `schedule-changed` mail — all in
 * one transaction, after the remote read. The new times are the airline's, from the order as Duffel
 * holds it now (local times at the airports).
 */
import type { Order } from '@duffel/api/types';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import { db } from '@/lib/db/client';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { airportOf, zonedTimeToUtc } from '@/lib/inventory/catalog';
import type { DuffelContext } from '@/lib/inventory/duffel/context';
import { verifyDuffelWebhook, type SeenEvents } from '@/lib/inventory/duffel/verify-webhook';
import { enqueueMail } from '@/lib/mail/outbox';

const SYSTEM = { id: null, role: 'SYSTEM' } as const;
/** ScheduleChange.recordedById of a change the supplier reported (no staff member recorded it). */
const SUPPLIER_RECORDER_ID = '00000000-0000-0000-0000-000000000000';

export type WebhookOutcome =
  | { status: 401; reason: string }
  | { status: 200; result: 'REPLAYED' | 'IGNORED' | 'NOT_OURS' | 'RECORDED'; scheduleChangeIds?: string[] };

function instantOf(local: string, airport: string): Date {
  const [date, time] = local.split('T') as [string, string];
  let zone = 'UTC';
  try {
    zone = airportOf(airport).timeZone;
  } catch {
    // an airport the catalog does not know: its local time is read as UTC, and the note says so through staff
  }
  return zonedTimeToUtc(date, time.slice(0, 5), zone);
}

export async function handleDuffelWebhook(
  rawBody: string,
  signature: string | null,
  deps: { secret: string; seen: SeenEvents; ctx: DuffelContext; now?: Date },
): Promise<WebhookOutcome> {
  const now = deps.now ?? new Date();
  const verdict = await verifyDuffelWebhook(rawBody, signature, deps.secret, deps.seen, now);
  if (!verdict.ok) return verdict.reason === 'REPLAYED' ? { status: 200, result: 'REPLAYED' } : { status: 401, reason: verdict.reason };
  if (verdict.event.type !== 'order.airline_initiated_change_detected') return { status: 200, result: 'IGNORED' };
  const remoteOrderId = (verdict.event.data as { object?: { order_id?: unknown } } | null)?.object?.order_id;
  if (typeof remoteOrderId !== 'string') return { status: 200, result: 'IGNORED' };

  const [local] = await db.$queryRawUnsafe<{ order_id: string }[]>(
    `SELECT h.order_id FROM supplier_bookings b JOIN order_holds h ON h.id::text = b.hold_id WHERE b.remote_id = $1`,
    remoteOrderId,
  );
  if (!local) return { status: 200, result: 'NOT_OURS' };
  // The remote read happens before, never inside, the transaction.
  const remote = await deps.ctx.call<Order>('orders.get', true, (d) => d.orders.get(remoteOrderId));
  const segments = remote.slices.flatMap((s) => s.segments);

  return db.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: local.order_id }, select: { id: true, status: true, contactEmail: true, locale: true } });
    const flights = await tx.$queryRaw<{ carrier: string; flight_number: string; departure_date: Date }[]>`
      SELECT DISTINCT carrier, flight_number, departure_date FROM order_flight_reservations WHERE order_id = ${order.id}::uuid ORDER BY departure_date`;
    const ids: string[] = [];
    for (const [i, flight] of flights.entries()) {
      const segment = segments[i] ?? segments[0];
      if (!segment) continue;
      const change = await tx.scheduleChange.create({
        data: {
          carrier: flight.carrier.trim(),
          flightNumber: flight.flight_number,
          departureDate: flight.departure_date,
          newDepartureAt: instantOf(segment.departing_at, segment.origin.iata_code ?? ''),
          newArrivalAt: instantOf(segment.arriving_at, segment.destination.iata_code ?? ''),
          note: 'airline-initiated change (Duffel)',
          recordedById: SUPPLIER_RECORDER_ID,
          ordersNotified: 1,
        },
        select: { id: true },
      });
      ids.push(change.id);
    }
    if (ids.length === 0) return { status: 200 as const, result: 'IGNORED' as const };
    await recordOrderEvent(tx, {
      orderId: order.id,
      from: order.status,
      to: order.status,
      reason: 'SCHEDULE_CHANGED',
      actor: SYSTEM,
      context: noRequestContext,
      data: { scheduleChangeId: ids[0], supplier: 'duffel', remoteOrderId, eventId: verdict.event.id },
    });
    await enqueueMail(tx, {
      template: 'schedule-changed',
      to: order.contactEmail,
      locale: order.locale,
      payload: { scheduleChangeId: ids[0], orderId: order.id },
      dedupeKey: `schedule-change:${ids[0]}:order:${order.id}`,
      orderId: order.id,
    });
    await recordAuditEvent(tx, {
      actor: SYSTEM,
      action: 'schedule_change.recorded',
      subjectType: 'ScheduleChange',
      subjectId: ids[0]!,
      context: noRequestContext,
      data: { supplier: 'duffel', remoteOrderId, eventId: verdict.event.id, changes: ids.length },
    });
    return { status: 200 as const, result: 'RECORDED' as const, scheduleChangeIds: ids };
  });
}
