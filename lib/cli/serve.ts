/**
 * One web process: Next.js behind our HTTP server (lib/server/http-server.ts: request ids, latency
 * metrics, graceful SIGTERM). `npm start` and `npm run start:cluster` run it; in production run it
 * with `npx tsx lib/cli/serve.ts` from a built checkout (README, Scaling out).
 * Environment: PORT (3000), HOST (0.0.0.0), SHUTDOWN_TIMEOUT_MS (25000), RESPONSE_CACHE_MAX_ENTRIES (2000),
 * RESPONSE_CACHE_MAX_MB (64), and the app's own (README).
 */
import next from 'next';
import { bridgeConsoleToLogger, logger } from '../observe/logger';
import { databasePing } from '../server/ping-database';
import { startDatabaseGate } from '../server/database-gate';
import { startHttpServer } from '../server/http-server';
import { responseCacheFromEnv } from '../server/response-cache';

async function main() {
  bridgeConsoleToLogger();
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const ping = databasePing();
  // Public pages' finished responses, answered without entering Next.js (README, Pages, caching and speed).
  const cache = responseCacheFromEnv({ port, hostname });
  const nextHandler = (req: Parameters<typeof handle>[0], res: Parameters<typeof handle>[1]) => handle(req, res);
  startHttpServer({ handler: cache ? cache.wrap(nextHandler) : nextHandler, port, hostname, log: logger(), databaseGate: startDatabaseGate(() => ping(1000)), shutdownTimeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000) });
}

main().catch((error: unknown) => {
  console.error('[karvan] the web server could not start:', error);
  process.exit(1);
});
