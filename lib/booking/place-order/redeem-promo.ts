import 'server-only';
import type { Tx } from '@/lib/db/client';
import { BookingError } from '../errors';
import { errorKey } from './error-key';
import type { PreparedOrder } from './types';

/**
 * Agreement 7: one use of the code the order was priced with, taken with a conditional UPDATE so
 * `maxUses` is never passed by concurrent orders, and the discount given recorded against this customer.
 * Nothing to do when no code applied.
 */
export async function redeemPromo(tx: Tx, p: PreparedOrder, orderId: string): Promise<void> {
  const promo = p.promo;
  if (!promo || !p.quote.promo?.applicable) return;
  const taken = await tx.$executeRaw`
    UPDATE promo_codes SET times_used = times_used + 1, updated_at = now()
    WHERE id = ${promo.id}::uuid AND (max_uses IS NULL OR times_used < max_uses)`;
  if (taken !== 1) {
    throw new BookingError('PROMO_INVALID', errorKey('fixFields'), { fieldErrors: { promoCode: 'rules.reasons.PROMO_USED_UP' } });
  }
  await tx.promoRedemption.create({
    data: {
      promoCodeId: promo.id,
      orderId,
      customerKey: p.customerKey ?? `order:${orderId}`,
      discount: p.quote.promo.totals,
    },
  });
}
