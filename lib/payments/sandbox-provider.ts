import 'server-only';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { db } from '../db/client';
import type { SandboxCheckoutSession } from '../db/generated/client';
import { money } from '../money';
import { PaymentError } from './errors';
import { deliverSandboxEvents } from './sandbox/deliver-sandbox-events';
import { signStripeStyle } from './sandbox/sandbox-secret';
import { normalizeStripeLikeEvent } from './stripe-events';
import type {
  CheckoutSession,
  CreateCheckoutInput,
  PaymentEvent,
  PaymentProvider,
  ProviderCheckoutState,
  ProviderRefundInput,
  ProviderRefundResult,
} from './types';

export type SandboxProvider = PaymentProvider & {
  readonly name: 'sandbox';
  /** signs a payload as the sandbox's webhooks are signed (Stripe's scheme) */
  sign(payload: string, timestamp?: number): string;
  /** records a sandbox event and delivers it to the webhook handler in this process */
  emit(type: string, object: Record<string, unknown>): Promise<string>;
};

export type SandboxProviderOptions = {
  webhookSecret: string;
  /** deliver emitted events at once (default); tests may turn it off and deliver by hand */
  autoDeliver?: boolean;
};

/**
 * The embedded default's card provider, playing Stripe Checkout's part: createCheckout opens a
 * session whose hosted test page is /<locale>/sandbox-pay/<id> (app/[locale]/sandbox-pay), the page
 * completes it (complete-sandbox-checkout.ts), and every outcome reaches the order code as a
 * Stripe-shaped event, signed with Stripe's scheme and passed to the same webhook handler as
 * Stripe's. Its state lives in the sandbox_* tables, as Stripe's lives at Stripe. Refunds succeed at
 * once and emit refund events. Idempotency keys behave like Stripe's: the same key returns the same
 * session or refund; the same key with different parameters is refused.
 */
