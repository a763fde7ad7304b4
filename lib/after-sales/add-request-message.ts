/**
 * The traveller writes on one of their requests. A request that had been closed (answered without a
 * decision) goes back to OPEN, so it is in the support queue again; decided requests (approved,
 * completed, rejected) keep their status and staff see the message on them.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { AfterSalesError } from './errors';
import { fieldErrorsOf } from './request-change';

const E = (key: string) => `afterSales.errors.${key}`;

const addRequestMessageSchema = z.object({
  orderId: z.uuid(),
  requestId: z.uuid(),
  body: z.string().trim().min(1, E('messageRequired')).max(4000, E('tooLong')),
});

export type AddRequestMessageInput = z.input<typeof addRequestMessageSchema>;
export type AddRequestMessageOptions = { viewer?: Viewer | null; context?: RequestContext; now?: Date };

/** Throws AfterSalesError: INVALID_INPUT (details.fieldErrors), NOT_FOUND (another order's request too). */
export async function addRequestMessage(
  input: AddRequestMessageInput,
  options: AddRequestMessageOptions = {},
): Promise<{ messageId: string; reopened: boolean }> {
  const parsed = addRequestMessageSchema.safeParse(input);
  if (!parsed.success) throw new AfterSalesError('INVALID_INPUT', { fieldErrors: fieldErrorsOf(parsed.error) });
  const { orderId, requestId, body } = parsed.data;
  const now = options.now ?? new Date();

  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT status FROM service_requests WHERE id = ${requestId}::uuid AND order_id = ${orderId}::uuid FOR UPDATE`;
    const request = rows[0];
    if (!request) throw new AfterSalesError('NOT_FOUND');
    const message = await tx.serviceRequestMessage.create({ data: { requestId, author: 'TRAVELLER', body, createdAt: now }, select: { id: true } });
    const reopened = request.status === 'CLOSED';
    if (reopened) await tx.serviceRequest.update({ where: { id: requestId }, data: { status: 'OPEN' } });
    await recordAuditEvent(tx, {
      actor: options.viewer ? { id: options.viewer.id, role: options.viewer.role } : null,
      action: 'service_request.traveller_message',
      subjectType: 'ServiceRequest',
      subjectId: requestId,
      context: options.context ?? noRequestContext,
      data: { orderId, messageId: message.id, ...(reopened ? { from: 'CLOSED', to: 'OPEN' } : {}) },
    });
    return { messageId: message.id, reopened };
  });
}
