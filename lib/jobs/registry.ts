type JobContext = { id: string; name: string };
export type JobHandler<T extends object> = (data: T, job: JobContext) => Promise<void>;

export type JobOptions = {
  /** cron in UTC, 5 fields (`* * * * *` = every minute) or 6 with seconds */
  schedule?: string;
  /** attempts after the first failure (default 3 for sent jobs, 0 for scheduled ones: the next tick retries) */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** a running job taking longer is treated as failed (default 15 minutes) */
  expireInSeconds?: number;
};

export type JobDefinition = {
  name: string;
  handler: JobHandler<object>;
  options: JobOptions;
};

// On globalThis: features register from several module instances (instrumentation, routes, CLI).
const holder = globalThis as unknown as { karvanJobs?: Map<string, JobDefinition> };

function jobs(): Map<string, JobDefinition> {
  holder.karvanJobs ??= new Map();
  return holder.karvanJobs;
}

/**
 * Declares a background job. Call it at start-up, from the feature's register function listed in
 * lib/jobs/register-features.ts; startJobs() then creates its queue, works it and (with `schedule`)
 * sends it on that cron. Names are kebab-case with the feature first: `booking-release-expired-holds`.
 * Handlers must be idempotent: a job can run twice (retry after a crash, two workers).
 */
export function registerJob<T extends object = Record<string, never>>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`job name "${name}" must be kebab-case`);
  jobs().set(name, { name, handler: handler as JobHandler<object>, options });
}

export function registeredJobs(): JobDefinition[] {
  return [...jobs().values()];
}

/** Tests only. */
export function unregisterJob(name: string): void {
  jobs().delete(name);
}

export type LoopDefinition = { name: string; intervalMs: number; run: () => Promise<void> };

const loopHolder = globalThis as unknown as { karvanLoops?: Map<string, LoopDefinition> };

function loops(): Map<string, LoopDefinition> {
  loopHolder.karvanLoops ??= new Map();
  return loopHolder.karvanLoops;
}

/**
 * Declares work a worker process does every `intervalMs` (never two runs of one loop at once), for
 * what must happen within seconds and is cheap to check when there is nothing to do, such as the mail
 * outbox. Cron jobs tick once a minute at best. `run` must be safe with several workers running it.
 */
export function registerLoop(name: string, run: () => Promise<void>, intervalMs: number): void {
  loops().set(name, { name, run, intervalMs });
}

export function registeredLoops(): LoopDefinition[] {
  return [...loops().values()];
}
