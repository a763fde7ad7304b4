/**
 * The agency refuses an order (Agreement 8.5): no reason need be given to the traveller, who is told at
 * once and gets back everything paid, service fee included, to the same payment method.
 *
 * One transaction (payment row, then order row locked): every item cancelled and its inventory released,
 * the order CANCELLED (OrderEvent + AuditEvent), a REFUND/REFUSAL ServiceRequest APPROVED for everything
 * still refundable (quoteRefusalRefund), requests still waiting closed, and the `order-refused` mail
 * queued. After the commit the Duffel bookings are cancelled (never inside the transaction: README,
 * Decisions "Remote bookings") and `startRequestRefund` refunds; the refund hook makes the order REFUNDED.
 * Refusing an order already refused changes nothing.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { releaseRemoteHoldsOfCancelledItems } from '@/lib/booking/remote-holds';
import { enqueueMail } from '@/lib/mail/outbox';
import { quoteRefusalRefund } from '@/lib/rules';
import { startRequestRefund } from '../start-request-refund';
import { cancelOrderItems, lockOrderRow } from './cancel-order-items';
import { insertServiceRequest } from '../insert-service-request';
import { loadOrderMoney } from '../order-money';
import { BackOfficeError, requireStaff } from './staff-guard';

/** Orders the agency can still refuse: paid, and not yet cancelled or refunded. */
export const REFUSABLE_STATUSES = ['PAID', 'ISSUED', 'CANCELLATION_REQUESTED'] as const;

export const refusalNoteSchema = z.string().trim().max(2000, { error: 'backOffice.validation.tooLong' });

export type RefuseOrderInput = { actor: Viewer; reference: string; note?: string | null; context: RequestContext; now?: Date };

export type RefuseOrderResult =
  | { changed: true; orderId: string; requestId: string; requestReference: string; refundMinor: number; currency: string; refundStarted: boolean }
  | { changed: false; requestId: string | null };

export async function refuseOrder(input: RefuseOrderInput): Promise<RefuseOrderResult> {
  const actor = requireStaff(input.actor);
  const now = input.now ?? new Date();
  const note = refusalNoteSchema.parse(input.note ?? '') || null;
  const reference = input.reference.trim().toUpperCase();

  const outcome = await db.$transaction(
    async (tx) => {
      const order = await tx.order.findUnique({ where: { reference }, select: { id: true, userId: true, contactEmail: true, locale: true, checkout: { select: { paidPaymentId: true } } } });
      if (!order) throw new NotFoundError();
      if (order.checkout?.paidPaymentId) await tx.$queryRaw`SELECT id FROM payments WHERE id = ${order.checkout.paidPaymentId}::uuid FOR UPDATE`;
      const status = await lockOrderRow(tx, order.id);
      const earlier = await tx.serviceRequest.findFirst({ where: { orderId: order.id, topic: 'REFUSAL' }, select: { id: true } });
      if (earlier) return { changed: false as const, requestId: earlier.id };
      if (!status || !(REFUSABLE_STATUSES as readonly string[]).includes(status)) throw new BackOfficeError('NOT_REFUSABLE');

      const money = await loadOrderMoney(tx, order.id);
      const quote = quoteRefusalRefund({ amount: money.available, currency: money.currency }, now);
      await cancelOrderItems(tx, { orderId: order.id, itemIds: null, actor, context: input.context, reason: 'REFUSED_BY_AGENCY', now });

      // Whatever the traveller was still waiting for is moot now.
      const waiting = await tx.serviceRequest.findMany({ where: { orderId: order.id, status: { in: ['OPEN', 'AWAITING_PAYMENT'] } }, select: { id: true } });
      if (waiting.length > 0) {
        await tx.serviceRequest.updateMany({ where: { id: { in: waiting.map((w) => w.id) } }, data: { status: 'CLOSED', completedAt: now } });
        await tx.serviceRequestMessage.createMany({ data: waiting.map((w) => ({ requestId: w.id, author: 'SYSTEM' as const, body: 'orderRefused' })) });
      }

      const created = await insertServiceRequest(tx, {
        orderId: order.id,
        kind: 'REFUND',
        status: 'APPROVED',
        topic: 'REFUSAL',
        clause: quote.clause,
        quote: JSON.parse(JSON.stringify(quote)) as Prisma.InputJsonValue,
        maxRefundMinor: quote.refund.amount,
        refundCurrency: quote.refund.currency,
        approvedRefundMinor: quote.refund.amount,
        openedBy: 'STAFF',
        userId: order.userId,
        decidedById: actor.id,
        decidedAt: now,
        decisionNote: note,
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'order.refused',
        subjectType: 'order',
        subjectId: order.id,
        context: input.context,
        data: { reference, request: created.reference, refundMinor: quote.refund.amount, currency: quote.refund.currency, clause: quote.clause },
      });
      await enqueueMail(tx, {
        template: 'order-refused',
        to: order.contactEmail,
        locale: order.locale,
        payload: { requestId: created.id },
        dedupeKey: `order:${order.id}:refused`,
        orderId: order.id,
      });
      return { changed: true as const, orderId: order.id, requestId: created.id, requestReference: created.reference, refundMinor: quote.refund.amount, currency: quote.refund.currency };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );

  if (!outcome.changed) return outcome;
  // The Duffel bookings are cancelled only now, after the commit; a failure stays recorded (the hold
  // still HELD/CONFIRMED on a cancelled item) for the expiry sweep and the reconciler.
  await releaseRemoteHoldsOfCancelledItems(outcome.orderId, now);
  let refundStarted = true;
  try {
    await startRequestRefund(outcome.requestId, { now });
  } catch {
    // Committed: the issuing recovery job retries the provider call with the same key.
    refundStarted = false;
  }
  return { ...outcome, refundStarted };
}