export function createSandboxProvider(options: SandboxProviderOptions): SandboxProvider {
  const autoDeliver = options.autoDeliver ?? true;

  const provider: SandboxProvider = {
    name: 'sandbox',

    async createCheckout(input: CreateCheckoutInput): Promise<CheckoutSession> {
      await db.sandboxCheckoutSession.createMany({
        data: [
          {
            id: `sbx_cs_${randomBytes(18).toString('base64url')}`,
            idempotencyKey: input.idempotencyKey,
            paymentId: input.paymentId,
            orderId: input.orderId,
            amountMinor: input.amount.amount,
            currency: input.amount.currency,
            description: input.description,
            successUrl: input.successUrl,
            cancelUrl: input.cancelUrl,
            locale: input.locale,
            expiresAt: input.expiresAt,
          },
        ],
        skipDuplicates: true,
      });
      const session = await db.sandboxCheckoutSession.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
      if (session.paymentId !== input.paymentId || session.amountMinor !== input.amount.amount || session.currency !== input.amount.currency) {
        throw new PaymentError('PROVIDER_REJECTED', `idempotency key ${input.idempotencyKey} was used with different parameters`);
      }
      return { providerRef: session.id, redirectUrl: `/${session.locale}/sandbox-pay/${session.id}`, expiresAt: session.expiresAt };
    },

    async retrieve(providerRef: string): Promise<ProviderCheckoutState> {
      const session = await db.sandboxCheckoutSession.findUnique({ where: { id: providerRef } });
      if (!session) throw new PaymentError('PROVIDER_REJECTED', `no sandbox session ${providerRef}`);
      const status =
        session.status === 'complete'
          ? 'succeeded'
          : session.status === 'declined'
            ? 'failed'
            : session.status === 'expired' || session.expiresAt <= new Date()
              ? 'expired'
              : 'open';
      return { providerRef, status, amount: money(session.amountMinor, session.currency) };
    },

    async cancel(providerRef: string): Promise<void> {
      const expired = await db.sandboxCheckoutSession.updateManyAndReturn({
        where: { id: providerRef, status: 'open' },
        data: { status: 'expired', completedAt: new Date() },
      });
      if (expired[0]) {
        await provider.emit('checkout.session.expired', sessionObject(expired[0]));
        return;
      }
      const session = await db.sandboxCheckoutSession.findUnique({ where: { id: providerRef } });
      if (!session) throw new PaymentError('PROVIDER_REJECTED', `no sandbox session ${providerRef}`);
      if (session.status === 'complete') throw new PaymentError('NOT_CANCELLABLE', `sandbox session ${providerRef} is paid`);
    },

    async refund(input: ProviderRefundInput): Promise<ProviderRefundResult> {
      const result = await db.$transaction(async (tx) => {
        const existing = await tx.sandboxRefund.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
        if (existing) {
          if (existing.sessionId !== input.providerRef || existing.amountMinor !== input.amount.amount) {
            throw new PaymentError('PROVIDER_REJECTED', `idempotency key ${input.idempotencyKey} was used with different parameters`);
          }
          return { refund: existing, created: false };
        }
        const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sandbox_checkout_sessions WHERE id = ${input.providerRef} FOR UPDATE`;
        const session = locked.length ? await tx.sandboxCheckoutSession.findUnique({ where: { id: input.providerRef } }) : null;
        if (!session || session.status !== 'complete') throw new PaymentError('PROVIDER_REJECTED', `sandbox session ${input.providerRef} was not paid`);
        if (input.amount.currency !== session.currency) throw new PaymentError('PROVIDER_REJECTED', 'refund currency differs from the charge');
        const refunded = await tx.sandboxRefund.aggregate({ where: { sessionId: session.id, status: 'succeeded' }, _sum: { amountMinor: true } });
        if ((refunded._sum.amountMinor ?? 0) + input.amount.amount > session.amountMinor) {
          throw new PaymentError('PROVIDER_REJECTED', 'amount_too_large: refund exceeds the charge');
        }
        const refund = await tx.sandboxRefund.create({
          data: {
            id: `sbx_re_${randomBytes(12).toString('base64url')}`,
            idempotencyKey: input.idempotencyKey,
            sessionId: session.id,
            amountMinor: input.amount.amount,
            currency: input.amount.currency,
            refundId: input.refundId,
            status: 'succeeded',
          },
        });
        return { refund, created: true };
      });
      if (result.created) {
        await provider.emit('refund.updated', {
          id: result.refund.id,
          object: 'refund',
          amount: result.refund.amountMinor,
          currency: result.refund.currency.toLowerCase(),
          status: result.refund.status,
          payment_intent: `sbx_pi_${input.providerRef}`,
          metadata: { refundId: input.refundId, paymentId: input.paymentId },
          created: Math.floor(result.refund.createdAt.getTime() / 1000),
        });
      }
      return { refundRef: result.refund.id, status: 'succeeded' };
    },

    verifyWebhook(rawBody: string | Buffer, signatureHeader: string | null | undefined): PaymentEvent {
      if (!signatureHeader) throw new PaymentError('INVALID_SIGNATURE', 'no signature header');
      let event: unknown;
      try {
        // Stripe's own verifier: the sandbox's scheme is Stripe's, byte for byte.
        event = Stripe.webhooks.constructEvent(rawBody, signatureHeader, options.webhookSecret);
      } catch (error) {
        throw new PaymentError('INVALID_SIGNATURE', 'sandbox signature verification failed', { cause: error });
      }
      return normalizeStripeLikeEvent('sandbox', event);
    },

    sign(payload: string, timestamp?: number): string {
      return signStripeStyle(payload, options.webhookSecret, timestamp);
    },

    async emit(type: string, object: Record<string, unknown>): Promise<string> {
      const id = `evt_sbx_${randomBytes(12).toString('base64url')}`;
      const payload = JSON.stringify({
        id,
        object: 'event',
        api_version: 'sandbox',
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        type,
        data: { object },
      });
      await db.sandboxEvent.create({ data: { id, type, payload } });
      if (autoDeliver) await deliverSandboxEvents(provider, { ids: [id] });
      return id;
    },
  };
  return provider;
}

/** A sandbox session in the shape of a Stripe Checkout Session object. */
export function sessionObject(session: SandboxCheckoutSession): Record<string, unknown> {
  return {
    id: session.id,
    object: 'checkout.session',
    mode: 'payment',
    status: session.status === 'declined' ? 'open' : session.status,
    payment_status: session.status === 'complete' ? 'paid' : 'unpaid',
    amount_total: session.amountMinor,
    currency: session.currency.toLowerCase(),
    client_reference_id: session.orderId,
    metadata: { paymentId: session.paymentId, orderId: session.orderId },
    expires_at: Math.floor(session.expiresAt.getTime() / 1000),
  };
}
