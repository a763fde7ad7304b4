import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { decryptField, encryptField } from '@/lib/crypto/field-encryption';
import type { ProfileInput } from './schemas';

export type UpdateProfileOptions = { viewer: Viewer; input: ProfileInput; context: RequestContext };

/** Name and phone (encrypted). The audit event names the fields that changed, not their values. */
export async function updateProfile({ viewer, input, context }: UpdateProfileOptions): Promise<{ changed: string[] }> {
  return db.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { name: true, phoneEnc: true } });
    const currentPhone = current.phoneEnc ? decryptField(current.phoneEnc) : null;
    const changed = [...(current.name !== input.name ? ['name'] : []), ...(currentPhone !== input.phone ? ['phone'] : [])];
    if (changed.length === 0) return { changed };
    await tx.user.update({
      where: { id: viewer.id },
      data: { name: input.name, phoneEnc: input.phone ? encryptField(input.phone) : null },
    });
    await recordAuditEvent(tx, {
      actor: viewer,
      action: 'account.profile_updated',
      subjectType: 'User',
      subjectId: viewer.id,
      context,
      data: { fields: changed },
    });
    return { changed };
  });
}
