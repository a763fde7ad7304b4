import 'server-only';
import type { Tx } from '../db/client';
import type { Payment } from '../db/generated/client';

/**
 * Serialises payment starts per order. The orders table belongs to lib/booking, so an advisory lock
 * (released at commit) stands in for SELECT … FOR UPDATE on the order row.
 */
export async function lockOrderPayments(tx: Tx, orderId: string): Promise<void> {
  const key = `karvan:payments:order:${orderId}`;
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS locked`;
}

/** Locks the payment row until commit: every change to a payment or its refunds takes this lock first. */
export async function lockPayment(tx: Tx, paymentId: string): Promise<Payment | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM payments WHERE id = ${paymentId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.payment.findUnique({ where: { id: paymentId } });
}

/** Interactive transactions here are short; these limits only guard against a stuck connection. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;
