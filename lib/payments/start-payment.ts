import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '../db/client';
import type { Payment } from '../db/generated/client';
import { locales, type Locale } from '../i18n/locales';
import { isKnownCurrency, type Money } from '../money';
import { auditPayment } from './audit';
import { cancelAtProvider } from './cancel-at-provider';
import { PaymentError, isPaymentError } from './errors';
import { lockOrderPayments, lockPayment, TX_OPTIONS } from './locks';
import { getPaymentProvider } from './provider';
import { toPaymentRecord } from './records';
import { closePayment } from './transitions';
import type { Actor, PaymentProvider, PaymentRecord } from './types';

export type StartPaymentInput = {
  orderId: string;
  amount: Money;
  /** shown on the hosted page, e.g. "Karvan order KRV-7K3Q9P" */
  description: string;
  /** absolute URLs; `{CHECKOUT_SESSION_ID}` is filled in by the provider */
  successUrl: string;
  cancelUrl: string;
  customerEmail?: string;
  locale: Locale;
  /** the hold's expiry: the session cannot be paid after it (default: 1 hour) */
  expiresAt?: Date;
  actor?: Actor | null;
};

export type StartPaymentOptions = { provider?: PaymentProvider; now?: Date };

export type StartPaymentResult = {
  payment: PaymentRecord;
  /** send the browser here (next/navigation `redirect`, not the locale-aware one: it is absolute or already localized) */
  redirectUrl: string;
  /** true when an open payment of the same amount was returned instead of a new one (double click) */
  reused: boolean;
};

const moneySchema = z.object({
  amount: z.number().int().positive(),
  currency: z.string().refine(isKnownCurrency, 'unknown currency'),
});

const inputSchema = z.object({
  orderId: z.uuid(),
  amount: moneySchema,
  description: z.string().trim().min(1).max(250),
  successUrl: z.url({ protocol: /^https?$/ }),
  cancelUrl: z.url({ protocol: /^https?$/ }),
  customerEmail: z.email().optional(),
  locale: z.enum(locales),
  expiresAt: z.date().optional(),
});

/** An open payment younger than this whose provider call has not returned is still in flight. */
const IN_FLIGHT_MS = 60_000;
/** A session that expires sooner than this is not handed out again. */
const REUSE_MARGIN_MS = 2 * 60_000;
const WAIT_FOR_IN_FLIGHT_MS = 25_000;

/**
 * Starts (or resumes) the card payment of an order and returns where to send the traveller.
 *
 * Double-click safe: starts for one order are serialised by an advisory lock; while a PENDING payment
 * of the same amount is open its redirect is returned again (reused: true), and a second call that
 * arrives while the first is still talking to the provider waits for it. So one order never has two
 * open provider sessions. An open payment of another amount (the order changed) or another method is
 * cancelled first. No transaction is held during the provider call: the payment row is written
 * CREATED, the provider is called with the row's idempotency key, then the row becomes PENDING.
 *
 * Throws PaymentError: INVALID_INPUT, ALREADY_PAID (the order has a SUCCEEDED payment),
 * PROVIDER_REJECTED / PROVIDER_UNAVAILABLE (the payment is then FAILED; calling again starts anew).
 */
