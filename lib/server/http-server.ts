import http from 'node:http';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER, requestIdFrom } from '../auth/request-context';
import { observeRequest } from '../observe/process-metrics';
import { withRequestId } from '../observe/request-scope';
import { routeKind } from '../observe/route-kind';
import { isDatabaseUnreachable, type DatabaseGate } from './database-gate';
import { markShutdownManaged, runShutdownHooks } from './shutdown-hooks';
import { requestLocale, unavailablePage } from './unavailable-page';

type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export type HttpServerOptions = {
  handler: RequestHandler;
  port: number;
  hostname: string;
  log: Logger;
  /** how long in-flight requests may take to finish after SIGTERM before their connections are cut */
  shutdownTimeoutMs: number;
  /** while it says the database is down, requests get a 503 page instead of reaching the handler */
  databaseGate?: DatabaseGate;
};

/** Seconds a client should wait before trying again while the database is unreachable. */
const RETRY_AFTER_SECONDS = 10;

/**
 * The HTTP side of a web process, around any request handler (Next.js in lib/cli/serve.ts):
 * - a request id per request (kept from the load balancer when valid), in the request scope so logs,
 *   jobs and outbox mails carry it, and on the request for proxy.ts and the pages;
 * - request latency by route kind for /api/metrics;
 * - SIGTERM/SIGINT: stop accepting, let in-flight requests finish (bounded), run the shutdown hooks
 *   (the embedded default's background jobs), exit 0.
 */
export function startHttpServer(options: HttpServerOptions): http.Server {
  const { handler, log } = options;
  markShutdownManaged();
  let inFlight = 0;

  const server = http.createServer((req, res) => {
    const requestId = requestIdFrom({ get: (name) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null) });
    req.headers[REQUEST_ID_HEADER] = requestId;
    const started = process.hrtime.bigint();
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    inFlight++;
    res.on('close', () => {
      inFlight--;
      observeRequest(routeKind(pathname), req.method ?? 'GET', res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    // The database is unreachable: a friendly 503 in the request's language, never a 500 from a page
    // half-rendered. /api/health stays a liveness check and answers as usual.
    const unavailable = () => {
      const locale = requestLocale(pathname, req.headers['accept-language']);
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store', 'content-language': locale });
      res.end(unavailablePage(locale));
    };
    if (options.databaseGate?.isDown() && pathname !== '/api/health') return unavailable();
    withRequestId(requestId, () => {
      handler(req, res).catch((error: unknown) => {
        // Before the next probe notices an outage, a request that met it is answered the same way.
        if (!res.headersSent && isDatabaseUnreachable(error)) {
          log.warn({ err: error }, 'database unreachable');
          return unavailable();
        }
        log.error({ err: error }, 'request failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  });
  // Keep-alive must outlive a load balancer's idle timeout (nginx 60 s, HAProxy 50 s by default), or it meets closed sockets.
  server.keepAliveTimeout = 65_000;
  server.listen(options.port, options.hostname, () => log.info({ port: options.port }, `serving on http://localhost:${options.port}`));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight }, 'stopping: no new connections, finishing in-flight requests');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle keep-alive connections would hold close() open; busy ones are closed as their request ends.
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.shutdownTimeoutMs)));
    if ((await Promise.race([closed, deadline])) === 'timeout') {
      log.warn({ inFlight }, 'shutdown timeout: cutting the remaining connections');
      server.closeAllConnections();
    }
    clearTimeout(timer);
    clearInterval(idle);
    options.databaseGate?.stop();
    await runShutdownHooks((line) => log.info(line));
    log.info('stopped');
    // pino writes stdout synchronously, so nothing is lost by exiting now.
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return server;
}
