import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from './client';

/**
 * Migrations shipped with this build (prisma/migrations) that the database has not applied yet. A web
 * process of a newer release must not take traffic before `npm run db:migrate` ran (README, release step).
 */
export async function pendingMigrations(migrationsDir = path.join(process.cwd(), 'prisma', 'migrations')): Promise<string[]> {
  const shipped = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const applied = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((r) => r.migration_name));
  return shipped.filter((name) => !done.has(name)).sort();
}
