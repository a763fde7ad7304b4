/** Background jobs with pg-boss on the real database: sent, scheduled, retried, stopped gracefully. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { registerJob, registerLoop, unregisterJob } from '@/lib/jobs/registry';
import { sendJob } from '@/lib/jobs/send-job';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';

const seen = { sent: [] as unknown[], scheduled: 0, flakyAttempts: 0, slowStarted: false, slowFinished: false, loopRuns: 0, loopRunning: 0, loopOverlaps: 0 };
const names = ['test-sent-job', 'test-scheduled-job', 'test-flaky-job', 'test-slow-job'];
let jobs: RunningJobs | undefined;

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a job');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  registerJob<{ n: number }>('test-sent-job', async (data) => {
    seen.sent.push(data);
  });
  registerJob('test-scheduled-job', async () => {
    seen.scheduled++;
  }, { schedule: '* * * * * *' });
  registerJob('test-flaky-job', async () => {
    seen.flakyAttempts++;
    if (seen.flakyAttempts < 2) throw new Error('first attempt fails');
  }, { retryLimit: 2, retryDelaySeconds: 1 });
  registerJob('test-slow-job', async () => {
    seen.slowStarted = true;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    seen.slowFinished = true;
  });
  registerLoop('test-loop', async () => {
    seen.loopRunning++;
    if (seen.loopRunning > 1) seen.loopOverlaps++;
    seen.loopRuns++;
    // Slower than the interval: a loop must never start a run while the previous one is going.
    await new Promise((resolve) => setTimeout(resolve, 80));
    seen.loopRunning--;
  }, 20);
  jobs = await startJobs({ connectionString: process.env.DATABASE_URL!, pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1, jobs: names, loops: true });
});

afterAll(async () => {
  await jobs?.stop({ timeoutMs: 5_000 });
  for (const name of names) unregisterJob(name);
});

describe('pg-boss jobs', () => {
  it('installs pg-boss in its own schema and creates a queue per registered job', async () => {
    const schemas = await db.$queryRaw<{ schema_name: string }[]>`SELECT schema_name::text AS schema_name FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
    expect(schemas).toHaveLength(1);
    const queues = await jobs!.boss.getQueues();
    expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining(names));
    expect(queues.find((q) => q.name === 'test-scheduled-job')?.policy).toBe('stately');
  });

  it('runs registered loops over and over, one run at a time', async () => {
    await until(() => seen.loopRuns >= 4);
    expect(seen.loopOverlaps).toBe(0);
  });

  it('runs a sent job with its data', async () => {
    const id = await sendJob('test-sent-job', { n: 7 });
    expect(id).toEqual(expect.any(String));
    await until(() => seen.sent.length > 0);
    expect(seen.sent).toEqual([{ n: 7 }]);
  });

  it('runs a scheduled job on its cron', async () => {
    await until(() => seen.scheduled > 0, 30_000);
    expect((await jobs!.boss.getSchedules()).map((s) => s.name)).toContain('test-scheduled-job');
  }, 40_000);

  it('retries a failing job', async () => {
    await sendJob('test-flaky-job');
    await until(() => seen.flakyAttempts >= 2, 20_000);
    expect(seen.flakyAttempts).toBe(2);
  }, 30_000);

  it('stops gracefully: a running job finishes before stop() returns', async () => {
    await sendJob('test-slow-job');
    await until(() => seen.slowStarted);
    await jobs!.stop({ timeoutMs: 10_000 });
    jobs = undefined;
    expect(seen.slowFinished).toBe(true);
    // The loops stopped too: no run is in progress and none starts afterwards.
    expect(seen.loopRunning).toBe(0);
    const runs = seen.loopRuns;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.loopRuns).toBe(runs);
  }, 30_000);
});
