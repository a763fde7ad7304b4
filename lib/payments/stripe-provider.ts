import Stripe from 'stripe';
import type { Locale } from '../i18n/locales';
import { money } from '../money';
import { PaymentError } from './errors';
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

export type StripeProviderOptions = {
  secretKey: string;
  webhookSecret: string;
  /** tests only: e.g. http://127.0.0.1:12111 (tests/support/stripe-fake.ts) */
  apiBase?: string;
};

/**
 * Stripe Checkout Sessions in mode `payment` (decision: Checkout, not bare PaymentIntents). The
 * traveller types the card on Stripe's hosted page, so card data never reaches our server
 * (Agreement 4.2.2), and the redirect-and-return flow is the one the sandbox imitates. Every create,
 * expire and refund call carries our idempotency key; webhooks are verified with
 * `stripe.webhooks.constructEvent` (default 300 s tolerance).
 */
export function createStripeProvider(options: StripeProviderOptions): PaymentProvider {
  const stripe = createStripeClient(options.secretKey, options.apiBase);

  const provider: PaymentProvider = {
    name: 'stripe',

    async createCheckout(input: CreateCheckoutInput): Promise<CheckoutSession> {
      const metadata = { paymentId: input.paymentId, orderId: input.orderId };
      const session = await call(() =>
        stripe.checkout.sessions.create(
          {
            mode: 'payment',
            line_items: [
              {
                quantity: 1,
                price_data: {
                  currency: input.amount.currency.toLowerCase(),
                  unit_amount: input.amount.amount,
                  product_data: { name: input.description },
                },
              },
            ],
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            client_reference_id: input.orderId,
            ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
            locale: stripeLocale(input.locale),
            expires_at: Math.floor(clampExpiry(input.expiresAt).getTime() / 1000),
            metadata,
            payment_intent_data: { metadata },
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      if (!session.url) throw new PaymentError('PROVIDER_REJECTED', `checkout session ${session.id} has no URL`);
      return { providerRef: session.id, redirectUrl: session.url, expiresAt: new Date(session.expires_at * 1000) };
    },

    async retrieve(providerRef: string): Promise<ProviderCheckoutState> {
      const session = await call(() => stripe.checkout.sessions.retrieve(providerRef));
      const amount = session.amount_total != null && session.currency ? money(session.amount_total, session.currency.toUpperCase()) : null;
      const status =
        session.payment_status === 'paid' || session.payment_status === 'no_payment_required'
          ? 'succeeded'
          : session.status === 'expired'
            ? 'expired'
            : 'open';
      return { providerRef: session.id, status, amount };
    },

    async cancel(providerRef: string): Promise<void> {
      try {
        await call(() => stripe.checkout.sessions.expire(providerRef, {}, { idempotencyKey: `expire:${providerRef}` }));
      } catch (error) {
        // Stripe refuses to expire a session that is complete (paid) or already expired.
        if (error instanceof PaymentError && error.code === 'PROVIDER_REJECTED') {
          const state = await provider.retrieve(providerRef);
          if (state.status === 'expired') return;
          throw new PaymentError('NOT_CANCELLABLE', `checkout session ${providerRef} is ${state.status}`, { cause: error });
        }
        throw error;
      }
    },

    async refund(input: ProviderRefundInput): Promise<ProviderRefundResult> {
      const session = await call(() => stripe.checkout.sessions.retrieve(input.providerRef));
      const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
      if (!paymentIntent) throw new PaymentError('PROVIDER_REJECTED', `checkout session ${input.providerRef} has no payment`);
      const refund = await call(() =>
        stripe.refunds.create(
          {
            payment_intent: paymentIntent,
            amount: input.amount.amount,
            reason: 'requested_by_customer',
            metadata: { refundId: input.refundId, paymentId: input.paymentId, reason: input.reason.slice(0, 500) },
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending';
      return { refundRef: refund.id, status, ...(refund.failure_reason ? { failureCode: refund.failure_reason } : {}) };
    },

    verifyWebhook(rawBody: string | Buffer, signatureHeader: string | null | undefined): PaymentEvent {
      if (!signatureHeader) throw new PaymentError('INVALID_SIGNATURE', 'no Stripe-Signature header');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signatureHeader, options.webhookSecret);
      } catch (error) {
        throw new PaymentError('INVALID_SIGNATURE', 'Stripe signature verification failed', { cause: error });
      }
      return normalizeStripeLikeEvent('stripe', event);
    },
  };
  return provider;
}

function createStripeClient(secretKey: string, apiBase?: string): Stripe {
  if (!apiBase) return new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
  const url = new URL(apiBase);
  return new Stripe(secretKey, {
    host: url.hostname,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 0,
    telemetry: false,
    timeout: 20_000,
  });
}

/** Stripe Checkout speaks English and Russian; Azerbaijani and Kazakh readers get the browser's language. */
function stripeLocale(locale: Locale): 'en' | 'ru' | 'auto' {
  return locale === 'en' || locale === 'ru' ? locale : 'auto';
}

const MIN_EXPIRY_MS = 31 * 60 * 1000;
const MAX_EXPIRY_MS = 23.5 * 60 * 60 * 1000;

/** Stripe accepts expires_at between 30 minutes and 24 hours from now. */
export function clampExpiry(expiresAt: Date, now = Date.now()): Date {
  return new Date(Math.min(Math.max(expiresAt.getTime(), now + MIN_EXPIRY_MS), now + MAX_EXPIRY_MS));
}

/** Turns Stripe's errors into ours: definitive refusals vs. outcomes we cannot know yet. */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      const unknownOutcome =
        error instanceof Stripe.errors.StripeConnectionError ||
        error instanceof Stripe.errors.StripeAPIError ||
        error instanceof Stripe.errors.StripeRateLimitError ||
        (error.statusCode !== undefined && error.statusCode >= 500) ||
        error.statusCode === 409;
      const detail = `${error.type}${error.code ? ` ${error.code}` : ''}: ${error.message}`;
      throw new PaymentError(unknownOutcome ? 'PROVIDER_UNAVAILABLE' : 'PROVIDER_REJECTED', detail, { cause: error });
    }
    throw new PaymentError('PROVIDER_UNAVAILABLE', error instanceof Error ? error.message : String(error), { cause: error });
  }
}
