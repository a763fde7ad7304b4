/**
 * `npm run db:migration -- <name>`: writes a new migration for the current schema into
 * prisma/migrations, using a throw-away embedded PostgreSQL (shadow database included).
 */
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { migrateDeploy } from '../db/migrate';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: npm run db:migration -- <snake_case_name>');
  const dataDir = path.join('.data', `migration-scratch-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  // A port of its own, so two people (or agents) creating migrations at once do not collide.
  const port = Number(process.env.MIGRATION_PG_PORT ?? 54400 + Math.floor(Math.random() * 500));
  const pg = await startEmbeddedPostgres({ dataDir, port, password: 'scratch', durable: false });
  try {
    await pg.ensureDatabase('scratch');
    // Apply the committed migrations first: when `migrate dev` has to apply them itself, the WASM
    // engine then loses its shadow database ("must be provided through an external factory").
    await migrateDeploy(pg.urlFor('scratch'));
    const before = new Set(await readdir(path.join('prisma', 'migrations')).catch(() => []));
    const cli = path.join('node_modules', 'prisma', 'build', 'index.js');
    let output = '';
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--require', './prisma/unref-timers.cjs', cli, 'migrate', 'dev', '--create-only', '--name', name], {
        env: { ...process.env, DATABASE_URL: pg.urlFor('scratch'), CHECKPOINT_DISABLE: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      child.on('exit', (c) => resolve(c ?? 1));
    });
    const created = (await readdir(path.join('prisma', 'migrations'))).filter((d) => !before.has(d));
    // The WASM engine of 6.19 ends `--create-only` with "null pointer passed to rust" after writing
    // the migration (README, Decisions); the file is complete, so that exit is not a failure.
    const benign = created.length === 1 && output.includes('null pointer passed to rust');
    if (code !== 0 && !benign) throw new Error(`prisma migrate dev failed (exit ${code}):\n${output}`);
    console.log(created.length ? `created prisma/migrations/${created[0]}` : 'schema unchanged: no migration created');
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
