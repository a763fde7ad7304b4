import 'server-only';
import { z } from 'zod';
import { db, type Tx } from '../db/client';
import type { Payment, Refund } from '../db/generated/client';
import type { Money } from '../money';
import { auditPayment } from './audit';
import { PaymentError, isPaymentError } from './errors';
import { lockPayment, TX_OPTIONS } from './locks';
import { getPaymentProvider, requireProviderFor } from './provider';
import { toRefundRecord } from './records';
import { failRefund, succeedRefund } from './transitions';
import type { Actor, PaymentProvider, PaymentSource, ProviderRefundResult, RefundRecord } from './types';

export type IssueRefundInput = {
  paymentId: string;
  amount: Money;
  /** why, in words staff understand; stored and sent to the provider as metadata */
  reason: string;
  /** the staff member; null for refunds the system starts (Agreement 4.5, 8.5) */
  requestedBy?: Actor | null;
  /**
   * Derive it from the business request, not from the click: e.g. `service-request:<id>` or
   * `order:<id>:not-issued`. Two presses, or two staff members acting on the same request, then
   * share the key and produce one provider refund.
   */
  idempotencyKey: string;
};

export type IssueRefundOptions = { provider?: PaymentProvider; now?: Date };

export type IssueRefundResult = {
  /** SUCCEEDED; FAILED (the provider refused it, nothing was refunded); REQUESTED (the provider is
   *  still processing it, or another call with the same key is in flight: its webhook finishes it) */
  refund: RefundRecord;
  /** false when the idempotency key was seen before and that refund is returned */
  created: boolean;
};

const inputSchema = z.object({
  paymentId: z.uuid(),
  amount: z.object({ amount: z.number().int().positive(), currency: z.string().length(3) }),
  reason: z.string().trim().min(1).max(500),
  idempotencyKey: z.string().min(8).max(200),
});

/** How long a provider call may take before another process may retry the refund with the same key. */
const LEASE_MS = 2 * 60_000;

/**
 * Refunds through the provider that took the payment (Stripe refunds API or the sandbox), exactly once.
 *
 * 1. In one transaction with the payment row locked: return the refund already made with this
 *    idempotency key; otherwise check the payment is SUCCEEDED and that captured ≥ already refunded +
 *    refunds in flight + this one, and reserve the amount as a REQUESTED row (AuditEvent).
 * 2. Call the provider with the same idempotency key, outside any transaction.
 * 3. Record the outcome: SUCCEEDED (hook onRefundSucceeded), FAILED (the provider refused; the amount
 *    is free again), or REQUESTED with the provider's id (pending; its webhook finishes it).
 * A provider outage leaves the reservation REQUESTED and throws PROVIDER_UNAVAILABLE; the
 * `payments-resume-refunds` job retries it with the same key after the lease. A failed provider call
 * never leaves a SUCCEEDED row. OFFICE payments are refunded by staff in person: the refund is
 * recorded as SUCCEEDED at once.
 *
 * Throws PaymentError: INVALID_INPUT, PAYMENT_NOT_FOUND, PAYMENT_NOT_SUCCEEDED, CURRENCY_MISMATCH,
 * REFUND_EXCEEDS_CAPTURED, IDEMPOTENCY_KEY_REUSED, PROVIDER_MISMATCH, PROVIDER_UNAVAILABLE.
 */
export async function issueRefund(input: IssueRefundInput, options: IssueRefundOptions = {}): Promise<IssueRefundResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new PaymentError('INVALID_INPUT', z.prettifyError(parsed.error));
  const now = options.now ?? new Date();
  const actor = input.requestedBy ?? null;

  const step = await db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, input.paymentId);
    if (!payment) throw new PaymentError('PAYMENT_NOT_FOUND', input.paymentId);

    const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (existing) {
      if (existing.paymentId !== payment.id || existing.amountMinor !== input.amount.amount || existing.currency !== input.amount.currency) {
        throw new PaymentError('IDEMPOTENCY_KEY_REUSED', `refund key ${input.idempotencyKey} belongs to another refund`);
      }
      if (claimable(existing, now)) {
        const claimed = await tx.refund.update({ where: { id: existing.id }, data: { attemptUntil: new Date(now.getTime() + LEASE_MS) } });
        return { kind: 'call' as const, payment, refund: claimed, created: false };
      }
      return { kind: 'done' as const, refund: existing, created: false };
    }

    if (payment.status !== 'SUCCEEDED') throw new PaymentError('PAYMENT_NOT_SUCCEEDED', `payment ${payment.id} is ${payment.status}`);
    if (input.amount.currency !== payment.currency) {
      throw new PaymentError('CURRENCY_MISMATCH', `payment is in ${payment.currency}, refund in ${input.amount.currency}`);
    }
    const reserved = await tx.refund.aggregate({
      where: { paymentId: payment.id, status: { in: ['REQUESTED', 'SUCCEEDED'] } },
      _sum: { amountMinor: true },
    });
    const refundable = payment.amountMinor - (reserved._sum.amountMinor ?? 0);
    if (input.amount.amount > refundable) {
      throw new PaymentError('REFUND_EXCEEDS_CAPTURED', `at most ${refundable} ${payment.currency} minor units can be refunded`);
    }

    const refund = await tx.refund.create({
      data: {
        paymentId: payment.id,
        amountMinor: input.amount.amount,
        currency: input.amount.currency,
        status: 'REQUESTED',
        idempotencyKey: input.idempotencyKey,
        reason: input.reason.trim(),
        requestedBy: actor?.id ?? null,
        attemptUntil: new Date(now.getTime() + LEASE_MS),
      },
    });
    await auditPayment(tx, {
      action: 'refund.requested',
      subjectType: 'refund',
      subjectId: refund.id,
      actor,
      data: { paymentId: payment.id, orderId: payment.orderId, amountMinor: refund.amountMinor, currency: refund.currency, reason: refund.reason },
    });
    if (payment.method === 'OFFICE') {
      const done = await succeedRefund(tx, refund, payment, { via: 'office', actor }, null);
      return { kind: 'done' as const, refund: done, created: true };
    }
    return { kind: 'call' as const, payment, refund, created: true };
  }, TX_OPTIONS);

  if (step.kind === 'done') return { refund: toRefundRecord(step.refund), created: step.created };
  const refund = await callProviderAndRecord(step.payment, step.refund, actor, options.provider);
  return { refund, created: step.created };
}

