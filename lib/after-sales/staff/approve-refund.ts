/**
 * Staff approve a request's refund, in full or in part (issue 9), exactly once.
 *
 * One transaction: the order's paid payment row is locked first (the lock every refund of the order
 * takes), then the request row, so two staff approving at once, or a double click, run one after the
 * other and the second finds the request decided and changes nothing ("already decided"). The amount is
 * checked against min(the rules' maximum, paid − refunded − in flight − approved elsewhere). A flight
 * refund or cancellation also cancels its item(s) and releases the inventory in the same transaction;
 * items booked at a remote supplier (Duffel) are cancelled there first, outside the transaction and once
 * (cancel-remote-items.ts), so the transaction only records it.
 * The request becomes APPROVED with the amount, an AuditEvent is written and the traveller's mail is
 * queued. After the commit `startRequestRefund` hands the amount to the provider under the request's
 * idempotency key (its recovery job retries if this process dies in between).
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { releaseRemoteHoldsOfCancelledItems } from '@/lib/booking/remote-holds';
import { enqueueMail } from '@/lib/mail/outbox';
import { startRequestRefund } from '../start-request-refund';
import { cancelOrderItems } from './cancel-order-items';
import { cancelRemoteItemsOfRequest } from './cancel-remote-items';
import { loadOrderMoney } from '../order-money';
import { cancelsItems, refundCeiling } from './refund-ceiling';
import { BackOfficeError, requireStaff, requireUuid } from './staff-guard';

export const decisionNoteSchema = z.string().trim().max(2000, { error: 'backOffice.validation.tooLong' });

export type ApproveRefundInput = {
  actor: Viewer;
  requestId: string;
  /** in the refund (payment) currency's minor units; null = the maximum allowed */
  amountMinor: number | null;
  note?: string | null;
  context: RequestContext;
  now?: Date;
};

export type ApproveRefundResult =
  | { changed: true; amountMinor: number; currency: string; refundStarted: boolean }
  | { changed: false; alreadyDecided: true; status: string };

export async function approveRefund(input: ApproveRefundInput): Promise<ApproveRefundResult> {
  const actor = requireStaff(input.actor);
  const requestId = requireUuid(input.requestId);
  const now = input.now ?? new Date();
  const note = decisionNoteSchema.parse(input.note ?? '') || null;
  if (input.amountMinor !== null && !(Number.isSafeInteger(input.amountMinor) && input.amountMinor >= 0)) {
    throw new BackOfficeError('ABOVE_MAXIMUM');
  }

  // The remote supplier's cancellation: before, never inside, the transaction — and only for an amount
  // that will be accepted (the transaction checks it again under its locks).
  const pending = await db.serviceRequest.findUnique({ where: { id: requestId }, select: { orderId: true, orderItemId: true, topic: true, status: true, maxRefundMinor: true } });
  if (pending?.status === 'OPEN' && cancelsItems(pending.topic)) {
    const money = await loadOrderMoney(db, pending.orderId, { exceptRequestId: requestId });
    const { ceiling } = await refundCeiling(db, pending, money, now);
    if (input.amountMinor !== null && input.amountMinor > ceiling) throw new BackOfficeError('ABOVE_MAXIMUM', { max: ceiling, currency: money.currency });
    await cancelRemoteItemsOfRequest(requestId, actor.id, now);
  }

  /** the order whose items this approval cancels: their remote holds are released after the commit */
  let cancelledIn = null as string | null;
  const outcome = await db.$transaction(
    async (tx) => {
      cancelledIn = null;
      const first = await tx.serviceRequest.findUnique({ where: { id: requestId }, select: { orderId: true } });
      if (!first) throw new NotFoundError();
      const checkout = await tx.orderCheckout.findUnique({ where: { orderId: first.orderId }, select: { paidPaymentId: true } });
      if (checkout?.paidPaymentId) await tx.$queryRaw`SELECT id FROM payments WHERE id = ${checkout.paidPaymentId}::uuid FOR UPDATE`;
      await tx.$queryRaw`SELECT id FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
      const request = await tx.serviceRequest.findUniqueOrThrow({
        where: { id: requestId },
        select: { id: true, reference: true, orderId: true, orderItemId: true, topic: true, status: true, maxRefundMinor: true, order: { select: { contactEmail: true, locale: true } } },
      });
      if (request.status === 'APPROVED' || request.status === 'COMPLETED') return { changed: false as const, alreadyDecided: true as const, status: request.status };
      if (request.status !== 'OPEN') throw new BackOfficeError('NOT_OPEN');

      const money = await loadOrderMoney(tx, request.orderId, { exceptRequestId: request.id });
      const { ceiling } = await refundCeiling(tx, request, money, now);
      const amountMinor = input.amountMinor ?? ceiling;
      if (amountMinor > ceiling) throw new BackOfficeError('ABOVE_MAXIMUM', { max: ceiling, currency: money.currency });

      if (cancelsItems(request.topic)) {
        cancelledIn = request.orderId;
        await cancelOrderItems(tx, {
          orderId: request.orderId,
          itemIds: request.orderItemId ? [request.orderItemId] : null,
          actor,
          context: input.context,
          reason: 'REFUND_APPROVED',
          now,
          data: { request: request.reference },
        });
      }
      await tx.serviceRequest.update({
        where: { id: request.id },
        data: { status: 'APPROVED', approvedRefundMinor: amountMinor, refundCurrency: money.currency, decidedById: actor.id, decidedAt: now, decisionNote: note },
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'service_request.approved',
        subjectType: 'ServiceRequest',
        subjectId: request.id,
        context: input.context,
        data: { reference: request.reference, amountMinor, currency: money.currency, ceiling, partial: amountMinor < ceiling },
      });
      await enqueueMail(tx, {
        template: 'request-decided',
        to: request.order.contactEmail,
        locale: request.order.locale,
        payload: { requestId: request.id, outcome: 'approved' },
        dedupeKey: `request:${request.id}:decided`,
        orderId: request.orderId,
      });
      return { changed: true as const, amountMinor, currency: money.currency };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );

  if (!outcome.changed) return outcome;
  // Normally already cancelled at the supplier (cancelRemoteItemsOfRequest): only the rows are marked.
  if (cancelledIn) await releaseRemoteHoldsOfCancelledItems(cancelledIn, now);
  let refundStarted = true;
  try {
    await startRequestRefund(requestId, { now });
  } catch {
    // The approval stands; the issuing recovery job retries the provider call with the same key.
    refundStarted = false;
  }
  return { ...outcome, refundStarted };
}
