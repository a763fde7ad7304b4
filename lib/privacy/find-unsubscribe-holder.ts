import 'server-only';
import { db } from '@/lib/db/client';
import { verifyUnsubscribeToken } from './marketing';

/** The account an unsubscribe link belongs to, or null for a forged, broken or orphaned link. */
export async function findUnsubscribeHolder(token: unknown) {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true, deletedAt: true } });
  return user;
}
