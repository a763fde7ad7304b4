import PgBoss from 'pg-boss';
import { env } from '../env';
import { runningBoss } from './start-jobs';
import { currentRequestId, JOB_REQUEST_ID_KEY } from '../observe/request-scope';

const holder = globalThis as unknown as { karvanSender?: Promise<PgBoss> };

export type SendJobOptions = {
  /** run no earlier than this */
  startAfter?: Date;
  /** at most one queued job with this key (e.g. an order id) */
  singletonKey?: string;
};

/**
 * Queues a job for the workers (the queue must have been created by a worker: startJobs creates one
 * per registered job). Uses this process's pg-boss when it runs workers, otherwise a send-only
 * instance on DATABASE_URL. Returns the job id, or null when a singletonKey job is already queued.
 */
export async function sendJob(name: string, data: object = {}, options: SendJobOptions = {}): Promise<string | null> {
  const boss = runningBoss() ?? (await sender());
  // The request id rides along in the job's data, so the job's logs and mails carry it (start-jobs.ts).
  const requestId = currentRequestId();
  return boss.send(name, requestId ? { ...data, [JOB_REQUEST_ID_KEY]: requestId } : data, {
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
  });
}

function sender(): Promise<PgBoss> {
  holder.karvanSender ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: 'pgboss', application_name: 'karvan-send', max: 2, supervise: false, schedule: false });
    boss.on('error', (error) => console.error('[jobs] pg-boss sender:', error));
    return boss.start();
  })();
  return holder.karvanSender;
}
