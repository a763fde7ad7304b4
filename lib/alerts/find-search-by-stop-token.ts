import 'server-only';
import { db } from '@/lib/db/client';
import { stopTokenHash } from './stop-token';

/** The saved search a stop link names, or null for a broken or already-deleted one (only its id and language). */
export async function findSearchByStopToken(token: string): Promise<{ id: string; locale: string } | null> {
  if (token.length < 20 || token.length > 200) return null;
  return db.savedSearch.findUnique({ where: { stopTokenHash: stopTokenHash(token) }, select: { id: true, locale: true } });
}
