/**
 * `npm run load` (issue 17, point 5): a traveller mix against a local cluster for LOAD_SECONDS, then the
 * database checked for oversold inventory and orphan holds. Exits 1 on any error, oversold seat or
 * orphan hold. Loopback only; bounded by LOAD_SECONDS × LOAD_RATE arrivals and LOAD_MAX_INFLIGHT.
 *
 * Starts `npm run start:cluster -- --web LOAD_WEB --workers LOAD_WORKERS` (2 and 1) on its own embedded
 * PostgreSQL (LOAD_DATA_DIR .data/load, LOAD_PG_PORT 54381, web ports from LOAD_PORT 3381; kept between
 * runs, so the catalog is seeded once), or attaches to running web processes: LOAD_URLS (comma-separated)
 * with LOAD_DATABASE_URL for the checks.
 * The cluster's log goes to <LOAD_DATA_DIR>/cluster.log.
 * Environment: LOAD_SECONDS (60), LOAD_RATE (arrivals per second, 10), LOAD_MAX_INFLIGHT (200),
 * LOAD_CATALOG_DAYS (the catalog's window, KARVAN_CATALOG_DAYS or 180).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadOrCreateLocalSecrets } from './local-secrets';
import { assertLoopback, printReport, runLoad } from '../bench/load/run-load';

const log = (line: string) => console.log(`[load] ${line}`);
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function waitReady(bases: string[], cluster: ChildProcess | null, timeoutMs: number, output: () => string) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (cluster && cluster.exitCode !== null) throw new Error(`the cluster exited (${cluster.exitCode}) before it was ready\n${output()}`);
    const ready = await Promise.all(bases.map((b) => fetch(`${b}/api/ready`).then((r) => r.ok, () => false)));
    if (ready.every(Boolean)) return;
    if (Date.now() > until) throw new Error(`not ready within ${timeoutMs / 1000} s: ${bases.join(', ')}\n${output()}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main() {
  const appDir = process.cwd();
  let bases: string[];
  let databaseUrl: string;
  let cluster: ChildProcess | null = null;
  let output = '';
  if (process.env.LOAD_URLS) {
    bases = process.env.LOAD_URLS.split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean);
    databaseUrl = process.env.LOAD_DATABASE_URL ?? process.env.DATABASE_URL ?? '';
    if (!databaseUrl) throw new Error('with LOAD_URLS, set LOAD_DATABASE_URL (the database the processes use) for the checks');
  } else {
    const port = num('LOAD_PORT', 3381);
    const pgPort = num('LOAD_PG_PORT', 54381);
    const web = num('LOAD_WEB', 2);
    const dataDir = path.resolve(process.env.LOAD_DATA_DIR ?? '.data/load');
    bases = Array.from({ length: web }, (_, i) => `http://127.0.0.1:${port + i}`);
    log(`starting a cluster of ${web} web process(es) and ${num('LOAD_WORKERS', 1)} worker(s) on ports ${port}… (data in ${dataDir}; the first run builds and seeds)`);
    cluster = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/cli/start-cluster.ts', '--web', String(web), '--workers', String(num('LOAD_WORKERS', 1))], {
      cwd: appDir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KARVAN_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', APP_URL: bases[0], LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The processes' own log (warnings and errors, with request ids) for the errors the report counts.
    mkdirSync(dataDir, { recursive: true });
    const logFile = createWriteStream(path.join(dataDir, 'cluster.log'));
    log(`the cluster's log: ${path.join(dataDir, 'cluster.log')}`);
    for (const stream of [cluster.stdout, cluster.stderr]) {
      stream?.on('data', (c) => {
        output = (output + c).slice(-6000);
        logFile.write(c);
      });
    }
    await waitReady(bases, cluster, 30 * 60_000, () => output);
    const secrets = await loadOrCreateLocalSecrets(dataDir);
    databaseUrl = `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${pgPort}/karvan`;
  }
  assertLoopback(bases);
  const options = {
    bases,
    databaseUrl,
    appDir,
    seconds: num('LOAD_SECONDS', 60),
    rate: num('LOAD_RATE', 10),
    maxInflight: num('LOAD_MAX_INFLIGHT', 200),
    catalogDays: num('LOAD_CATALOG_DAYS', num('KARVAN_CATALOG_DAYS', 180)),
    log,
  };
  let failed = true;
  try {
    const report = await runLoad(options);
    printReport(report, options);
    failed = report.failed;
  } finally {
    if (cluster && cluster.exitCode === null) {
      cluster.kill('SIGTERM');
      await new Promise((r) => cluster!.once('exit', r));
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
