import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;

/** The Prisma client type inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { karvanDb?: PrismaClient };

/**
 * Connections this process's pool may open: DATABASE_POOL_SIZE (default 10). Size it so that
 * (web processes + workers) × (pool + 4 for pg-boss) ≤ max_connections − headroom (README, Scaling out).
 */
export function poolSize(source: Record<string, string | undefined> = process.env): number {
  const raw = source.DATABASE_POOL_SIZE;
  if (raw === undefined || raw === '') return 10;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 500) throw new Error('DATABASE_POOL_SIZE must be a whole number from 1 to 500');
  return size;
}

/**
 * How long a query or transaction waits for one of the pool's connections. A burst (a sale's last seats,
 * a provider redelivering a webhook 100 times) queues behind the pool: Prisma's default of 2 s turned a
 * busy minute into errors for travellers, while a request still answers well within a browser's or a
 * webhook sender's patience at 10 s. A database that is down fails at once (refused), not after this.
 */
export const POOL_WAIT_MS = 10_000;

export function createDb(connectionString: string, max = poolSize()): PrismaClient {
  // Driver adapter, no engine binary (README, Decisions: Prisma 6.19 offline).
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: POOL_WAIT_MS }),
    transactionOptions: { maxWait: POOL_WAIT_MS },
  });
}

/**
 * The process-wide client, created on first use from DATABASE_URL (so tests can point each
 * file at its own database before anything touches it).
 */
export function getDb(): PrismaClient {
  if (!globalForDb.karvanDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    globalForDb.karvanDb = createDb(url);
  }
  return globalForDb.karvanDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
