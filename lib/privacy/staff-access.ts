import 'server-only';
import { z } from 'zod';
import { db, type Tx } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError, UserFacingError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import { staffRoles, type Viewer } from '@/lib/auth/viewer-types';
import { keyringCipher } from '@/lib/crypto/keyring';
import { maskDocumentNumber } from './mask';

/**
 * Need-to-know for staff (Privacy Policy 8): document numbers are shown masked; the full number only
 * with a reason, and every such reveal, like every look at a person's record, is an AuditEvent the
 * person sees in My data. For the back office (issue 9) and support tools.
 */
export type DocumentHolder = { model: 'OrderPassenger' | 'SavedTraveller'; id: string };

function requireStaff(viewer: Viewer): void {
  if (!(staffRoles as readonly string[]).includes(viewer.role)) throw new NotFoundError();
}

async function loadHolder(tx: Tx | typeof db, holder: DocumentHolder): Promise<{ documentNumberEnc: string | null; ownerUserId: string | null; orderId: string | null }> {
  if (!/^[0-9a-f-]{36}$/i.test(holder.id)) throw new NotFoundError();
  if (holder.model === 'SavedTraveller') {
    const row = await tx.savedTraveller.findUnique({ where: { id: holder.id }, select: { documentNumberEnc: true, userId: true } });
    if (!row) throw new NotFoundError();
    return { documentNumberEnc: row.documentNumberEnc, ownerUserId: row.userId, orderId: null };
  }
  const row = await tx.orderPassenger.findUnique({ where: { id: holder.id }, select: { documentNumberEnc: true, orderId: true } });
  if (!row) throw new NotFoundError();
  const order = await tx.order.findUnique({ where: { id: row.orderId }, select: { userId: true } });
  return { documentNumberEnc: row.documentNumberEnc, ownerUserId: order?.userId ?? null, orderId: row.orderId };
}

/** What staff see by default: "•••••4567", or null when there is no document. */
export async function maskedDocumentNumber(viewer: Viewer, holder: DocumentHolder): Promise<string | null> {
  requireStaff(viewer);
  const { documentNumberEnc } = await loadHolder(db, holder);
  return documentNumberEnc ? maskDocumentNumber(keyringCipher().decrypt(documentNumberEnc)) : null;
}

const revealReasonSchema = z.string().trim().min(10, { error: 'privacy.staff.errors.reason' }).max(500, { error: 'privacy.request.errors.tooLong' });

/**
 * The full document number, for a task that needs it (the airline asks to confirm a passport). The
 * reason is required and stored with the AuditEvent in the same transaction as the read.
 */
export async function revealDocumentNumber(input: { viewer: Viewer; holder: DocumentHolder; reason: string; context: RequestContext }): Promise<string | null> {
  requireStaff(input.viewer);
  const reason = revealReasonSchema.safeParse(input.reason);
  if (!reason.success) throw new UserFacingError('reason-required', 'privacy.staff.errors.reason');
  return db.$transaction(async (tx) => {
    const found = await loadHolder(tx, input.holder);
    await recordStaffAccess(tx, {
      viewer: input.viewer,
      action: 'personal_data.revealed',
      ownerUserId: found.ownerUserId,
      orderId: found.orderId,
      record: `${input.holder.model}:${input.holder.id}`,
      field: 'documentNumber',
      reason: reason.data,
      context: input.context,
    });
    return found.documentNumberEnc ? keyringCipher().decrypt(found.documentNumberEnc) : null;
  });
}

export type StaffAccessInput = {
  viewer: Viewer;
  /** personal_data.viewed | personal_data.revealed | personal_data.exported … */
  action: string;
  ownerUserId: string | null;
  orderId?: string | null;
  /** `Model:id` of what was read */
  record: string;
  field?: string | null;
  reason?: string | null;
  context: RequestContext;
};

/**
 * One staff read of personal data, as an AuditEvent about the account (or the order of a guest), so
 * the person sees it in My data. Call inside the transaction that reads the data.
 */
export async function recordStaffAccess(tx: Tx, input: StaffAccessInput): Promise<void> {
  await recordAuditEvent(tx, {
    actor: input.viewer,
    action: input.action,
    subjectType: input.ownerUserId ? 'User' : 'Order',
    subjectId: input.ownerUserId ?? input.orderId ?? input.record,
    context: input.context,
    data: { record: input.record, field: input.field ?? null, reason: input.reason ?? null, ...(input.orderId ? { orderId: input.orderId } : {}) },
  });
}
