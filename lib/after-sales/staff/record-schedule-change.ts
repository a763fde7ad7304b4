/**
 * A change to a flight's schedule, recorded by staff (Agreement 3.1.9: the traveller is told through the
 * contacts given at booking). The flight is carrier + number + local date of the original departure;
 * the affected orders are found through order_flight_reservations (live orders whose flight item is not
 * cancelled). One transaction: the ScheduleChange row, an OrderEvent (+ AuditEvent) per order so the
 * booking shows it, one `schedule-changed` mail per order, and the count of orders notified.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { LIVE_ORDER_STATUSES } from '@/lib/booking/constants';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { zonedTimeToUtc } from '@/lib/inventory/catalog';
import { enqueueMail } from '@/lib/mail/outbox';
import { findFlightZones } from './flight-zones';
import { requireStaff } from './staff-guard';

const E = (key: string) => `backOffice.validation.${key}`;
const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: E('dateTime') });

export const scheduleChangeSchema = z.object({
  carrier: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2}$/, { error: E('carrier') }),
  flightNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{1,4}[A-Z]?$/, { error: E('flightNumber') })
    .transform((v) => v.replace(/^0+(?=.)/, '')),
  departureDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: E('date') }),
  newDeparture: localDateTime,
  newArrival: z.preprocess((v) => (v === '' ? undefined : v), localDateTime.optional()),
  note: z.string().trim().min(5, { error: E('note') }).max(1000, { error: E('tooLong') }),
});

export type ScheduleChangeInput = z.input<typeof scheduleChangeSchema>;

export type RecordScheduleChangeResult = { id: string; ordersNotified: number; newDepartureAt: Date; newArrivalAt: Date | null; zoneKnown: boolean };

export async function recordScheduleChange({ actor, input, context }: { actor: Viewer; input: unknown; context: RequestContext }): Promise<RecordScheduleChangeResult> {
  const staff = requireStaff(actor);
  const v = scheduleChangeSchema.parse(input);
  const zones = await findFlightZones(db, v.carrier, v.flightNumber, v.departureDate);
  const at = (local: string, zone: string | undefined) => {
    const [date, time] = local.split('T') as [string, string];
    return zonedTimeToUtc(date, time, zone ?? 'UTC');
  };
  const newDepartureAt = at(v.newDeparture, zones?.originZone);
  const newArrivalAt = v.newArrival ? at(v.newArrival, zones?.destinationZone) : null;

  return db.$transaction(
    async (tx) => {
      const change = await tx.scheduleChange.create({
        data: {
          carrier: v.carrier,
          flightNumber: v.flightNumber,
          departureDate: new Date(`${v.departureDate}T00:00:00Z`),
          newDepartureAt,
          newArrivalAt,
          note: v.note,
          recordedById: staff.id,
        },
        select: { id: true },
      });
      const orders = await tx.$queryRaw<{ id: string; status: string; contact_email: string; locale: string }[]>`
        SELECT DISTINCT o.id, o.status::text AS status, o.contact_email, o.locale
        FROM order_flight_reservations r
        JOIN order_passengers p ON p.id = r.passenger_id
        JOIN order_items i ON i.id = p.order_item_id
        JOIN orders o ON o.id = r.order_id
        WHERE r.carrier = ${v.carrier} AND r.flight_number = ${v.flightNumber} AND r.departure_date = ${v.departureDate}::date
          AND i.cancelled_at IS NULL
          AND o.status::text = ANY(${[...LIVE_ORDER_STATUSES]}::text[])
        ORDER BY o.id`;
      for (const order of orders) {
        await recordOrderEvent(tx, {
          orderId: order.id,
          from: order.status as never,
          to: order.status as never,
          reason: 'SCHEDULE_CHANGED',
          actor: staff,
          context,
          data: { scheduleChangeId: change.id, carrier: v.carrier, flightNumber: v.flightNumber, departureDate: v.departureDate },
        });
        await enqueueMail(tx, {
          template: 'schedule-changed',
          to: order.contact_email,
          locale: order.locale,
          payload: { scheduleChangeId: change.id, orderId: order.id },
          dedupeKey: `schedule-change:${change.id}:order:${order.id}`,
          orderId: order.id,
        });
      }
      await tx.scheduleChange.update({ where: { id: change.id }, data: { ordersNotified: orders.length } });
      await recordAuditEvent(tx, {
        actor: staff,
        action: 'schedule_change.recorded',
        subjectType: 'ScheduleChange',
        subjectId: change.id,
        context,
        data: { carrier: v.carrier, flightNumber: v.flightNumber, departureDate: v.departureDate, ordersNotified: orders.length },
      });
      return { id: change.id, ordersNotified: orders.length, newDepartureAt, newArrivalAt, zoneKnown: zones !== null };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}
