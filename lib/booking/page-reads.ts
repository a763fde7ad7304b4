import 'server-only';
import { db } from '@/lib/db/client';
import { findTrip, type TripOwner } from './find-trip';
import { findAwaitingOrders } from './find-trip-orders';
import { listSavedTravellerChoices } from './saved-travellers';

// The trip and checkout pages read through these: pages never import the database client (README,
// "Architecture: layers"); the functions they wrap take a client so that transactions can compose them.

export const loadTrip = (owner: TripOwner) => findTrip(db, owner);
export const loadAwaitingOrders = (tripId: string, now?: Date) => findAwaitingOrders(db, tripId, now);
export const loadSavedTravellerChoices = (userId: string) => listSavedTravellerChoices(db, userId);
