import 'server-only';
import { db } from '../../db/client';
import { handlePaymentWebhook } from '../handle-payment-webhook';
import type { PaymentProvider } from '../types';

export type DeliverSandboxEventsResult = { delivered: number; failed: number };

/** Like Stripe, which gives up after three days of retries: a minutely job stops after this many. */
const MAX_ATTEMPTS = 100;

/**
 * Signs each undelivered sandbox event and hands it to the webhook handler, as Stripe would POST it.
 * A failed delivery stays undelivered and is retried by the `payments-sandbox-tick` job, like
 * Stripe's retries; redelivering an applied event is harmless (the handler ignores duplicates).
 */
/** `provider` is the sandbox provider (lib/payments/sandbox-provider.ts), which calls this: only what is needed is named, so the two do not import each other. */
export async function deliverSandboxEvents(provider: PaymentProvider & { sign(payload: string): string }, options: { ids?: string[]; limit?: number } = {}): Promise<DeliverSandboxEventsResult> {
  const events = await db.sandboxEvent.findMany({
    where: { deliveredAt: null, ...(options.ids ? { id: { in: options.ids } } : { attempts: { lt: MAX_ATTEMPTS } }) },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 100,
  });
  let delivered = 0;
  let failed = 0;
  for (const event of events) {
    await db.sandboxEvent.update({ where: { id: event.id }, data: { attempts: { increment: 1 } } });
    try {
      await handlePaymentWebhook({ rawBody: event.payload, signature: provider.sign(event.payload), provider });
      await db.sandboxEvent.update({ where: { id: event.id }, data: { deliveredAt: new Date() } });
      delivered++;
    } catch (error) {
      failed++;
      console.warn(`[payments] sandbox event ${event.id} (${event.type}) not delivered, will retry: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { delivered, failed };
}
