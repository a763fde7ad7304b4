/**
 * `npm run worker`: the background job worker for production (DATABASE_URL and the rest of the
 * production environment, see README). Runs every registered job (lib/jobs/register-features.ts);
 * start as many as you like, pg-boss hands each job to one of them. SIGTERM/SIGINT: stop fetching,
 * let running jobs finish (up to 30 s), exit 0.
 */
import { env, EnvError } from '../env';
import { registeredJobs, registeredLoops } from '../jobs/registry';
import { registerFeatures } from '../jobs/register-features';
import { startJobs } from '../jobs/start-jobs';
import { bridgeConsoleToLogger } from '../observe/logger';

const log = (line: string) => console.log(`[karvan worker] ${line}`);

async function main() {
  bridgeConsoleToLogger();
  const e = env();
  registerFeatures();
  const jobs = await startJobs({ connectionString: e.DATABASE_URL });
  log(`working ${registeredJobs().map((j) => j.name + (j.options.schedule ? ` (${j.options.schedule})` : '')).join(', ')}`);
  log(`loops ${registeredLoops().map((l) => `${l.name} (every ${l.intervalMs} ms)`).join(', ')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing running jobs…`);
    try {
      await jobs.stop({ timeoutMs: 30_000 });
      log('stopped');
      process.exit(0);
    } catch (error) {
      console.error('[karvan worker] stop failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  if (error instanceof EnvError) console.error(`[karvan worker] ${error.message}\nSee README.md, "Production configuration".`);
  else console.error('[karvan worker]', error);
  process.exit(1);
});
