/**
 * Anything else about a booking (Agreement 6.5: requests go through the site): an OTHER request with
 * the order attached (and an item, if the traveller picked one), the traveller's words as its first
 * message, an AuditEvent and the `request-received` mail. It lands in the support queue as OPEN.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { enqueueMail } from '@/lib/mail/outbox';
import { AfterSalesError } from './errors';
import { insertServiceRequest } from './insert-service-request';
import { fieldErrorsOf } from './request-change';

const E = (key: string) => `afterSales.errors.${key}`;

const createRequestSchema = z.object({
  orderId: z.uuid(),
  itemId: z.union([z.uuid(), z.literal('')]).optional().nullable(),
  subject: z.string().trim().min(3, E('subjectRequired')).max(120, E('tooLong')),
  message: z.string().trim().min(10, E('messageTooShort')).max(4000, E('tooLong')),
});

export type CreateRequestInput = z.input<typeof createRequestSchema>;
export type CreateRequestOptions = { viewer?: Viewer | null; context?: RequestContext; now?: Date };

/** Throws AfterSalesError: INVALID_INPUT (details.fieldErrors), NOT_FOUND. */
export async function createRequest(input: CreateRequestInput, options: CreateRequestOptions = {}): Promise<{ id: string; reference: string }> {
  const parsed = createRequestSchema.safeParse(input);
  if (!parsed.success) throw new AfterSalesError('INVALID_INPUT', { fieldErrors: fieldErrorsOf(parsed.error) });
  const { orderId, subject, message } = parsed.data;
  const itemId = parsed.data.itemId || null;
  const now = options.now ?? new Date();

  return db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, contactEmail: true, locale: true } });
    if (!order) throw new AfterSalesError('NOT_FOUND');
    if (itemId && !(await tx.orderItem.findFirst({ where: { id: itemId, orderId }, select: { id: true } }))) {
      throw new AfterSalesError('INVALID_INPUT', { fieldErrors: { itemId: E('chooseItem') } });
    }
    const created = await insertServiceRequest(tx, {
      orderId,
      orderItemId: itemId,
      kind: 'OTHER',
      status: 'OPEN',
      topic: 'OTHER',
      clause: 'Agreement 6.5',
      details: { subject },
      openedBy: 'TRAVELLER',
      userId: options.viewer?.id ?? null,
    });
    await tx.serviceRequestMessage.create({ data: { requestId: created.id, author: 'TRAVELLER', body: message, createdAt: now } });
    await recordAuditEvent(tx, {
      actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
      action: 'service_request.opened',
      subjectType: 'ServiceRequest',
      subjectId: created.id,
      context: options.context ?? noRequestContext,
      data: { orderId, reference: created.reference, topic: 'OTHER', itemId },
    });
    await enqueueMail(tx, {
      template: 'request-received',
      to: order.contactEmail,
      locale: order.locale,
      payload: { requestId: created.id },
      dedupeKey: `request:${created.id}:received`,
      orderId,
    });
    return created;
  });
}
