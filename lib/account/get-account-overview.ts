import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';

export type AccountOverview = { email: string; name: string | null; bookings: number; upcomingBookings: number; travellers: number; sessions: number };

export async function getAccountOverview(viewer: Viewer, now: Date = new Date()): Promise<AccountOverview> {
  const [bookings, upcomingBookings, travellers, sessions] = await Promise.all([
    db.order.count({ where: { userId: viewer.id } }),
    db.order.count({ where: { userId: viewer.id, items: { some: { startsAt: { gte: now } } } } }),
    db.savedTraveller.count({ where: { userId: viewer.id } }),
    db.session.count({ where: { userId: viewer.id, expires: { gt: now } } }),
  ]);
  return { email: viewer.email, name: viewer.name, bookings, upcomingBookings, travellers, sessions };
}
