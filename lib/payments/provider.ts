import 'server-only';
import { env } from '../env';
import { PaymentError } from './errors';
import { deriveSandboxWebhookSecret } from './sandbox/sandbox-secret';
import { createSandboxProvider, type SandboxProvider } from './sandbox-provider';
import { createStripeProvider } from './stripe-provider';
import type { PaymentProvider, PaymentSource } from './types';

let configured: PaymentProvider | undefined;

/**
 * The provider of this process: Stripe when STRIPE_SECRET_KEY is set (production requires it, see
 * lib/env.ts), otherwise the sandbox (embedded default). STRIPE_API_BASE points the real SDK at a
 * local fake and is honoured only outside NODE_ENV=production (tests).
 */
export function getPaymentProvider(): PaymentProvider {
  if (configured) return configured;
  const e = env();
  if (e.STRIPE_SECRET_KEY) {
    const apiBase = process.env.NODE_ENV === 'production' ? undefined : process.env.STRIPE_API_BASE || undefined;
    configured = createStripeProvider({ secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET ?? '', ...(apiBase ? { apiBase } : {}) });
  } else {
    configured = createSandboxProvider({ webhookSecret: deriveSandboxWebhookSecret(e.AUTH_SECRET) });
  }
  return configured;
}

/** The sandbox provider, or null when this process pays through Stripe (the test page is then a 404). */
export function getSandboxProvider(): SandboxProvider | null {
  const provider = getPaymentProvider();
  return provider.name === 'sandbox' ? (provider as SandboxProvider) : null;
}

/** The provider that took a payment; refunds and cancellations must go back to it. */
export function requireProviderFor(source: PaymentSource, provider: PaymentProvider = getPaymentProvider()): PaymentProvider {
  if (source !== provider.name) {
    throw new PaymentError('PROVIDER_MISMATCH', `payment was made with ${source}, but this process uses ${provider.name}`);
  }
  return provider;
}
