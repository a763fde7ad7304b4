import 'server-only';
import { db } from '@/lib/db/client';
import { hashSessionToken } from './session-token';
import type { Viewer } from './viewer-types';

/** The user behind a session cookie, or null when the session is unknown, expired or the account deleted. */
export async function findViewerBySessionToken(token: string, now: Date = new Date()): Promise<Viewer | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { sessionToken: hashSessionToken(token) },
    select: { expires: true, user: { select: { id: true, email: true, name: true, role: true, deletedAt: true } } },
  });
  if (!session || session.expires <= now || session.user.deletedAt) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}
