/**
 * A traveller asks for a change to a booked item; each lands in the support queue as a CHANGE request
 * (OPEN) with an AuditEvent and the `request-received` mail, or is refused with the clause and the
 * latest allowed moment when the agreement's window has closed.
 *
 * - PASSENGER_DATA_CHANGE (Agreement 3.1.4): new name or document on a flight. The airline reissues the
 *   ticket at its own charge, which support states (the request then awaits payment); the agency adds
 *   15 AZN. Document numbers are field-encrypted inside `details`.
 * - TRANSFER_CHANGE (Agreement 6.2): a new pickup time or address, only while checkTransferChange
 *   allows (more than 16 h / 24 h before pickup); a new pickup time must itself be bookable.
 * - TRANSFER_EXTRAS (Agreement 6.2): children, animals, extra bags, declared up to 24 h before pickup.
 */
import 'server-only';
import { z } from 'zod';
import { db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { zonedTimeToUtc } from '@/lib/inventory/catalog/tz';
import { enqueueMail } from '@/lib/mail/outbox';
import { encryptField, normaliseDocumentNumber } from '@/lib/crypto/field-encryption';
import { checkTransferBooking, checkTransferChange, checkTransferExtras, quotePassengerDataChange, type WindowCheck } from '@/lib/rules';
import { AfterSalesError } from './errors';
import { insertServiceRequest } from './insert-service-request';
import { loadAfterSalesOrder, type AfterSalesItem, type AfterSalesOrder } from './load-after-sales-order';

const E = (key: string) => `afterSales.errors.${key}`;
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, E('tooLong'))
    .optional()
    .transform((v) => (v ? v : undefined));
const latinName = optionalText(60).refine((v) => v === undefined || /^[A-Za-z][A-Za-z' -]*$/.test(v), E('latinName'));
const count = z.coerce.number().int(E('count')).min(0, E('count')).max(9, E('count'));

const base = { orderId: z.uuid(), itemId: z.uuid(E('chooseItem')), note: optionalText(2000) };

const requestChangeSchema = z.discriminatedUnion('topic', [
  z.object({
    ...base,
    topic: z.literal('PASSENGER_DATA_CHANGE'),
    passengerId: z.uuid(E('choosePassenger')),
    firstName: latinName,
    lastName: latinName,
    documentNumber: optionalText(20).refine((v) => v === undefined || /^[A-Za-z0-9 -]{5,20}$/.test(v), E('documentNumber')),
    documentExpiry: optionalText(10).refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), E('date')),
  }),
  z.object({
    ...base,
    topic: z.literal('TRANSFER_CHANGE'),
    newPickupDate: optionalText(10).refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), E('date')),
    newPickupTime: optionalText(5).refine((v) => v === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), E('time')),
    address: optionalText(300),
  }),
  z.object({
    ...base,
    topic: z.literal('TRANSFER_EXTRAS'),
    children: count.default(0),
    childSeats: count.default(0),
    animals: count.default(0),
    extraBags: count.default(0),
  }),
]);

export type RequestChangeInput = z.input<typeof requestChangeSchema>;
export type RequestChangeOptions = { viewer?: Viewer | null; context?: RequestContext; now?: Date };
export type RequestChangeResult = { id: string; reference: string; topic: string };

/**
 * Throws AfterSalesError: INVALID_INPUT (details.fieldErrors), NOT_FOUND, ORDER_NOT_CHANGEABLE,
 * ITEM_ALREADY_CANCELLED, WRONG_ITEM_KIND, NOTHING_TO_CHANGE, CHANGE_WINDOW_CLOSED (details: clause,
 * reason, latestAt), NEW_PICKUP_NOT_BOOKABLE (details: clause, reason, latestAt).
 */
