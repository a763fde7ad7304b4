import { registerJob } from '../jobs/registry';
import { resumeStuckRefunds } from './issue-refund';
import { getSandboxProvider } from './provider';
import { deliverSandboxEvents } from './sandbox/deliver-sandbox-events';
import { expireSandboxSessions } from './sandbox/expire-sandbox-sessions';

/** The payments subsystem's own jobs (registered by lib/jobs/register-features.ts). */
export function registerPaymentJobs(): void {
  // Refunds whose provider call never reported back: retried with their idempotency key.
  registerJob('payments-resume-refunds', async () => {
    await resumeStuckRefunds();
  }, { schedule: '*/5 * * * *' });

  // Sandbox only: expire unpaid test sessions and redeliver undelivered test events, as Stripe would.
  registerJob('payments-sandbox-tick', async () => {
    const sandbox = getSandboxProvider();
    if (!sandbox) return;
    await expireSandboxSessions(sandbox);
    await deliverSandboxEvents(sandbox);
  }, { schedule: '* * * * *' });
}
