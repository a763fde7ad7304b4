import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from './audit';
import type { RequestContext } from './request-context';
import type { Viewer } from './viewer-types';

/** "Sign out of all devices": every session of the viewer ends, this one included. */
export async function endAllSessions(viewer: Viewer, context: RequestContext): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: viewer.id } });
    await recordAuditEvent(tx, {
      actor: viewer,
      action: 'auth.signed_out_everywhere',
      subjectType: 'User',
      subjectId: viewer.id,
      context,
      data: { sessionsEnded: count },
    });
    return count;
  });
}
