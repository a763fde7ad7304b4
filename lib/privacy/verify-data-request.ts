import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import { queueDataRequestMail } from './queue-data-request-mail';
import { hashLinkToken } from '@/lib/crypto/signed-token';

export type VerifyDataRequestResult =
  | { outcome: 'verified' | 'already'; reference: string; dueAt: Date }
  | { outcome: 'invalid' };

/** Looks a verification link up without using it (the page shows what it will confirm). */
export async function peekDataRequestToken(token: string) {
  if (!token || token.length > 100) return null;
  const row = await db.privacyToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, dataRequest: { select: { reference: true, kind: true, status: true, dueAt: true } } },
  });
  if (!row || row.purpose !== 'VERIFY_DATA_REQUEST' || !row.dataRequest) return null;
  return { expired: row.expiresAt <= new Date(), used: row.usedAt !== null, request: row.dataRequest };
}

/**
 * The emailed link proves the requester reads that address: the request opens (its deadline
 * unchanged) and is linked to the account with that address, if there is one.
 */
export async function verifyDataRequest(token: string, context: RequestContext, now: Date = new Date()): Promise<VerifyDataRequestResult> {
  if (!token || token.length > 100) return { outcome: 'invalid' };
  const result = await db.$transaction(async (tx) => {
    const row = await tx.privacyToken.findUnique({
      where: { tokenHash: hashLinkToken(token) },
      select: { id: true, purpose: true, expiresAt: true, usedAt: true, dataRequest: { select: { id: true, reference: true, status: true, dueAt: true, email: true, kind: true, locale: true } } },
    });
    const request = row?.dataRequest;
    if (!row || row.purpose !== 'VERIFY_DATA_REQUEST' || !request) return { outcome: 'invalid' as const };
    if (row.usedAt || request.status !== 'UNVERIFIED') return { outcome: 'already' as const, reference: request.reference, dueAt: request.dueAt };
    if (row.expiresAt <= now) return { outcome: 'invalid' as const };
    // Conditional, so two clicks at once verify (and mail) once.
    const used = await tx.privacyToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count === 0) return { outcome: 'already' as const, reference: request.reference, dueAt: request.dueAt };
    const user = await tx.user.findUnique({ where: { email: request.email }, select: { id: true, deletedAt: true } });
    await tx.dataRequest.update({
      where: { id: request.id },
      data: { status: 'OPEN', verifiedAt: now, userId: user && !user.deletedAt ? user.id : null },
    });
    await recordAuditEvent(tx, {
      actor: null,
      action: 'data_request.verified',
      subjectType: 'DataRequest',
      subjectId: request.id,
      context,
      data: { reference: request.reference, via: 'email link' },
    });
    await queueDataRequestMail(tx, 'received', request);
    return { outcome: 'verified' as const, reference: request.reference, dueAt: request.dueAt };
  });
  return result;
}
