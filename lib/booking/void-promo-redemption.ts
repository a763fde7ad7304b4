import 'server-only';
import type { Tx } from '@/lib/db/client';

/** Agreement 7: an order that ends without being paid gives its promo code use back. */
export async function voidPromoRedemption(tx: Tx, orderId: string, now: Date): Promise<void> {
  const redemption = await tx.promoRedemption.findUnique({ where: { orderId }, select: { id: true, promoCodeId: true, voidedAt: true } });
  if (!redemption || redemption.voidedAt) return;
  await tx.promoRedemption.update({ where: { id: redemption.id }, data: { voidedAt: now } });
  await tx.$executeRaw`UPDATE promo_codes SET times_used = greatest(0, times_used - 1), updated_at = now() WHERE id = ${redemption.promoCodeId}::uuid`;
}
