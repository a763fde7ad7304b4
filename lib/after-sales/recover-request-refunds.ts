/**
 * Recovery (minutely, from lib/fulfilment/register-fulfilment.ts): an APPROVED request with an amount whose
 * refund never reached the provider (the process died between the approval's commit and
 * startRequestRefund, or startRequestRefund failed) is handed over again. The request's idempotency key
 * makes this safe to run any number of times, by any number of workers: at most one refund per attempt.
 * Refunds already reserved (REQUESTED) are the payments job's (resumeStuckRefunds), not this one's.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { startRequestRefund, type StartRequestRefundResult } from './start-request-refund';

export type RecoverRequestRefundsOptions = {
  now?: Date;
  limit?: number;
  /** leave requests approved less than this long ago to the call right after their commit (default 30 s) */
  graceMs?: number;
};

export async function recoverRequestRefunds(options: RecoverRequestRefundsOptions = {}): Promise<{ started: { requestId: string; result: StartRequestRefundResult }[] }> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - (options.graceMs ?? 30_000));
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT sr.id::text AS id FROM service_requests sr
    WHERE sr.status = 'APPROVED' AND sr.approved_refund_minor > 0 AND sr.updated_at <= ${before}
      AND NOT EXISTS (
        SELECT 1 FROM refunds r
        WHERE r.status IN ('REQUESTED', 'SUCCEEDED')
          AND (r.idempotency_key = 'service-request:' || sr.id::text OR r.idempotency_key LIKE 'service-request:' || sr.id::text || ':%'))
    ORDER BY sr.due_at NULLS LAST, sr.updated_at
    LIMIT ${options.limit ?? 50}`;
  const started: { requestId: string; result: StartRequestRefundResult }[] = [];
  for (const { id } of rows) {
    try {
      started.push({ requestId: id, result: await startRequestRefund(id, { now }) });
    } catch (error) {
      // One request's trouble must not stop the others; the next run tries again.
      console.warn(`[after-sales] refund of request ${id} not started: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { started };
}
