import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from './audit';
import type { RequestContext } from './request-context';
import { hashSessionToken } from './session-token';

/** Signs this browser out: its session row is deleted (the cookie is cleared by the caller). */
export async function endSession(token: string, context: RequestContext): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { sessionToken: hashSessionToken(token) },
      select: { id: true, userId: true, user: { select: { role: true } } },
    });
    if (!session) return false;
    await tx.session.delete({ where: { id: session.id } });
    await recordAuditEvent(tx, {
      actor: { id: session.userId, role: session.user.role },
      action: 'auth.signed_out',
      subjectType: 'User',
      subjectId: session.userId,
      context,
      data: { session: session.id },
    });
    return true;
  });
}
