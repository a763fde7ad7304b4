import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import { isUuid } from './ids';
import { savedTravellerSelect, toTravellerDetail, type SavedTravellerDetail } from './saved-traveller-view';

/** The viewer's own co-traveller, or null: another user's record is simply not found. */
export async function getSavedTraveller(viewer: Viewer, id: string): Promise<SavedTravellerDetail | null> {
  if (!isUuid(id)) return null;
  const row = await db.savedTraveller.findFirst({ where: { id, userId: viewer.id }, select: savedTravellerSelect });
  return row ? toTravellerDetail(row) : null;
}
