import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { promoCodeFromRow } from './promo-code-from-row';
import type { StoredPromo } from './types';

/** A promo code by its text (any case), in the shape lib/rules evaluates (Agreement 7); null if there is none. */
export async function loadPromoCode(client: Db | Tx, code: string): Promise<StoredPromo | null> {
  const row = await client.promoCode.findUnique({ where: { code: code.trim().toUpperCase() } });
  if (!row) return null;
  return { id: row.id, promo: promoCodeFromRow(row) };
}
