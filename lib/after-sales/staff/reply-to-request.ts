/**
 * Staff write to the traveller on a request (issue 9, Agreement 6.5): a STAFF message in the request's
 * conversation, an AuditEvent, and the `request-message` mail (lib/after-sales/traveller-mail-templates.ts)
 * in the same transaction.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { enqueueMail } from '@/lib/mail/outbox';
import { requireStaff, requireUuid } from './staff-guard';

export const staffMessageSchema = z
  .string({ error: 'backOffice.validation.message' })
  .trim()
  .min(2, { error: 'backOffice.validation.message' })
  .max(4000, { error: 'backOffice.validation.tooLong' });

export type ReplyToRequestInput = { actor: Viewer; requestId: string; body: string; context: RequestContext };

export async function replyToRequest(input: ReplyToRequestInput): Promise<{ messageId: string }> {
  const actor = requireStaff(input.actor);
  const requestId = requireUuid(input.requestId);
  const body = staffMessageSchema.parse(input.body);
  return db.$transaction(async (tx) => {
    const request = await tx.serviceRequest.findUnique({
      where: { id: requestId },
      select: { id: true, reference: true, orderId: true, order: { select: { contactEmail: true, locale: true } } },
    });
    if (!request) throw new NotFoundError();
    const message = await tx.serviceRequestMessage.create({ data: { requestId, author: 'STAFF', staffId: actor.id, body }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: 'service_request.message_sent',
      subjectType: 'ServiceRequest',
      subjectId: request.id,
      context: input.context,
      data: { reference: request.reference, messageId: message.id },
    });
    await enqueueMail(tx, {
      template: 'request-message',
      to: request.order.contactEmail,
      locale: request.order.locale,
      payload: { requestId: request.id, messageId: message.id },
      dedupeKey: `request:${request.id}:message:${message.id}`,
      orderId: request.orderId,
    });
    return { messageId: message.id };
  });
}
