import 'server-only';
import type { Db, Tx } from '@/lib/db/client';

/**
 * Earlier uses of a code by this customer, in orders that still stand (Agreement 7: uses per customer).
 * The key is the caller's (lib/booking promoCustomerKey: the account, or a blind index of a guest's email);
 * no key counts as no earlier use.
 */
export async function countPromoUses(client: Db | Tx, promoCodeId: string, customerKey: string | null): Promise<number> {
  if (!customerKey) return 0;
  return client.promoRedemption.count({ where: { promoCodeId, customerKey, voidedAt: null } });
}
