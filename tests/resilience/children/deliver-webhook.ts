/**
 * A "web process" of scenario (b): receives the same signed payment-completed webhook `count` times at
 * once through the real webhook handler, then runs issuing and the outbox as its worker loops would.
 * Prints one JSON line with the handler's outcomes.
 */
import { readFileSync } from 'node:fs';
import { nextStdinLine } from '../support/processes';

const { registerFeatures } = await import('@/lib/jobs/register-features');
const { handlePaymentWebhook, getSandboxProvider } = await import('@/lib/payments');
const { issuePaidOrders } = await import('@/lib/fulfilment/issue-paid-orders');
const { sendDueOutboxMessages } = await import('@/lib/mail/outbox/send-outbox');
const { db } = await import('@/lib/db/client');

const { rawBody, signature } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { rawBody: string; signature: string };
const count = Number(process.argv[3]);
registerFeatures();
const provider = getSandboxProvider()!;
// Open the pool's connections before the burst (a fresh connection costs a PostgreSQL fork).
await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`SELECT 1 FROM pg_sleep(0.05)`));
console.log('ready');
await nextStdinLine();
let redelivered = 0;
/** Like Stripe: a delivery the endpoint did not answer with 2xx is sent again (here at once, up to 5 times). */
async function deliver(attempt = 1): Promise<Awaited<ReturnType<typeof handlePaymentWebhook>>> {
  try {
    return await handlePaymentWebhook({ rawBody, signature, provider });
  } catch (error) {
    if (attempt >= 5) throw error;
    redelivered++;
    return deliver(attempt + 1);
  }
}
const deliveries = await Promise.allSettled(Array.from({ length: count }, () => deliver()));
const outcomes: Record<string, number> = {};
for (const d of deliveries) {
  const key = d.status === 'fulfilled' ? JSON.stringify({ ...d.value, event: undefined }) : `error: ${String(d.reason)}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}
// Both processes' loops come round at the same moment.
await Promise.all([issuePaidOrders(), issuePaidOrders(), sendDueOutboxMessages(), sendDueOutboxMessages()]);
await Promise.all([issuePaidOrders(), sendDueOutboxMessages()]);
console.log(JSON.stringify({ outcomes, redelivered }));
await db.$disconnect();
