/**
 * Recovery of traveller cancellations left OPEN waiting on a remote supplier (Duffel, issue 21): the
 * intent was committed but the supplier's confirmation failed or its answer was lost, and the traveller
 * may never submit the same quote again. Every few minutes (pg-boss, register-after-sales.ts) each such
 * request older than `graceMs` is finished by the same idempotent path as a resubmission
 * (settleRemoteCancellation): Duffel confirms the stored quote again — confirming twice returns the same
 * cancellation, an order already cancelled reads cancelled — then one transaction records the
 * cancellation (request row locked: whoever comes second changes nothing), one mail, then one refund
 * under the request's key. If the supplier refuses (quote expired, not cancellable), nothing is cancelled
 * or refunded: the request stays OPEN in the support queue with an audit event saying so
 * (SUPPLIER_CANCELLATION_LEFT_FOR_STAFF), and this job leaves it alone from then on. A supplier that is
 * down leaves it for the next run.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { noRequestContext } from '@/lib/auth/request-context';
import { releaseRemoteHoldsOfCancelledItems } from '@/lib/booking/remote-holds';
import { logger } from '@/lib/observe/logger';
import { SUPPLIER_CANCELLATION_LEFT_FOR_STAFF, settleRemoteCancellation, type StoredCancellationQuote } from './cancel-booking';
import { startRequestRefund } from './start-request-refund';

export type RecoverRemoteCancellationsReport = { finished: number; leftForStaff: number; failed: number };

const DEFAULT_GRACE_MS = 5 * 60_000;

export async function recoverRemoteCancellations(options: { now?: Date; graceMs?: number; limit?: number } = {}): Promise<RecoverRemoteCancellationsReport> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - (options.graceMs ?? DEFAULT_GRACE_MS));
  // decidedAt set on an OPEN request is a staff claim under way (cancel-remote-items.ts): not ours.
  const candidates = await db.serviceRequest.findMany({
    where: { status: 'OPEN', kind: 'CANCELLATION', topic: { in: ['CANCEL_ITEM', 'CANCEL_ORDER'] }, decidedAt: null, createdAt: { lte: before } },
    select: { id: true, orderId: true, quote: true },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 50,
  });
  const remote = candidates.filter((c) => ((c.quote as unknown as StoredCancellationQuote | null)?.items ?? []).some((i) => i.remote));
  const left = new Set(
    (await db.auditEvent.findMany({ where: { subjectId: { in: remote.map((r) => r.id) }, action: SUPPLIER_CANCELLATION_LEFT_FOR_STAFF }, select: { subjectId: true } })).map((e) => e.subjectId),
  );

  const report: RecoverRemoteCancellationsReport = { finished: 0, leftForStaff: 0, failed: 0 };
  for (const request of remote.filter((r) => !left.has(r.id))) {
    try {
      const settled = await settleRemoteCancellation(request.id, { context: noRequestContext }, now, 'STAFF');
      if (settled.status !== 'DONE') {
        report.leftForStaff++;
        logger().warn({ requestId: request.id, outcome: settled.status }, 'supplier refused a pending cancellation; left for support');
        continue;
      }
      report.finished++;
      await releaseRemoteHoldsOfCancelledItems(request.orderId, now);
      // Only the run that recorded the cancellation refunds; a refund that does not start is recover-request-refunds'.
      if (settled.refundRequestId) await startRequestRefund(settled.refundRequestId, { now }).catch(() => undefined);
    } catch (error) {
      report.failed++;
      logger().warn({ requestId: request.id, error: error instanceof Error ? error.message : String(error) }, 'pending supplier cancellation not finished yet');
    }
  }
  return report;
}