export async function startPayment(input: StartPaymentInput, options: StartPaymentOptions = {}): Promise<StartPaymentResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new PaymentError('INVALID_INPUT', z.prettifyError(parsed.error));
  const data = parsed.data;
  const actor = input.actor ?? null;
  const provider = options.provider ?? getPaymentProvider();
  const now = options.now ?? new Date();
  const expiresAt = data.expiresAt ?? new Date(now.getTime() + 60 * 60_000);

  const decision = await db.$transaction(async (tx) => {
    await lockOrderPayments(tx, data.orderId);
    const candidates = await tx.payment.findMany({
      where: { orderId: data.orderId, status: { in: ['CREATED', 'PENDING', 'SUCCEEDED'] } },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    // Row locks too: a webhook may be changing one of them right now (it takes only the row lock).
    const payments: Payment[] = [];
    for (const { id } of candidates) {
      const locked = await lockPayment(tx, id);
      if (locked) payments.push(locked);
    }
    if (payments.some((p) => p.status === 'SUCCEEDED')) throw new PaymentError('ALREADY_PAID', `order ${data.orderId} is paid`);

    const superseded: Payment[] = [];
    for (const payment of payments) {
      const same = payment.method === 'CARD' && payment.provider === provider.name && payment.amountMinor === data.amount.amount && payment.currency === data.amount.currency;
      if (same && payment.status === 'PENDING' && payment.redirectUrl && (!payment.deadlineAt || payment.deadlineAt.getTime() > now.getTime() + REUSE_MARGIN_MS)) {
        return { kind: 'reuse' as const, payment };
      }
      if (same && payment.status === 'CREATED' && payment.createdAt.getTime() > now.getTime() - IN_FLIGHT_MS) {
        return { kind: 'wait' as const, payment };
      }
      await closePayment(tx, payment, 'CANCELLED', 'superseded', { via: 'start', actor: actor });
      superseded.push(payment);
    }

    const id = randomUUID();
    const payment = await tx.payment.create({
      data: {
        id,
        orderId: data.orderId,
        method: 'CARD',
        provider: provider.name,
        amountMinor: data.amount.amount,
        currency: data.amount.currency,
        status: 'CREATED',
        idempotencyKey: `payment:${id}`,
        deadlineAt: expiresAt,
      },
    });
    await auditPayment(tx, {
      action: 'payment.started',
      subjectType: 'payment',
      subjectId: id,
      actor: actor,
      data: { orderId: data.orderId, method: 'CARD', provider: provider.name, amountMinor: data.amount.amount, currency: data.amount.currency },
    });
    return { kind: 'create' as const, payment, superseded };
  }, TX_OPTIONS);

  if (decision.kind === 'reuse') return { payment: toPaymentRecord(decision.payment), redirectUrl: decision.payment.redirectUrl!, reused: true };
  if (decision.kind === 'wait') return waitForInFlight(decision.payment.id);

  await cancelAtProvider(decision.superseded, provider);

  const payment = decision.payment;
  let session;
  try {
    session = await provider.createCheckout({
      paymentId: payment.id,
      orderId: payment.orderId,
      amount: data.amount,
      description: data.description,
      successUrl: data.successUrl,
      cancelUrl: data.cancelUrl,
      ...(data.customerEmail ? { customerEmail: data.customerEmail } : {}),
      locale: data.locale,
      idempotencyKey: payment.idempotencyKey,
      expiresAt,
    });
  } catch (error) {
    const code = isPaymentError(error) ? error.code : 'PROVIDER_UNAVAILABLE';
    await db.$transaction(async (tx) => {
      const locked = await lockPayment(tx, payment.id);
      if (locked) await closePayment(tx, locked, 'FAILED', code, { via: 'start', actor: actor });
    }, TX_OPTIONS);
    throw isPaymentError(error) ? error : new PaymentError('PROVIDER_UNAVAILABLE', String(error), { cause: error });
  }

  const stored = await db.$transaction(async (tx) => {
    const locked = await lockPayment(tx, payment.id);
    if (!locked) throw new PaymentError('PAYMENT_NOT_FOUND', payment.id);
    return tx.payment.update({
      where: { id: payment.id },
      data: {
        providerRef: session.providerRef,
        redirectUrl: session.redirectUrl,
        deadlineAt: session.expiresAt,
        // A webhook may already have moved it (paid at once), or a newer start cancelled it.
        ...(locked.status === 'CREATED' ? { status: 'PENDING' as const } : {}),
      },
    });
  }, TX_OPTIONS);

  if (stored.status === 'CANCELLED') {
    await cancelAtProvider([stored], provider);
    throw new PaymentError('PAYMENT_NOT_OPEN', `payment ${stored.id} was superseded while it started`);
  }
  return { payment: toPaymentRecord(stored), redirectUrl: session.redirectUrl, reused: false };
}

async function waitForInFlight(paymentId: string): Promise<StartPaymentResult> {
  const deadline = Date.now() + WAIT_FOR_IN_FLIGHT_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const payment = await db.payment.findUnique({ where: { id: paymentId } });
    if (!payment) break;
    if (payment.status === 'CREATED') continue;
    if (payment.redirectUrl && (payment.status === 'PENDING' || payment.status === 'SUCCEEDED')) {
      return { payment: toPaymentRecord(payment), redirectUrl: payment.redirectUrl, reused: true };
    }
    throw new PaymentError(payment.failureCode === 'PROVIDER_REJECTED' ? 'PROVIDER_REJECTED' : 'PROVIDER_UNAVAILABLE', `payment ${paymentId} could not be started`);
  }
  throw new PaymentError('PROVIDER_UNAVAILABLE', `payment ${paymentId} is still starting`);
}
