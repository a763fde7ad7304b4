import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import { savedTravellerSelect, toTravellerView, type SavedTravellerView } from './saved-traveller-view';

export async function listSavedTravellers(viewer: Viewer): Promise<SavedTravellerView[]> {
  const rows = await db.savedTraveller.findMany({
    where: { userId: viewer.id },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { createdAt: 'asc' }],
    select: savedTravellerSelect,
  });
  return rows.map(toTravellerView);
}
