/**
 * Staff reject a request with a reason the traveller reads (issue 9). Only a request still waiting
 * (OPEN, or a change AWAITING_PAYMENT) can be rejected; the row is locked so a rejection and an approval
 * at the same moment cannot both win. AuditEvent and the `request-decided` mail in the same transaction.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { enqueueMail } from '@/lib/mail/outbox';
import { BackOfficeError, requireStaff, requireUuid } from './staff-guard';

export const rejectReasonSchema = z
  .string({ error: 'backOffice.validation.reason' })
  .trim()
  .min(5, { error: 'backOffice.validation.reason' })
  .max(2000, { error: 'backOffice.validation.tooLong' });

export type RejectRequestInput = { actor: Viewer; requestId: string; reason: string; context: RequestContext; now?: Date };

export async function rejectRequest(input: RejectRequestInput): Promise<{ changed: boolean; status: string }> {
  const actor = requireStaff(input.actor);
  const requestId = requireUuid(input.requestId);
  const reason = rejectReasonSchema.safeParse(input.reason);
  if (!reason.success) throw new BackOfficeError('REASON_REQUIRED');
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const request = await tx.serviceRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { id: true, reference: true, status: true, orderId: true, order: { select: { contactEmail: true, locale: true } } },
    });
    if (request.status === 'REJECTED') return { changed: false, status: request.status };
    if (request.status !== 'OPEN' && request.status !== 'AWAITING_PAYMENT') throw new BackOfficeError('NOT_OPEN');
    await tx.serviceRequest.update({
      where: { id: request.id },
      data: { status: 'REJECTED', decidedById: actor.id, decidedAt: now, decisionNote: reason.data, completedAt: now },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'service_request.rejected',
      subjectType: 'ServiceRequest',
      subjectId: request.id,
      context: input.context,
      data: { reference: request.reference, from: request.status },
    });
    await enqueueMail(tx, {
      template: 'request-decided',
      to: request.order.contactEmail,
      locale: request.order.locale,
      payload: { requestId: request.id, outcome: 'rejected' },
      dedupeKey: `request:${request.id}:decided`,
      orderId: request.orderId,
    });
    return { changed: true, status: 'REJECTED' };
  });
}