/**
 * Retries refunds whose provider call never reported back (process died, provider unreachable) once
 * their lease has run out, with their original idempotency key (the provider returns the refund it
 * already made instead of making a second). Run by the `payments-resume-refunds` job.
 */
export async function resumeStuckRefunds(options: IssueRefundOptions & { limit?: number } = {}): Promise<{ resumed: number; failed: number }> {
  const now = options.now ?? new Date();
  const stuck = await db.refund.findMany({
    where: { status: 'REQUESTED', providerRefundRef: null, attemptUntil: { lte: now } },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 50,
    select: { id: true, paymentId: true },
  });
  let resumed = 0;
  let failed = 0;
  for (const { id, paymentId } of stuck) {
    const claim = await db.$transaction(async (tx) => {
      const payment = await lockPayment(tx, paymentId);
      const refund = await tx.refund.findUnique({ where: { id } });
      if (!payment || !refund || !claimable(refund, now)) return null;
      const claimed = await tx.refund.update({ where: { id }, data: { attemptUntil: new Date(now.getTime() + LEASE_MS) } });
      return { payment, refund: claimed };
    }, TX_OPTIONS);
    if (!claim) continue;
    try {
      await callProviderAndRecord(claim.payment, claim.refund, null, options.provider);
      resumed++;
    } catch (error) {
      failed++;
      console.warn(`[payments] refund ${id} still not confirmed by the provider: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { resumed, failed };
}

function claimable(refund: Refund, now: Date): boolean {
  return refund.status === 'REQUESTED' && refund.providerRefundRef === null && (refund.attemptUntil === null || refund.attemptUntil <= now);
}

async function callProviderAndRecord(payment: Payment, refund: Refund, actor: Actor | null, providerOption?: PaymentProvider): Promise<RefundRecord> {
  const provider = requireProviderFor(payment.provider as PaymentSource, providerOption ?? getPaymentProvider());
  if (!payment.providerRef) throw new PaymentError('PAYMENT_NOT_SUCCEEDED', `payment ${payment.id} has no provider reference`);
  const source = { via: 'refund-call' as const, actor };

  let result: ProviderRefundResult;
  try {
    result = await provider.refund({
      providerRef: payment.providerRef,
      amount: { amount: refund.amountMinor, currency: refund.currency },
      idempotencyKey: refund.idempotencyKey,
      reason: refund.reason,
      refundId: refund.id,
      paymentId: payment.id,
    });
  } catch (error) {
    if (isPaymentError(error, 'PROVIDER_REJECTED')) {
      return record(payment.id, refund.id, async (tx, p, r) => failRefund(tx, r, p, source, 'provider_rejected', null));
    }
    throw isPaymentError(error) ? error : new PaymentError('PROVIDER_UNAVAILABLE', String(error), { cause: error });
  }

  return record(payment.id, refund.id, async (tx, p, r) => {
    if (r.status !== 'REQUESTED') {
      // The provider's webhook got here first (the sandbox delivers it during the call).
      return r.providerRefundRef ? r : tx.refund.update({ where: { id: r.id }, data: { providerRefundRef: result.refundRef } });
    }
    if (result.status === 'succeeded') return succeedRefund(tx, r, p, source, result.refundRef);
    if (result.status === 'failed') return failRefund(tx, r, p, source, result.failureCode ?? 'provider_failed', result.refundRef);
    return tx.refund.update({ where: { id: r.id }, data: { providerRefundRef: result.refundRef, attemptUntil: null } });
  });
}

async function record(
  paymentId: string,
  refundId: string,
  change: (tx: Tx, payment: Payment, refund: Refund) => Promise<Refund>,
): Promise<RefundRecord> {
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, paymentId);
    const refund = await tx.refund.findUnique({ where: { id: refundId } });
    if (!payment || !refund) throw new PaymentError('REFUND_NOT_FOUND', refundId);
    return toRefundRecord(await change(tx, payment, refund));
  }, TX_OPTIONS);
}
