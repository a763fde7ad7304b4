import next from 'next';
import type { NextConfig } from 'next';
import { bridgeConsoleToLogger, logger } from '../observe/logger';
import { startDatabaseGate } from './database-gate';
import { startHttpServer } from './http-server';
import { databasePing } from './ping-database';
import { responseCacheFromEnv } from './response-cache';

/**
 * One web process: Next.js behind our HTTP server (request ids, latency metrics, the database gate,
 * drain on SIGTERM). `dir` is the app (a built checkout, or the standalone output with `conf`, its
 * config as the build wrote it, since the standalone output has no next.config.ts).
 * Environment: PORT (3000), HOST (0.0.0.0), SHUTDOWN_TIMEOUT_MS (25000), RESPONSE_CACHE_MAX_ENTRIES (2000),
 * RESPONSE_CACHE_MAX_MB (64), and the app's own (README).
 */
export async function serveNext(options: { dir: string; conf?: NextConfig; hostname?: string }): Promise<void> {
  bridgeConsoleToLogger();
  const port = Number(process.env.PORT ?? 3000);
  const hostname = options.hostname ?? process.env.HOST ?? '0.0.0.0';
  // Next's hostname is not where we listen (startHttpServer does that) but the origin it builds its own URLs on:
  // the request URL it compares a rewrite with (from this hostname) and the URL proxy.ts sees (always
  // `localhost`). They must agree, or every rewrite to a cached public page (proxy.ts) counts as external
  // and is proxied over HTTP back into this process: a second request per page, and an 11th `close`
  // listener on the response (MaxListenersExceededWarning, tests/integration/server-action-warnings.test.ts).
  const app = next({ dev: false, dir: options.dir, hostname: 'localhost', port, ...(options.conf ? { conf: options.conf } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const ping = databasePing();
  // Public pages' finished responses, answered without entering Next.js (README, Pages, caching and speed).
  const cache = responseCacheFromEnv({ port, hostname });
  const nextHandler = (req: Parameters<typeof handle>[0], res: Parameters<typeof handle>[1]) => handle(req, res);
  startHttpServer({
    handler: cache ? cache.wrap(nextHandler) : nextHandler,
    port,
    hostname,
    log: logger(),
    databaseGate: startDatabaseGate(() => ping(1000)),
    shutdownTimeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000),
  });
}
