import pg from 'pg';

/**
 * A probe for the web process's database gate: one plain pg connection, not the Prisma client. The
 * web process runs Next.js outside the react-server condition, where modules marked `server-only`
 * (the Prisma client among them) refuse to load; pages reach those through Next's own bundles.
 */
export function databasePing(connectionString: string | undefined = process.env.DATABASE_URL): (timeoutMs: number) => Promise<boolean> {
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 1000, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  pool.on('error', () => undefined);
  return async (timeoutMs) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([pool.query('SELECT 1').then(() => true as const), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}
