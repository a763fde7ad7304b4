import { registerJob, registerLoop } from '@/lib/jobs/registry';
import { sendDueOutboxMessages } from './send-outbox';

const SEND_OUTBOX_JOB = 'mail-send-outbox';

/**
 * The outbox sender: every worker process checks for due messages every 2 seconds (cheap: one indexed
 * query), and a once-a-minute job does the same in case no loop runs (a worker started with a `jobs` filter).
 */
export function registerMailOutbox(): void {
  registerLoop(SEND_OUTBOX_JOB, async () => void (await sendDueOutboxMessages()), 2_000);
  registerJob(SEND_OUTBOX_JOB, async () => void (await sendDueOutboxMessages()), { schedule: '* * * * *' });
}
