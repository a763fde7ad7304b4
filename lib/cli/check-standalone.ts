/**
 * `npm run check:standalone`: proves the output the Dockerfile copies works without Docker (not
 * available on these machines). Builds when stale, bundles our draining server beside it
 * (karvan-server.mjs, lib/cli/serve-standalone.ts), lays out .next/standalone as the image does
 * (static files and public/ beside it), starts `node karvan-server.mjs` from there against a throw-away
 * embedded PostgreSQL, and checks /api/health, /api/ready (migrations shipped with it) and the home
 * page (the page cache handler shipped with it). Then the drain (issue 17): a request in flight when
 * SIGTERM arrives is answered in full, a new connection is refused, and the process exits 0.
 * Ports: CHECK_PORT (3000), CHECK_PG_PORT (54339).
 */
import 'server-only';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, rm } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { migrateDeploy } from '../db/migrate';
import { bundleStandaloneServer, STANDALONE_SERVER_FILE } from '../server/bundle-standalone-server';
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

type Output = { text: string; waitFor(part: string, timeoutMs: number): Promise<void> };

/** The server's log lines, shown as they come and kept to wait for one. */
function collectOutput(child: ReturnType<typeof spawn>): Output {
  const output: Output = {
    text: '',
    async waitFor(part, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!output.text.includes(part)) {
        if (Date.now() > deadline) throw new Error(`the server did not log "${part}" within ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output.text += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
  }
  return output;
}

/**
 * SIGTERM while a request is in flight. The request is a cookie choice (POST /api/consent) sent with
 * `Expect: 100-continue`: the server's "100 Continue" proves it has the request in hand, and its body is
 * sent only after the signal, so the request is certainly still in flight when the process is told to stop.
 */
async function checkDrain(server: ReturnType<typeof spawn>, output: Output, port: number): Promise<void> {
  const body = JSON.stringify({ choice: 'none', source: 'BANNER' });
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/consent',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue', 'x-request-id': 'standalone-drain-check' },
  });
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
  request.flushHeaders();
  await once(request, 'continue');
  const exited = once(server, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  server.kill('SIGTERM');
  await output.waitFor('"msg":"stopping', 10_000);
  const stopping = output.text.split('\n').find((line) => line.includes('"msg":"stopping'))!;
  const inFlight = (JSON.parse(stopping) as { inFlight?: number }).inFlight;
  log(`stopping with ${inFlight} request(s) in flight`);
  if (inFlight !== 1) throw new Error(`expected the one request in flight at SIGTERM, the server counted ${inFlight}`);
  const refused = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    (r) => `answered ${r.status}`,
    (error: unknown) => String((error as { cause?: { code?: string } }).cause?.code ?? error),
  );
  log(`a new connection after SIGTERM → ${refused}`);
  if (refused !== 'ECONNREFUSED') throw new Error(`a new connection after SIGTERM was not refused: ${refused}`);
  request.end(body);
  const { status, text } = await answered;
  log(`the request in flight at SIGTERM → ${status} ${text.slice(0, 80)}`);
  if (status !== 200) throw new Error(`the request in flight at SIGTERM answered ${status}`);
  const [code, signal] = await exited;
  log(`exit code ${code}${signal ? `, signal ${signal}` : ''}`);
  if (code !== 0) throw new Error(`the server exited with ${code ?? signal} after SIGTERM, not 0`);
}

async function main() {
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale()) {
    log('building…');
    await nextBuild({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  }
  const standalone = path.resolve(dist, 'standalone');
  await bundleStandaloneServer(dist);
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
    server = spawn(process.execPath, [STANDALONE_SERVER_FILE], {
      cwd: standalone,
      stdio: ['ignore', 'pipe', 'pipe'],
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
    const output = collectOutput(server);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`, 60_000);
    for (const [route, expected] of [['/api/health', 200], ['/api/ready', 200], ['/en', 200]] as const) {
      const response = await fetch(base + route);
      log(`${route} → ${response.status}`);
      if (response.status !== expected) throw new Error(`${route} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    log('ok: the standalone server answers health, readiness and the home page');
    await checkDrain(server, output, port);
    log('ok: on SIGTERM the in-flight request was answered, a new connection was refused, exit code 0');
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
