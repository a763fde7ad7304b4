import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import type { TripOwner } from './find-trip';
import { hashTripToken, isTripToken } from './trip-token';

/**
 * How many offers the owner's trip holds, for the header's counter (issue 20): the same trip
 * findTrip shows (the account's, else the browser's anonymous one), counted without loading offers.
 */
export async function countTripItems(owner: TripOwner, client: Db | Tx = db): Promise<number> {
  if (owner.userId) {
    const own = await client.trip.findUnique({ where: { userId: owner.userId }, select: { _count: { select: { items: true } } } });
    if (own) return own._count.items;
  }
  if (isTripToken(owner.cookieToken)) {
    const anonymous = await client.trip.findFirst({ where: { cookieHash: hashTripToken(owner.cookieToken), userId: null }, select: { _count: { select: { items: true } } } });
    if (anonymous) return anonymous._count.items;
  }
  return 0;
}
