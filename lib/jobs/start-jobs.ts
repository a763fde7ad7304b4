import PgBoss from 'pg-boss';
import pg from 'pg';
import { registeredJobs, registeredLoops, type JobDefinition, type LoopDefinition } from './registry';
import { JOB_REQUEST_ID_KEY, withRequestId } from '../observe/request-scope';

export type StartJobsOptions = {
  connectionString: string;
  /** PostgreSQL schema pg-boss owns (created and migrated by pg-boss itself, outside Prisma) */
  schema?: string;
  /** fetch and run jobs (default true); false gives a process that only sends */
  work?: boolean;
  /** seconds between fetches when a queue is empty (default 2) */
  pollingIntervalSeconds?: number;
  /** how often cron schedules are checked (default 30; tests use 1) */
  cronIntervalSeconds?: number;
  /** work only these registered jobs (default: all), e.g. a dedicated worker, or a test */
  jobs?: string[];
  /** run the registered loops (lib/jobs/registry registerLoop) too; default: when `work` and no `jobs` filter */
  loops?: boolean;
};

export type RunningJobs = {
  boss: PgBoss;
  /** stops fetching, waits up to timeoutMs for running jobs, then closes the pool */
  stop(options?: { timeoutMs?: number }): Promise<void>;
};

const holder = globalThis as unknown as { karvanBoss?: PgBoss };

/**
 * Starts pg-boss on the application's PostgreSQL and works every registered job (lib/jobs/registry):
 * one queue per job, scheduled jobs sent by pg-boss's cron (once per tick across all workers).
 * Scheduled jobs use the `stately` policy, so a slow run is never stacked with more runs of itself.
 * Embedded default: inside the Next.js server (lib/server/start-embedded-worker.ts); production:
 * `npm run worker` (lib/cli/worker.ts), as many as you like.
 */
export async function startJobs(options: StartJobsOptions): Promise<RunningJobs> {
  const work = options.work ?? true;
  const cron = options.cronIntervalSeconds ?? 30;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema ?? 'pgboss',
    application_name: 'karvan-jobs',
    max: 4,
    supervise: work,
    schedule: work,
    cronMonitorIntervalSeconds: cron,
    cronWorkerIntervalSeconds: Math.min(cron, 5),
  });
  boss.on('error', (error) => console.error('[jobs] pg-boss:', error));
  const jobs = registeredJobs().filter((job) => !options.jobs || options.jobs.includes(job.name));
  await oneAtATime(options.connectionString, `karvan-jobs-setup:${options.schema ?? 'pgboss'}`, async () => {
    await boss.start();
    for (const job of jobs) await ensureQueue(boss, job);
  });
  if (work) {
    for (const job of jobs) {
      await boss.work<object>(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async (batch) => {
        for (const item of batch) {
          const { [JOB_REQUEST_ID_KEY]: requestId, ...data } = (item.data ?? {}) as Record<string, unknown>;
          await withRequestId(typeof requestId === 'string' ? requestId : null, () => job.handler(data, { id: item.id, name: item.name }));
        }
      });
    }
    const scheduled = new Set(jobs.filter((j) => j.options.schedule).map((j) => j.name));
    for (const job of jobs) {
      if (job.options.schedule) await boss.schedule(job.name, job.options.schedule, {}, { tz: 'UTC' });
    }
    // A job that lost its schedule (or was renamed) must stop being sent.
    if (!options.jobs) {
      for (const schedule of await boss.getSchedules()) {
        if (!scheduled.has(schedule.name)) await boss.unschedule(schedule.name);
      }
    }
  }
  holder.karvanBoss = boss;
  const stopLoops = work && (options.loops ?? !options.jobs) ? registeredLoops().map(startLoop) : [];

  return {
    boss,
    async stop(stopOptions = {}) {
      await Promise.all(stopLoops.map((stop) => stop()));
      await boss.stop({ graceful: true, wait: true, timeout: stopOptions.timeoutMs ?? 30_000 });
      if (holder.karvanBoss === boss) holder.karvanBoss = undefined;
    },
  };
}

async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const scheduled = Boolean(job.options.schedule);
  const queue: PgBoss.Queue = {
    name: job.name,
    policy: scheduled ? 'stately' : 'standard',
    retryLimit: job.options.retryLimit ?? (scheduled ? 0 : 3),
    retryDelay: job.options.retryDelaySeconds ?? 30,
    retryBackoff: !scheduled,
    expireInSeconds: job.options.expireInSeconds ?? 15 * 60,
  };
  await boss.createQueue(job.name, queue);
  // createQueue keeps an existing queue as it was; bring its options up to date.
  await boss.updateQueue(job.name, queue);
}

/**
 * Runs `setup` while holding a PostgreSQL advisory lock, so processes starting together take turns.
 * pg-boss creates each queue as a partition of its job table; two processes creating queues at once
 * deadlock (tests/integration/jobs-start-race.test.ts), which used to fail a cluster's first start.
 */
async function oneAtATime(connectionString: string, lockName: string, setup: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: 'karvan-jobs-setup' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockName]);
    await setup();
  } finally {
    // Closing the session releases the lock as well, also when the unlock itself fails.
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockName]).catch(() => undefined);
    await client.end();
  }
}

/** The pg-boss instance started in this process, if any (sendJob uses it). */
export function runningBoss(): PgBoss | undefined {
  return holder.karvanBoss;
}

/** Runs a loop every intervalMs until stopped; a run that throws is logged and the loop goes on. */
function startLoop(loop: LoopDefinition): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = loop
      .run()
      .catch((error: unknown) => console.error(`[jobs] loop ${loop.name}:`, error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, loop.intervalMs);
      });
  };
  timer = setTimeout(tick, loop.intervalMs);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
