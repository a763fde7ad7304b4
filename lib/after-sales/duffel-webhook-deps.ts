import 'server-only';
/**
 * The webhook route's dependencies, built once per process from the environment: the secret
 * (DUFFEL_WEBHOOK_SECRET), the event ids already accepted (in memory: a replay across a restart is still
 * refused by the 5-minute age limit) and a Duffel client to read the changed order.
 */
import { supplierEnv } from '@/lib/env';
import { createDuffelContext, type DuffelContext } from '@/lib/inventory/duffel/context';
import { memorySeenEvents } from '@/lib/inventory/duffel/verify-webhook';
import { handleDuffelWebhook, type WebhookOutcome } from './duffel-webhook';

const seen = memorySeenEvents();
let ctx: DuffelContext | undefined;

export function duffelWebhookHandler(): ((rawBody: string, signature: string | null) => Promise<WebhookOutcome>) | null {
  const secret = process.env.DUFFEL_WEBHOOK_SECRET;
  const config = supplierEnv();
  if (!secret || secret.length < 16 || !config.DUFFEL_ACCESS_TOKEN) return null;
  ctx ??= createDuffelContext('duffel-webhooks', { token: config.DUFFEL_ACCESS_TOKEN, basePath: config.DUFFEL_API_URL });
  return (rawBody, signature) => handleDuffelWebhook(rawBody, signature, { secret, seen, ctx: ctx! });
}
