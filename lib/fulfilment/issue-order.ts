/**
 * Issuing (issue 7): a PAID order's supplier holds become tickets and vouchers, after the payment's
 * transaction has committed (apply-payment-outcome.ts only pays). Run by the booking-issue-paid-orders
 * loop within seconds of the payment, and by the minutely recovery job for anything it missed (a crash
 * between payment and issuing).
 *
 * One transaction with the order row locked SKIP LOCKED: two workers never wait for each other, the
 * second simply finds nothing to do, and the status is checked again under the lock, so an order is
 * issued (or failed) exactly once.
 *
 * - every hold confirmed → documents stored on order_holds, order ISSUED, itinerary receipt queued.
 * - any hold not confirmed (Agreement 4.5) → every hold released (confirmed ones too: a half-issued
 *   trip is not what was bought), order ISSUE_FAILED, an APPROVED refund request for everything paid,
 *   service fee included, due 3 days after the payment, the traveller told; after the commit the
 *   refund goes to the payment provider (startRequestRefund; the recovery job retries it).
 *
 * A remote supplier's holds (Duffel) are confirmed before that transaction, outside it, each with the
 * travellers read from the stored order (so any worker process can confirm) and recorded CONFIRMED as
 * soon as it is; a call that fails without an answer (timeout, 5xx, breaker open) throws and leaves the
 * order PAID for the next run (calls are idempotent per hold). The transaction only reads their outcome:
 * the order is ISSUED only when every remote hold is CONFIRMED. Remote holds of an ISSUE_FAILED order
 * are cancelled after the commit (README, Decisions: "Remote bookings").
 */
import 'server-only';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import { db, type Tx } from '@/lib/db/client';
import { insertServiceRequest } from '@/lib/after-sales/insert-service-request';
import { startRequestRefund } from '@/lib/after-sales/start-request-refund';
import { quoteNotIssuedRefund } from '@/lib/rules';
import { holdItemAgain } from '@/lib/booking/hold-item-again';
import { queueOrderMail } from '@/lib/fulfilment/queue-order-mail';
import { recordOrderEvent } from '@/lib/booking/record-order-event';
import { confirmRemoteHolds, releaseRemoteHolds } from '@/lib/booking/remote-holds';
import { confirmHold, releaseHold } from '@/lib/booking/supplier-calls';
import { isRemoteSupplier } from '@/lib/inventory/supplier';
import { withTransactionRetry } from '@/lib/booking/transaction-retry';

export type IssueOrderOptions = {
  now?: Date;
  /** what runs after an ISSUE_FAILED commit (default startRequestRefund); tests simulate a crash there */
  startRefund?: (requestId: string, options: { now: Date }) => Promise<unknown>;
};

export type IssueOrderResult =
  | { outcome: 'ISSUED'; documents: number }
  | { outcome: 'ISSUE_FAILED'; requestId: string; failures: string[] }
  /** not PAID (already issued, failed, never paid), or another worker holds it right now */
  | { outcome: 'SKIPPED'; reason: 'NOT_PAID' | 'BUSY' | 'NOT_FOUND' };

type Attempt = IssueOrderResult;

const SYSTEM = { id: null, role: 'SYSTEM' } as const;

