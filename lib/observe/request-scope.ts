import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request id of the work in progress: set by the HTTP server for each request (lib/server/http-server.ts)
 * and by the job runner for each job (from the id stored on the job), so that logs, the jobs a request
 * sends and the mails it queues carry it without passing it through every call.
 */
type Scope = { requestId: string };

const holder = globalThis as unknown as { karvanRequestScope?: AsyncLocalStorage<Scope> };
const storage = (holder.karvanRequestScope ??= new AsyncLocalStorage<Scope>());

export function withRequestId<T>(requestId: string | null | undefined, run: () => T): T {
  return requestId ? storage.run({ requestId }, run) : run();
}

export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** The key under which a job's data carries the request id that sent it (stripped before the handler). */
export const JOB_REQUEST_ID_KEY = '_requestId';
