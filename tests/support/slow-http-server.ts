/**
 * A web process for the graceful-shutdown test: our real HTTP server (lib/server/http-server.ts) and
 * shutdown hooks, with a handler whose /slow request takes SLOW_MS, and a "job" hook that takes a while
 * to finish. Run with tsx; PORT chosen by the test.
 */
import { addShutdownHook } from '@/lib/server/shutdown-hooks';
import { bridgeConsoleToLogger, logger } from '@/lib/observe/logger';
import { startHttpServer } from '@/lib/server/http-server';

bridgeConsoleToLogger();
const slowMs = Number(process.env.SLOW_MS ?? 1500);
addShutdownHook('test job', async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  console.log('test job finished');
});
startHttpServer({
  port: Number(process.env.PORT),
  hostname: '127.0.0.1',
  log: logger(),
  shutdownTimeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
  handler: async (req, res) => {
    if (req.url === '/slow') {
      console.log('slow request started');
      await new Promise((resolve) => setTimeout(resolve, slowMs));
      res.end(`done ${req.headers['x-request-id']}`);
      return;
    }
    res.end('ok');
  },
});