export async function issueOrder(orderId: string, options: IssueOrderOptions = {}): Promise<IssueOrderResult> {
  const now = options.now ?? new Date();
  const remoteFailures = await confirmRemote(orderId, now);
  const result = await withTransactionRetry(() => db.$transaction((tx) => issueInTransaction(tx, orderId, now, remoteFailures), { maxWait: 15_000, timeout: 60_000 }));
  if (result.outcome === 'ISSUE_FAILED') {
    // The airline's or hotel's bookings of an order that will not be issued are cancelled after the
    // commit; one that fails is left for the sweep (release-expired-holds.ts) and the reconciler.
    await releaseRemoteHolds(orderId, now);
    // After the commit: provider calls never run inside a transaction. If this process dies here,
    // the recovery job (recover-request-refunds.ts) starts the refund under the same key.
    try {
      await (options.startRefund ?? startRequestRefund)(result.requestId, { now });
    } catch (error) {
      console.warn(`[booking] refund of request ${result.requestId} not started yet, the recovery job retries: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}

/**
 * Step 1, outside any transaction: a PAID order's remote holds confirmed. Returns the refusals by hold
 * id (the supplier's answer, e.g. `order_expired`); throws when a call got no answer, so the order stays
 * PAID and the next run tries again.
 */
async function confirmRemote(orderId: string, now: Date): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (order?.status !== 'PAID') return failures;
  for (const outcome of await confirmRemoteHolds(orderId, now)) {
    if ('error' in outcome) throw outcome.error;
    if (outcome.result.status === 'FAILED') failures.set(outcome.holdId, outcome.result.reason);
  }
  return failures;
}

async function issueInTransaction(tx: Tx, orderId: string, now: Date, remoteFailures: Map<string, string>): Promise<Attempt> {
  const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE SKIP LOCKED`;
  if (!locked[0]) {
    const exists = await tx.order.count({ where: { id: orderId } });
    return { outcome: 'SKIPPED', reason: exists ? 'BUSY' : 'NOT_FOUND' };
  }
  if (locked[0].status !== 'PAID') return { outcome: 'SKIPPED', reason: 'NOT_PAID' };

  const holds = await tx.orderHold.findMany({
    where: { orderId, orderItem: { cancelledAt: null } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, orderItemId: true, kind: true, supplier: true, status: true, documents: true },
  });
  const failures: string[] = [];
  let documents = 0;
  for (const hold of holds) {
    if (hold.status === 'CONFIRMED') {
      // Confirmed before issuing was separated from payment (orders paid by an older version).
      documents += hold.documents.length;
      continue;
    }
    if (isRemoteSupplier(hold.supplier)) {
      // Confirmed outside this transaction (confirmRemote); still HELD means the supplier refused.
      failures.push(`${hold.orderItemId}:${remoteFailures.get(hold.id) ?? (hold.status === 'HELD' ? 'NOT_CONFIRMED' : 'NO_ACTIVE_HOLD')}`);
      continue;
    }
    let result = hold.status === 'HELD' ? await confirmHold(tx, hold.kind, hold.id) : ({ status: 'FAILED', reason: 'NO_ACTIVE_HOLD' } as const);
    // The supplier may have let the hold go at its expiry: take the inventory again under the same
    // hold id if it is still there, then confirm.
    if (result.status === 'FAILED' && (await holdItemAgain(tx, hold, now))) result = await confirmHold(tx, hold.kind, hold.id);
    if (result.status === 'CONFIRMED') {
      await tx.orderHold.update({
        where: { id: hold.id },
        data: { status: 'CONFIRMED', confirmedAt: now, documents: result.documents, supplierRef: result.supplierRef },
      });
      documents += result.documents.length;
    } else {
      failures.push(`${hold.orderItemId}:${result.reason}`);
    }
  }
  if (holds.length === 0) failures.push('NO_HOLDS');

  if (failures.length === 0) {
    await tx.order.update({ where: { id: orderId }, data: { status: 'ISSUED' } });
    await recordOrderEvent(tx, { orderId, from: 'PAID', to: 'ISSUED', reason: 'ISSUED', actor: SYSTEM, data: { holds: holds.length, documents } });
    // Agreement 4.9: the itinerary receipt goes out by itself.
    await queueOrderMail(tx, { orderId, template: 'itinerary-receipt', payload: { orderId }, dedupeKey: `order:${orderId}:itinerary-receipt` });
    return { outcome: 'ISSUED', documents };
  }
  return failIssuing(tx, orderId, failures, now);
}

/** Agreement 4.5: paid but not issued → everything paid, fee included, back within 3 days. */
async function failIssuing(tx: Tx, orderId: string, failures: string[], now: Date): Promise<Attempt> {
  const all = await tx.orderHold.findMany({ where: { orderId, status: { in: ['HELD', 'CONFIRMED'] } }, select: { id: true, kind: true, supplier: true } });
  // Remote holds are cancelled after the commit (issueOrder), never inside this transaction.
  for (const hold of all.filter((h) => !isRemoteSupplier(h.supplier))) {
    await releaseHold(tx, hold.kind, hold.id);
    await tx.orderHold.update({ where: { id: hold.id }, data: { status: 'RELEASED', releasedAt: now } });
  }
  await tx.order.update({ where: { id: orderId }, data: { status: 'ISSUE_FAILED' } });
  await recordOrderEvent(tx, {
    orderId,
    from: 'PAID',
    to: 'ISSUE_FAILED',
    reason: 'SUPPLIER_CONFIRM_FAILED',
    actor: SYSTEM,
    data: { failures, holdsReleased: all.length },
  });

  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { userId: true, checkout: { select: { paidAt: true, paidPaymentId: true, chargeAmountMinor: true, chargeCurrency: true } } },
  });
  const checkout = order.checkout;
  const payment = checkout?.paidPaymentId
    ? await tx.payment.findUnique({ where: { id: checkout.paidPaymentId }, select: { amountMinor: true, currency: true, succeededAt: true } })
    : null;
  // The whole amount paid, service fee included: the paid payment's amount (what the card was charged).
  const paid = payment
    ? { amount: payment.amountMinor, currency: payment.currency.trim() }
    : { amount: checkout?.chargeAmountMinor ?? 0, currency: (checkout?.chargeCurrency ?? 'AZN').trim() };
  const paidAt = checkout?.paidAt ?? payment?.succeededAt ?? now;
  const quote = quoteNotIssuedRefund(paid, paidAt);

  const request = await insertServiceRequest(tx, {
    orderId,
    kind: 'REFUND',
    status: 'APPROVED',
    topic: 'NOT_ISSUED',
    clause: quote.clause,
    quote: { refund: quote.refund, dueBy: quote.dueBy.toISOString(), clause: quote.clause, failures },
    maxRefundMinor: quote.refund.amount,
    approvedRefundMinor: quote.refund.amount,
    refundCurrency: quote.refund.currency,
    dueAt: quote.dueBy,
    openedBy: 'SYSTEM',
    userId: order.userId,
    decidedAt: now,
    createdAt: now,
  });
  await tx.serviceRequestMessage.create({ data: { requestId: request.id, author: 'SYSTEM', body: 'notIssuedRefund', createdAt: now } });
  await recordAuditEvent(tx, {
    actor: SYSTEM,
    action: 'service_request.created',
    subjectType: 'ServiceRequest',
    subjectId: request.id,
    context: noRequestContext,
    data: {
      reference: request.reference,
      orderId,
      topic: 'NOT_ISSUED',
      status: 'APPROVED',
      clause: quote.clause,
      amountMinor: quote.refund.amount,
      currency: quote.refund.currency,
      dueAt: quote.dueBy.toISOString(),
    },
  });
  await queueOrderMail(tx, { orderId, template: 'issue-failed', payload: { orderId, requestId: request.id }, dedupeKey: `order:${orderId}:issue-failed` });
  return { outcome: 'ISSUE_FAILED', requestId: request.id, failures };
}
