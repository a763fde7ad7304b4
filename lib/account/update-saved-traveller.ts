import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from './ids';
import { encryptedTravellerData, type SaveTravellerOptions } from './create-saved-traveller';

/** Only the owner's record is found; anyone else's id is NotFound, and nothing changes. */
export async function updateSavedTraveller({ id, viewer, input, context }: SaveTravellerOptions & { id: string }): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedTraveller.updateMany({ where: { id, userId: viewer.id }, data: encryptedTravellerData(input) });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(tx, { actor: viewer, action: 'account.traveller_updated', subjectType: 'SavedTraveller', subjectId: id, context });
  });
}
