import 'server-only';
import { db } from '@/lib/db/client';
import { loadOrderTimeline, loadTripTimeline, type LoadTripTimelineInput } from './trip-timeline';

// Pages read timelines through these (pages never import the database client).
export const tripTimelineFor = (input: LoadTripTimelineInput) => loadTripTimeline(db, input);
export const orderTimelineFor = (orderId: string, now: Date) => loadOrderTimeline(db, orderId, now);
