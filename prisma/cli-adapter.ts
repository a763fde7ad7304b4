/**
 * The driver adapter the Prisma CLI uses (migrate, generate) with the WASM schema engine.
 * Used only by prisma.config.ts; the app builds its own client in lib/db/client.ts.
 *
 * @prisma/adapter-pg 6.19 needs three fixes for the CLI (see README, Decisions):
 * 1. prisma/orm#27403: catalog columns of type `name` (19) and `"char"` (18) and their arrays
 *    (1003, 1002) are unknown to the adapter; report them as text (25) / text[] (1009).
 * 2. prisma/orm#29635 is avoided by running PostgreSQL 17 (no NOT NULL rows in pg_constraint); the same
 *    crash on CHECK constraints is avoided by hiding them from introspection.
 * 3. connectToShadowDb() uses the main database when given a URL, loses the password when given
 *    a Pool, and drops the shadow database before closing its pool; ours does neither, and survives
 *    the engine disposing it twice.
 * Also: idle pooled connections are let go (allowExitOnIdle), or each command waits 10 s to exit.
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import pg from 'pg';

const TEXT = 25;
const TEXT_ARRAY = 1009;
const RETYPED: Record<number, number> = { 19: TEXT, 18: TEXT, 1003: TEXT_ARRAY, 1002: TEXT_ARRAY };

type PgResult = { fields?: { dataTypeID: number; name?: string }[]; rows?: unknown[][] };
// A multi-statement script (a migration file) yields one result per statement.
type WithPerformIO = { performIO: (query: unknown) => Promise<PgResult | PgResult[]> };

/**
 * The WASM engine crashes (RuntimeError: unreachable) on the CHECK constraints its introspection reads
 * from pg_constraint, as it does on PostgreSQL 18's NOT NULL rows (prisma/orm#29635). Prisma cannot
 * express CHECK constraints anyway (they live in migration SQL), so the CLI is not shown them.
 */
function hideCheckConstraints(part: PgResult) {
  const index = part.fields?.findIndex((f) => f.name === 'constraint_type') ?? -1;
  if (index < 0 || !part.rows) return;
  part.rows = part.rows.filter((row) => row[index] !== 'c' && row[index] !== 'n');
}

function retypeCatalogColumns<T>(queryable: T): T {
  const target = queryable as unknown as WithPerformIO;
  const original = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await original(query);
    for (const part of Array.isArray(result) ? result : [result]) {
      for (const field of part.fields ?? []) field.dataTypeID = RETYPED[field.dataTypeID] ?? field.dataTypeID;
      hideCheckConstraints(part);
    }
    return result;
  };
  return queryable;
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  retypeCatalogColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    retypeCatalogColumns<Transaction>(await startTransaction(isolationLevel));
  return adapter;
}

function connectionFields(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
  };
}

export function cliAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  // Idle pooled connections would otherwise keep the CLI alive for pg's 10 s idle timeout.
  const base = new PrismaPg({ connectionString, allowExitOnIdle: true });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      return patchAdapter(await base.connect());
    },
    async connectToShadowDb() {
      const fields = connectionFields(connectionString);
      const admin = new pg.Client(fields);
      await admin.connect();
      const database = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const pool = new pg.Pool({ ...fields, database, allowExitOnIdle: true });
      const shadow = await new PrismaPg(pool).connect();
      const dispose = shadow.dispose.bind(shadow);
      // The engine disposes the shadow adapter twice; the second call must be a no-op.
      let disposed: Promise<void> | undefined;
      shadow.dispose = () =>
        (disposed ??= (async () => {
          await dispose();
          await pool.end();
          await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
          await admin.end();
        })());
      return patchAdapter(shadow);
    },
  };
}
