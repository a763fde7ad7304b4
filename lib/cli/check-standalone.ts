/**
 * `npm run check:standalone`: proves the output the Dockerfile copies works without Docker (not
 * available on these machines). Builds when stale, lays out .next/standalone as the image does
 * (static files and public/ beside server.js), starts `node server.js` from there against a throw-away
 * embedded PostgreSQL, and checks /api/health, /api/ready (migrations shipped with it) and the home
 * page (the page cache handler shipped with it). Ports: CHECK_PORT (3000), CHECK_PG_PORT (54339).
 */
import 'server-only';
import { spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { migrateDeploy } from '../db/migrate';
import { buildIsStale, nextBuild } from './build-if-stale';
import { loadOrCreateLocalSecrets } from './local-secrets';

const log = (line: string) => console.log(`[check:standalone] ${line}`);

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function main() {
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale()) {
    log('building…');
    await nextBuild({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  }
  const standalone = path.resolve(dist, 'standalone');
  await cp(path.join(dist, 'static'), path.join(standalone, dist, 'static'), { recursive: true });
  await cp('public', path.join(standalone, 'public'), { recursive: true });

  const dataDir = path.join('.data', `standalone-check-${process.pid}`);
  const port = Number(process.env.CHECK_PORT ?? 3000);
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.CHECK_PG_PORT ?? 54339), password: 'check', durable: false });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await pg.ensureDatabase('karvan');
    const url = pg.urlFor('karvan');
    log('release step: migrations…');
    await migrateDeploy(url);
    const secrets = await loadOrCreateLocalSecrets(dataDir);
    server = spawn(process.execPath, ['server.js'], {
      cwd: standalone,
      stdio: 'inherit',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        KARVAN_MODE: 'embedded',
        DATABASE_URL: url,
        AUTH_SECRET: secrets.authSecret,
        DATA_ENCRYPTION_KEY: secrets.dataEncryptionKey,
        AUTH_TRUST_HOST: 'true',
        APP_URL: `http://localhost:${port}`,
      },
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`, 60_000);
    for (const [route, expected] of [['/api/health', 200], ['/api/ready', 200], ['/en', 200]] as const) {
      const response = await fetch(base + route);
      log(`${route} → ${response.status}`);
      if (response.status !== expected) throw new Error(`${route} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    log('ok: the standalone server answers health, readiness and the home page');
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[check:standalone] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
