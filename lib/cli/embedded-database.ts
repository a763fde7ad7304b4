import 'server-only';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../db/embedded-postgres';
import { migrateDeploy } from '../db/migrate';
import { createDb } from '../db/client';
import { seedDemoData } from '../../prisma/seed/run-seed';
import { demoSeedSteps } from '../../prisma/seed/demo-steps';
import { loadOrCreateLocalSecrets, type LocalSecrets } from './local-secrets';

export type EmbeddedDatabase = { url: string; secrets: LocalSecrets; postgres: RunningPostgres; release(): Promise<void> };

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the embedded PostgreSQL under `dataDir`, applies migrations and seeds the demo data once.
 * A launcher lock tells a second `npm start` apart from the orphan of a killed one.
 */
export async function openEmbeddedDatabase(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const lock = path.join(dataDir, 'launcher.pid');
  if (existsSync(lock)) {
    const holder = Number(await readFile(lock, 'utf8'));
    if (holder !== process.pid && alive(holder)) {
      throw new Error(`Karvan is already running from ${path.resolve(dataDir)} (launcher pid ${holder}). Stop it first, or use another KARVAN_DATA_DIR.`);
    }
  }
  const secrets = await loadOrCreateLocalSecrets(dataDir);
  await writeFile(lock, String(process.pid));
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    port,
    password: secrets.postgresPassword,
    orphanOk: true,
    log: (line) => {
      if (/FATAL|ERROR|PANIC/.test(line)) log(line.trim());
    },
  });
  const release = async () => {
    await postgres.stop();
    await rm(lock, { force: true });
  };
  try {
    await postgres.ensureDatabase('karvan');
    const url = postgres.urlFor('karvan');
    log('applying migrations…');
    await migrateDeploy(url);
    const db = createDb(url);
    try {
      await seedDemoData(db, demoSeedSteps, log);
    } finally {
      await db.$disconnect();
    }
    return { url, secrets, postgres, release };
  } catch (error) {
    await release();
    throw error;
  }
}
