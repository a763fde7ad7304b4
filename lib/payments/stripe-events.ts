import { z } from 'zod';
import { isKnownCurrency, money, type Money } from '../money';
import { PaymentError } from './errors';
import type { PaymentEvent, PaymentEventType, ProviderName } from './types';

/**
 * Reads a Stripe-shaped event (Stripe's own, or the sandbox's, which copies the shape) into a
 * PaymentEvent. Which Stripe events mean what, for Checkout Sessions in mode `payment`:
 * - checkout.session.completed: paid (payment_status 'paid'), or still processing for delayed methods;
 * - checkout.session.async_payment_succeeded / _failed: the final word for delayed methods;
 * - checkout.session.expired: nobody paid before expires_at (or we expired it);
 * - refund.created / refund.updated / refund.failed: a refund's status.
 * A card decline inside Stripe Checkout is not terminal (the traveller may try another card on the
 * same page), so payment_intent.payment_failed is ignored; the session expires if nobody pays.
 */
const metadata = z.record(z.string(), z.string()).nullish();

const eventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  created: z.number().int(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

const sessionSchema = z.object({
  id: z.string().min(1),
  object: z.literal('checkout.session'),
  payment_status: z.string().nullish(),
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  metadata,
});

const refundSchema = z.object({
  id: z.string().min(1),
  object: z.literal('refund'),
  status: z.string().nullish(),
  amount: z.number().int(),
  currency: z.string(),
  failure_reason: z.string().nullish(),
  metadata,
});

function toMoney(amount: number | null | undefined, currency: string | null | undefined): Money | null {
  if (amount == null || !currency) return null;
  const code = currency.toUpperCase();
  return isKnownCurrency(code) ? money(amount, code) : null;
}

export function normalizeStripeLikeEvent(provider: ProviderName, raw: unknown): PaymentEvent {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) throw new PaymentError('INVALID_PAYLOAD', 'not a provider event');
  const event = parsed.data;
  const base: PaymentEvent = {
    id: event.id,
    provider,
    type: 'ignored',
    providerType: event.type,
    providerRef: null,
    paymentId: null,
    refundRef: null,
    refundId: null,
    amount: null,
    occurredAt: new Date(event.created * 1000),
    failureCode: null,
  };

  if (event.type.startsWith('checkout.session.')) {
    const session = sessionSchema.safeParse(event.data.object);
    if (!session.success) throw new PaymentError('INVALID_PAYLOAD', `${event.type} without a checkout session`);
    const s = session.data;
    const type = checkoutEventType(event.type, s.payment_status ?? null);
    return {
      ...base,
      type,
      providerRef: s.id,
      paymentId: s.metadata?.paymentId ?? null,
      amount: toMoney(s.amount_total, s.currency),
      failureCode: type === 'payment.failed' ? 'async_payment_failed' : null,
    };
  }

  if (event.type === 'refund.created' || event.type === 'refund.updated' || event.type === 'refund.failed') {
    const refund = refundSchema.safeParse(event.data.object);
    if (!refund.success) throw new PaymentError('INVALID_PAYLOAD', `${event.type} without a refund`);
    const r = refund.data;
    return {
      ...base,
      type: refundEventType(r.status ?? null),
      refundRef: r.id,
      refundId: r.metadata?.refundId ?? null,
      paymentId: r.metadata?.paymentId ?? null,
      amount: toMoney(r.amount, r.currency),
      failureCode: r.failure_reason ?? null,
    };
  }

  return base;
}

function checkoutEventType(type: string, paymentStatus: string | null): PaymentEventType {
  switch (type) {
    case 'checkout.session.completed':
      return paymentStatus === 'paid' || paymentStatus === 'no_payment_required' ? 'payment.succeeded' : 'payment.pending';
    case 'checkout.session.async_payment_succeeded':
      return 'payment.succeeded';
    case 'checkout.session.async_payment_failed':
      return 'payment.failed';
    case 'checkout.session.expired':
      return 'payment.expired';
    default:
      return 'ignored';
  }
}

function refundEventType(status: string | null): PaymentEventType {
  if (status === 'succeeded') return 'refund.succeeded';
  if (status === 'failed' || status === 'canceled') return 'refund.failed';
  return 'refund.pending';
}
