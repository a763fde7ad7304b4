/**
 * Background jobs on PostgreSQL with pg-boss 10 (its own schema `pgboss`, created by pg-boss).
 *
 *   registerJob('booking-release-expired-holds', async () => { … }, { schedule: '* * * * *' });
 *   await sendJob('mail-send-receipt', { orderId });
 *
 * Register from your feature's function listed in register-features.ts. Workers: inside the Next.js
 * server in the embedded default (lib/server/start-embedded-worker.ts), `npm run worker` in production.
 */
export { registerJob, registeredJobs, type JobContext, type JobHandler, type JobOptions } from './registry';
export { startJobs, type RunningJobs, type StartJobsOptions } from './start-jobs';
export { sendJob, type SendJobOptions } from './send-job';
export { registerFeatures } from './register-features';
