/**
 * Money the order did not need goes back: a payment that succeeded after its order expired and could
 * not be held again, or a second payment of an order already paid. Run by the hold job after each
 * sweep; the refund's idempotency key is derived from the payment, so it happens once however often
 * the job runs (lib/payments issueRefund).
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { issueRefund } from '@/lib/payments/issue-refund';
import { isPaymentError } from '@/lib/payments/errors';

export async function refundSurplusPayments(options: { limit?: number } = {}): Promise<{ refunded: string[] }> {
  const rows = await db.$queryRaw<{ id: string; amount_minor: number; currency: string }[]>`
    SELECT p.id, p.amount_minor, p.currency FROM payments p
    JOIN order_checkouts c ON c.order_id = p.order_id
    JOIN orders o ON o.id = p.order_id
    WHERE p.status = 'SUCCEEDED' AND p.method = 'CARD'
      AND c.paid_payment_id IS DISTINCT FROM p.id
      AND o.status <> 'HELD'
      AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = p.id)
    ORDER BY p.succeeded_at LIMIT ${options.limit ?? 50}`;
  const refunded: string[] = [];
  for (const row of rows) {
    try {
      await issueRefund({
        paymentId: row.id,
        amount: { amount: row.amount_minor, currency: row.currency.trim() },
        reason: 'Paid after the order had expired or was already paid',
        requestedBy: null,
        idempotencyKey: `surplus-payment:${row.id}`,
      });
      refunded.push(row.id);
    } catch (error) {
      // The provider is down: the next run tries again with the same key.
      if (!isPaymentError(error, 'PROVIDER_UNAVAILABLE')) throw error;
    }
  }
  return { refunded };
}
