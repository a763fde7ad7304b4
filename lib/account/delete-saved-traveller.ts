import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from './ids';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';

export async function deleteSavedTraveller({ id, viewer, context }: { id: string; viewer: Viewer; context: RequestContext }): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedTraveller.deleteMany({ where: { id, userId: viewer.id } });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(tx, { actor: viewer, action: 'account.traveller_deleted', subjectType: 'SavedTraveller', subjectId: id, context });
  });
}