export async function requestChange(input: RequestChangeInput, options: RequestChangeOptions = {}): Promise<RequestChangeResult> {
  const parsed = requestChangeSchema.safeParse(input);
  if (!parsed.success) throw new AfterSalesError('INVALID_INPUT', { fieldErrors: fieldErrorsOf(parsed.error) });
  const data = parsed.data;
  const now = options.now ?? new Date();

  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM orders WHERE id = ${data.orderId}::uuid FOR UPDATE`;
      const order = await loadAfterSalesOrder(tx, data.orderId);
      if (!order) throw new AfterSalesError('NOT_FOUND');
      if (order.status !== 'ISSUED' && order.status !== 'CANCELLATION_REQUESTED') throw new AfterSalesError('ORDER_NOT_CHANGEABLE');
      const item = order.items.find((i) => i.id === data.itemId);
      if (!item) throw new AfterSalesError('NOT_FOUND');
      if (item.cancelledAt) throw new AfterSalesError('ITEM_ALREADY_CANCELLED');

      let clause: string;
      let details: Record<string, unknown>;
      if (data.topic === 'PASSENGER_DATA_CHANGE') {
        ({ clause, details } = await passengerChange(tx, order, item, data, now));
      } else if (data.topic === 'TRANSFER_CHANGE') {
        ({ clause, details } = transferChange(item, data, now));
      } else {
        ({ clause, details } = transferExtras(item, data, now));
      }

      const created = await insertServiceRequest(tx, {
        orderId: order.id,
        orderItemId: item.id,
        kind: 'CHANGE',
        status: 'OPEN',
        topic: data.topic,
        clause,
        details: details as Prisma.InputJsonValue,
        openedBy: 'TRAVELLER',
        userId: options.viewer?.id ?? null,
      });
      if (data.note) await tx.serviceRequestMessage.create({ data: { requestId: created.id, author: 'TRAVELLER', body: data.note, createdAt: now } });
      await recordAuditEvent(tx, {
        actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
        action: 'service_request.change_requested',
        subjectType: 'ServiceRequest',
        subjectId: created.id,
        context: options.context ?? noRequestContext,
        // which fields, never their values
        data: { orderId: order.id, reference: created.reference, topic: data.topic, itemId: item.id, fields: Object.keys((details.changes as object | undefined) ?? details) },
      });
      await enqueueMail(tx, {
        template: 'request-received',
        to: order.contactEmail,
        locale: order.locale,
        payload: { requestId: created.id },
        dedupeKey: `request:${created.id}:received`,
        orderId: order.id,
      });
      return { ...created, topic: data.topic };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

type Data<T extends RequestChangeInput['topic']> = Extract<z.output<typeof requestChangeSchema>, { topic: T }>;

function refuse(check: WindowCheck, code: 'CHANGE_WINDOW_CLOSED' | 'NEW_PICKUP_NOT_BOOKABLE' = 'CHANGE_WINDOW_CLOSED'): never {
  throw new AfterSalesError(code, { clause: check.clause, reason: check.reason, latestAt: check.latestAt });
}

async function passengerChange(tx: Tx, order: AfterSalesOrder, item: AfterSalesItem, data: Data<'PASSENGER_DATA_CHANGE'>, now: Date) {
  const rules = item.rulesItem;
  if (rules.kind !== 'FLIGHT') throw new AfterSalesError('WRONG_ITEM_KIND');
  if (now.getTime() >= rules.departureAt.getTime()) {
    throw new AfterSalesError('CHANGE_WINDOW_CLOSED', { clause: 'Agreement 3.1.4', reason: 'FLIGHT_DEPARTED', latestAt: new Date(rules.departureAt.getTime() - 1) });
  }
  // The passenger must be on this item of this order: the ids come from the form.
  const passenger = await tx.orderPassenger.findFirst({
    where: { id: data.passengerId, orderId: order.id, orderItemId: item.id },
    select: { id: true, position: true },
  });
  if (!passenger) throw new AfterSalesError('INVALID_INPUT', { fieldErrors: { passengerId: E('choosePassenger') } });
  const changes: Record<string, string> = {};
  if (data.firstName) changes.firstName = data.firstName.toUpperCase();
  if (data.lastName) changes.lastName = data.lastName.toUpperCase();
  if (data.documentNumber) changes.documentNumberEnc = encryptField(normaliseDocumentNumber(data.documentNumber));
  if (data.documentExpiry) changes.documentExpiry = data.documentExpiry;
  if (Object.keys(changes).length === 0) throw new AfterSalesError('NOTHING_TO_CHANGE', { fieldErrors: { _form: E('NOTHING_TO_CHANGE') } });
  // Agreement 3.1.4: the airline's charge is not known yet (support asks the airline); the agency fee is.
  const fee = quotePassengerDataChange(rules, { amount: 0, currency: rules.price.currency }, order.rates, order.schedule);
  return {
    clause: fee.clause,
    details: {
      passengerId: passenger.id,
      passengerPosition: passenger.position,
      changes,
      agencyFee: fee.agencyFee,
      agencyFeeAzn: order.schedule.passengerDataChangeFee,
      airlineCharge: null,
    },
  };
}

function transferChange(item: AfterSalesItem, data: Data<'TRANSFER_CHANGE'>, now: Date) {
  const rules = item.rulesItem;
  if (rules.kind !== 'TRANSFER') throw new AfterSalesError('WRONG_ITEM_KIND');
  const window = checkTransferChange(rules.vehicleClass, rules.pickupAt, now);
  if (!window.allowed) refuse(window);
  const changes: Record<string, string> = {};
  if (data.newPickupDate || data.newPickupTime) {
    if (!data.newPickupDate || !data.newPickupTime) {
      throw new AfterSalesError('INVALID_INPUT', { fieldErrors: data.newPickupDate ? { newPickupTime: E('time') } : { newPickupDate: E('date') } });
    }
    const newPickupAt = zonedTimeToUtc(data.newPickupDate, data.newPickupTime, item.timeZone);
    // The new time must be bookable as a new transfer would be (lib/rules checkTransferChange).
    const bookable = checkTransferBooking(rules.vehicleClass, newPickupAt, now);
    if (!bookable.allowed) refuse(bookable, 'NEW_PICKUP_NOT_BOOKABLE');
    changes.newPickupAt = newPickupAt.toISOString();
    changes.newPickupLocal = `${data.newPickupDate} ${data.newPickupTime}`;
    changes.timeZone = item.timeZone;
  }
  if (data.address) changes.addressEnc = encryptField(data.address);
  if (Object.keys(changes).length === 0) throw new AfterSalesError('NOTHING_TO_CHANGE', { fieldErrors: { _form: E('NOTHING_TO_CHANGE') } });
  return { clause: window.clause, details: { changes, changeLatestAt: window.latestAt.toISOString() } };
}

function transferExtras(item: AfterSalesItem, data: Data<'TRANSFER_EXTRAS'>, now: Date) {
  const rules = item.rulesItem;
  if (rules.kind !== 'TRANSFER') throw new AfterSalesError('WRONG_ITEM_KIND');
  const window = checkTransferExtras(rules.pickupAt, now);
  if (!window.allowed) refuse(window);
  const changes = { children: data.children, childSeats: data.childSeats, animals: data.animals, extraBags: data.extraBags };
  if (Object.values(changes).every((n) => n === 0)) throw new AfterSalesError('NOTHING_TO_CHANGE', { fieldErrors: { _form: E('NOTHING_TO_CHANGE') } });
  return { clause: window.clause, details: { changes } };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    out[field] ??= /^afterSales\.errors\.[A-Za-z]+$/.test(issue.message) ? issue.message : E('invalid');
  }
  return out;
}
