/**
 * Staff mark a change done (Agreement 3.1.4, 6.2): a passenger data change only once its charge is paid
 * (the charge payment SUCCEEDED, or nothing to pay); a transfer change or extras straight from OPEN.
 * COMPLETED, AuditEvent and the traveller's mail in one transaction.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { enqueueMail } from '@/lib/mail/outbox';
import { BackOfficeError, requireStaff, requireUuid } from './staff-guard';

export type CompleteChangeInput = { actor: Viewer; requestId: string; note?: string | null; context: RequestContext; now?: Date };

export async function completeChange(input: CompleteChangeInput): Promise<{ changed: boolean }> {
  const actor = requireStaff(input.actor);
  const requestId = requireUuid(input.requestId);
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const request = await tx.serviceRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { id: true, reference: true, kind: true, status: true, chargeMinor: true, chargePaymentId: true, orderId: true, order: { select: { contactEmail: true, locale: true } } },
    });
    if (request.status === 'COMPLETED') return { changed: false };
    if (request.kind !== 'CHANGE' || (request.status !== 'OPEN' && request.status !== 'AWAITING_PAYMENT')) throw new BackOfficeError('NOT_OPEN');
    if ((request.chargeMinor ?? 0) > 0) {
      const payment = request.chargePaymentId ? await tx.payment.findUnique({ where: { id: request.chargePaymentId }, select: { status: true } }) : null;
      if (payment?.status !== 'SUCCEEDED') throw new BackOfficeError('CHARGE_NOT_PAID');
    }
    await tx.serviceRequest.update({
      where: { id: request.id },
      data: { status: 'COMPLETED', completedAt: now, decidedById: actor.id, decidedAt: now, decisionNote: input.note?.trim() || null },
    });
    await recordAuditEvent(tx, { actor, action: 'service_request.completed', subjectType: 'ServiceRequest', subjectId: request.id, context: input.context, data: { reference: request.reference } });
    await enqueueMail(tx, {
      template: 'request-decided',
      to: request.order.contactEmail,
      locale: request.order.locale,
      payload: { requestId: request.id, outcome: 'completed' },
      dedupeKey: `request:${request.id}:completed`,
      orderId: request.orderId,
    });
    return { changed: true };
  });
}
