import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { CARD_HOLD_MINUTES } from './constants';
import { offerFromJson } from './offer-json';
import { holdOffer } from './supplier-calls';
import { isRemoteSupplier } from '@/lib/inventory/supplier';

export type HoldRow = { id: string; orderItemId: string; kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; supplier?: string };

/**
 * Holds one item's inventory again under its existing hold id (the supplier's hold is idempotent per
 * id): the supplier may have let a hold go at its expiry before a late payment arrived or before the
 * order was issued. False when the inventory is no longer there — and always for a remote supplier's
 * item, whose hold is a network call that never runs inside this transaction (the order is refunded).
 */
export async function holdItemAgain(tx: Tx, hold: HoldRow, now: Date): Promise<boolean> {
  const supplier = hold.supplier ?? (await tx.orderHold.findUnique({ where: { id: hold.id }, select: { supplier: true } }))?.supplier;
  if (supplier && isRemoteSupplier(supplier)) return false;
  const item = await tx.orderItem.findUnique({ where: { id: hold.orderItemId }, select: { snapshot: true } });
  const stored = (item?.snapshot as Prisma.JsonObject | undefined)?.offer;
  if (!stored) return false;
  const result = await holdOffer(tx, offerFromJson(stored), hold.id, new Date(now.getTime() + CARD_HOLD_MINUTES * 60_000), now);
  if (result.status !== 'HELD') return false;
  await tx.orderHold.update({ where: { id: hold.id }, data: { status: 'HELD', releasedAt: null, supplierRef: result.supplierRef } });
  return true;
}
