import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import { requireStaff } from './staff-guard';

export type ScheduleChangeListItem = {
  id: string;
  carrier: string;
  flightNumber: string;
  departureDate: string;
  newDepartureAt: Date;
  newArrivalAt: Date | null;
  note: string;
  ordersNotified: number;
  createdAt: Date;
};

/** The schedule changes staff recorded, newest first (Agreement 3.1.9). */
export async function listScheduleChanges(actor: Viewer, options: { limit?: number } = {}): Promise<ScheduleChangeListItem[]> {
  requireStaff(actor);
  const rows = await db.scheduleChange.findMany({ orderBy: { createdAt: 'desc' }, take: options.limit ?? 50 });
  return rows.map((r) => ({ ...r, carrier: r.carrier.trim(), departureDate: r.departureDate.toISOString().slice(0, 10) }));
}
