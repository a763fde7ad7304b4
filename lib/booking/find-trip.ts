import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Money } from '@/lib/money';
import type { Offer, ProductKind } from '@/lib/inventory/supplier';
import { offerFromJson } from './offer-json';
import { hashTripToken, isTripToken } from './trip-token';

/** Who a trip belongs to: the signed-in user, or the browser holding the `karvan_trip` cookie. */
export type TripOwner = { userId: string | null; cookieToken: string | null };

export type TripItemView = {
  id: string;
  kind: ProductKind;
  offerId: string;
  /** the offer as the traveller last accepted it */
  offer: Offer;
  accepted: Money;
  addedAt: Date;
};

export type TripView = { id: string; userId: string | null; promoCode: string | null; items: TripItemView[] };

const tripSelect = {
  id: true,
  userId: true,
  promoCode: true,
  items: {
    select: { id: true, kind: true, offerId: true, offer: true, acceptedAmountMinor: true, acceptedCurrency: true, addedAt: true },
    orderBy: [{ addedAt: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.TripSelect;

type TripRow = {
  id: string;
  userId: string | null;
  promoCode: string | null;
  items: {
    id: string;
    kind: ProductKind;
    offerId: string;
    offer: Parameters<typeof offerFromJson>[0];
    acceptedAmountMinor: number;
    acceptedCurrency: string;
    addedAt: Date;
  }[];
};

function toView(row: TripRow): TripView {
  return {
    id: row.id,
    userId: row.userId,
    promoCode: row.promoCode,
    items: row.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      offerId: i.offerId,
      offer: offerFromJson(i.offer),
      accepted: { amount: i.acceptedAmountMinor, currency: i.acceptedCurrency },
      addedAt: i.addedAt,
    })),
  };
}

/**
 * The owner's trip, or null. A signed-in user's own trip comes first; until they have one, the trip of
 * the browser's cookie is shown (it is claimed by the first change, see `ensureTrip`). A cookie never
 * opens a trip that a user has claimed.
 */
export async function findTrip(client: Db | Tx, owner: TripOwner): Promise<TripView | null> {
  if (owner.userId) {
    const own = await client.trip.findUnique({ where: { userId: owner.userId }, select: tripSelect });
    if (own) return toView(own);
  }
  if (isTripToken(owner.cookieToken)) {
    const anonymous = await client.trip.findFirst({
      where: { cookieHash: hashTripToken(owner.cookieToken), userId: null },
      select: tripSelect,
    });
    if (anonymous) return toView(anonymous);
  }
  return null;
}

/**
 * The owner's trip for a change, created if needed; a signed-in user claims the browser's anonymous
 * trip (its offers join theirs). Returns the cookie value to set when a new anonymous trip was made.
 * Locks the trip row, so two changes to one trip run one after the other.
 */
export async function ensureTrip(tx: Tx, owner: TripOwner, newToken: () => string): Promise<{ tripId: string; setCookie: string | null }> {
  const cookieHash = isTripToken(owner.cookieToken) ? hashTripToken(owner.cookieToken) : null;
  const anonymous = cookieHash ? await tx.trip.findFirst({ where: { cookieHash, userId: null }, select: { id: true } }) : null;

  if (owner.userId) {
    const own = await tx.trip.findUnique({ where: { userId: owner.userId }, select: { id: true } });
    if (own && anonymous) {
      const existing = new Set((await tx.tripItem.findMany({ where: { tripId: own.id }, select: { offerId: true } })).map((i) => i.offerId));
      const moving = await tx.tripItem.findMany({ where: { tripId: anonymous.id }, select: { id: true, offerId: true } });
      const ids = moving.filter((i) => !existing.has(i.offerId)).map((i) => i.id);
      if (ids.length) await tx.tripItem.updateMany({ where: { id: { in: ids } }, data: { tripId: own.id } });
      await tx.trip.delete({ where: { id: anonymous.id } });
    }
    if (own) return { tripId: await lockTrip(tx, own.id), setCookie: null };
    if (anonymous) {
      await tx.trip.update({ where: { id: anonymous.id }, data: { userId: owner.userId, cookieHash: null } });
      return { tripId: await lockTrip(tx, anonymous.id), setCookie: null };
    }
    const created = await tx.trip.create({ data: { userId: owner.userId }, select: { id: true } });
    return { tripId: created.id, setCookie: null };
  }

  if (anonymous) return { tripId: await lockTrip(tx, anonymous.id), setCookie: null };
  const token = newToken();
  const created = await tx.trip.create({ data: { cookieHash: hashTripToken(token) }, select: { id: true } });
  return { tripId: created.id, setCookie: token };
}

async function lockTrip(tx: Tx, tripId: string): Promise<string> {
  await tx.$queryRaw`SELECT id FROM trips WHERE id = ${tripId}::uuid FOR UPDATE`;
  return tripId;
}
