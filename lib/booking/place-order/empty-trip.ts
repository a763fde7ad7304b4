import 'server-only';
import type { Tx } from '@/lib/db/client';

/** The trip's offers now live in the order; the trip starts over, without its promo code. */
export async function emptyTrip(tx: Tx, tripId: string): Promise<void> {
  await tx.tripItem.deleteMany({ where: { tripId } });
  await tx.trip.update({ where: { id: tripId }, data: { promoCode: null } });
}
