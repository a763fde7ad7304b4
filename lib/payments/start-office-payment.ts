import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db/client';
import type { Payment } from '../db/generated/client';
import { isKnownCurrency, type Money } from '../money';
import { auditPayment } from './audit';
import { cancelAtProvider } from './cancel-at-provider';
import { PaymentError } from './errors';
import { lockOrderPayments, lockPayment, TX_OPTIONS } from './locks';
import { getPaymentProvider } from './provider';
import { toPaymentRecord } from './records';
import { closePayment } from './transitions';
import type { Actor, PaymentProvider, PaymentRecord } from './types';

export type StartOfficePaymentInput = {
  orderId: string;
  amount: Money;
  /** the order stays held until then; support marks it paid before it (Agreement 4.1) */
  deadlineAt: Date;
  actor?: Actor | null;
};

const inputSchema = z.object({
  orderId: z.uuid(),
  amount: z.object({ amount: z.number().int().positive(), currency: z.string().refine(isKnownCurrency, 'unknown currency') }),
  deadlineAt: z.date(),
});

/**
 * "Pay at our office" (Agreement 4.1): a PENDING payment with method OFFICE and a deadline; no
 * provider is involved. Support confirms it with markPaidAtOffice; the hold-release job cancels it
 * after the deadline (cancelOpenPayments). Like startPayment it is serialised per order, returns the
 * open office payment of the same amount again, and cancels an open card payment first.
 */
export async function startOfficePayment(
  input: StartOfficePaymentInput,
  options: { provider?: PaymentProvider; now?: Date } = {},
): Promise<{ payment: PaymentRecord; reused: boolean }> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new PaymentError('INVALID_INPUT', z.prettifyError(parsed.error));
  const now = options.now ?? new Date();
  if (input.deadlineAt <= now) throw new PaymentError('INVALID_INPUT', 'deadlineAt must be in the future');

  const result = await db.$transaction(async (tx) => {
    await lockOrderPayments(tx, input.orderId);
    const candidates = await tx.payment.findMany({
      where: { orderId: input.orderId, status: { in: ['CREATED', 'PENDING', 'SUCCEEDED'] } },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    const superseded: Payment[] = [];
    for (const { id } of candidates) {
      const payment = await lockPayment(tx, id);
      if (!payment) continue;
      if (payment.status === 'SUCCEEDED') throw new PaymentError('ALREADY_PAID', `order ${input.orderId} is paid`);
      if (payment.method === 'OFFICE' && payment.amountMinor === input.amount.amount && payment.currency === input.amount.currency) {
        return { payment, reused: true, superseded };
      }
      const closed = await closePayment(tx, payment, 'CANCELLED', 'superseded', { via: 'start', actor: input.actor ?? null });
      if (closed) superseded.push(closed);
    }
    const id = randomUUID();
    const payment = await tx.payment.create({
      data: {
        id,
        orderId: input.orderId,
        method: 'OFFICE',
        provider: 'office',
        amountMinor: input.amount.amount,
        currency: input.amount.currency,
        status: 'PENDING',
        idempotencyKey: `payment:${id}`,
        deadlineAt: input.deadlineAt,
      },
    });
    await auditPayment(tx, {
      action: 'payment.started',
      subjectType: 'payment',
      subjectId: id,
      actor: input.actor ?? null,
      data: { orderId: input.orderId, method: 'OFFICE', amountMinor: input.amount.amount, currency: input.amount.currency, deadlineAt: input.deadlineAt.toISOString() },
    });
    return { payment, reused: false, superseded };
  }, TX_OPTIONS);

  if (result.superseded.some((p) => p.method === 'CARD')) await cancelAtProvider(result.superseded, options.provider ?? getPaymentProvider());
  return { payment: toPaymentRecord(result.payment), reused: result.reused };
}
