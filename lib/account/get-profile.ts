import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import { decryptField } from '@/lib/crypto/field-encryption';

export type Profile = { email: string; name: string | null; phone: string | null };

export async function getProfile(viewer: Viewer): Promise<Profile> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { email: true, name: true, phoneEnc: true } });
  return { email: user.email, name: user.name, phone: user.phoneEnc ? decryptField(user.phoneEnc) : null };
}
