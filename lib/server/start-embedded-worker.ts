import { env } from '../env';
import { registerFeatures } from '../jobs/register-features';
import { startJobs, type RunningJobs } from '../jobs/start-jobs';
import { addShutdownHook, shutdownIsManaged } from './shutdown-hooks';

const holder = globalThis as unknown as { karvanEmbeddedWorker?: Promise<RunningJobs | null> };

/**
 * Called once from instrumentation.ts when the Next.js server starts. In every mode it registers the
 * features' jobs and payment hooks (the webhook route needs the hooks). In the embedded default
 * (KARVAN_MODE=embedded) it also runs the pg-boss worker inside this process; production runs
 * `npm run worker` instead. A worker that cannot start is logged and the site keeps serving.
 */
export async function startEmbeddedWorker(): Promise<void> {
  registerFeatures();
  const e = env();
  // The cluster (npm run start:cluster) runs separate workers: KARVAN_EMBEDDED_JOBS=0 in its web processes.
  if (e.KARVAN_MODE !== 'embedded' || process.env.KARVAN_EMBEDDED_JOBS === '0') return;
  holder.karvanEmbeddedWorker ??= startJobs({ connectionString: e.DATABASE_URL })
    .then((jobs) => {
      // Our HTTP server stops the jobs after its last request (bounded); plain `next start` exits on the signal.
      addShutdownHook('background jobs', () => jobs.stop({ timeoutMs: Number(process.env.SHUTDOWN_JOBS_TIMEOUT_MS ?? 10_000) }));
      if (!shutdownIsManaged()) {
        for (const signal of ['SIGTERM', 'SIGINT'] as const) {
          process.once(signal, () => void jobs.stop({ timeoutMs: 10_000 }).catch(() => {}));
        }
      }
      console.log('[karvan] background jobs running in this process');
      return jobs;
    })
    .catch((error: unknown) => {
      console.error('[karvan] background jobs could not start:', error);
      return null;
    });
  await holder.karvanEmbeddedWorker;
}
