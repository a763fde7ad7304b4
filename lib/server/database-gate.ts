/**
 * Whether this web process can reach PostgreSQL, probed in the background (never on a request's path):
 * while it cannot, lib/server/http-server.ts answers 503 with a friendly page instead of letting pages
 * fail with 500s, and the process recovers by itself once a probe succeeds again (no restart).
 */
export type DatabaseGate = { isDown(): boolean; stop(): void };

export function startDatabaseGate(probe: () => Promise<boolean>, intervalMs = 1000): DatabaseGate {
  let down = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    down = !(await probe().catch(() => false));
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return {
    isDown: () => down,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

const UNREACHABLE_KINDS = new Set(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections']);

/** Errors that mean "the database cannot be reached", as pg and Prisma's pg adapter report them. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const kind = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null)?.meta?.driverAdapterError?.cause?.kind;
  if (kind && UNREACHABLE_KINDS.has(kind)) return true;
  const text = error instanceof Error ? `${String((error as { code?: unknown }).code ?? '')} ${error.message} ${String(error.cause ?? '')}` : String(error);
  return /ECONNREFUSED|ECONNRESET|57P01|57P03|P1001|P1017|Connection terminated|closed the connection|reach database server|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i.test(text);
}
