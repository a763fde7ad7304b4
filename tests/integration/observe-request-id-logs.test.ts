/** A request id follows a request into the jobs and mails it queues; logs carry it and no personal data. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { registerJob, unregisterJob } from '@/lib/jobs/registry';
import { sendJob } from '@/lib/jobs/send-job';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';
import { enqueueMail } from '@/lib/mail/outbox/enqueue-mail';
import { createLogger } from '@/lib/observe/logger';
import { currentRequestId, withRequestId } from '@/lib/observe/request-scope';

let jobs: RunningJobs | undefined;
const seen: { data?: unknown; requestId?: string | null } = {};

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  registerJob<{ orderRef: string }>('test-request-id-job', async (data) => {
    seen.data = data;
    seen.requestId = currentRequestId();
    // A mail the job queues carries the request id of the request that sent the job.
    await db.$transaction((tx) => enqueueMail(tx, { template: 'sign-in-link', to: 'job@example.test', locale: 'en', payload: {}, dedupeKey: `job:${data.orderRef}` }));
  });
  jobs = await startJobs({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, jobs: ['test-request-id-job'] });
});

afterAll(async () => {
  await jobs?.stop({ timeoutMs: 5_000 });
  unregisterJob('test-request-id-job');
});

describe('request id', () => {
  it('is stored on the outbox rows a request queues, and on those of the jobs it sends', async () => {
    await withRequestId('req-test-0001', async () => {
      await db.$transaction((tx) => enqueueMail(tx, { template: 'sign-in-link', to: 'direct@example.test', locale: 'en', payload: {}, dedupeKey: 'direct:1' }));
      await sendJob('test-request-id-job', { orderRef: 'K-1' });
    });
    await until(async () => (await db.outboxMessage.count({ where: { dedupeKey: 'job:K-1' } })) === 1);
    const rows = await db.outboxMessage.findMany({ where: { dedupeKey: { in: ['direct:1', 'job:K-1'] } }, select: { dedupeKey: true, requestId: true } });
    expect(rows.map((r) => r.requestId)).toEqual(['req-test-0001', 'req-test-0001']);
    expect(seen.requestId).toBe('req-test-0001');
    // The handler gets its own data only.
    expect(seen.data).toEqual({ orderRef: 'K-1' });
  });

  it('is null outside any request', async () => {
    await db.$transaction((tx) => enqueueMail(tx, { template: 'sign-in-link', to: 'cron@example.test', locale: 'en', payload: {}, dedupeKey: 'cron:1' }));
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'cron:1' } })).requestId).toBeNull();
  });
});

describe('logs', () => {
  it('are JSON lines with the request id and without e-mail addresses, names or document numbers', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const log = createLogger({ role: 'test', destination });
    withRequestId('req-test-0002', () => {
      log.info({ email: 'aysel.mammadova@example.test', firstName: 'Aysel', lastName: 'Mammadova', documentNumber: 'C01234567' }, 'traveller added');
      log.warn({ traveller: { name: 'Aysel Mammadova', passportNumber: 'C01234567' } }, 'passenger check');
      log.error({ err: new Error('SMTP 550 mailbox aysel.mammadova@example.test unavailable') }, 'send failed for aysel.mammadova@example.test');
    });
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.every((p) => p.requestId === 'req-test-0002' && p.role === 'test')).toBe(true);
    const all = lines.join('\n');
    for (const personal of ['aysel', 'Aysel', 'Mammadova', 'C01234567', '@example.test']) expect(all).not.toContain(personal);
    expect(all).toContain('[email]');
  });
});
