import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The sandbox's webhook signing secret, derived from AUTH_SECRET (HKDF-SHA256) so the embedded default
 * needs no extra variable and the secret survives restarts with .data/secrets.json. It signs test
 * events only; production runs Stripe with STRIPE_WEBHOOK_SECRET.
 */
export function deriveSandboxWebhookSecret(authSecret: string): string {
  const key = hkdfSync('sha256', authSecret, 'karvan', 'sandbox-payments-webhook-v1', 32);
  return `whsec_sbx_${Buffer.from(key).toString('base64url')}`;
}

/** Stripe's scheme: header `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signStripeStyle(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
