/**
 * `npm run start:cluster`: real separate processes (2 web, 1 worker) on one PostgreSQL — this file's
 * test database — both ports answer, and SIGTERM to the launcher stops them all cleanly (exit 0).
 * Needs the production build: built here when stale (the e2e run then reuses it).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIsStale, nextBuild } from '@/lib/cli/build-if-stale';
import { productionProcessEnv } from '../support/production-process-env';

const root = path.resolve(import.meta.dirname, '../..');
const base = Number(process.env.CLUSTER_TEST_PORT ?? 36_000 + (Number(process.env.TEST_PG_PORT ?? 55_600) % 100) + 6);

beforeAll(async () => {
  if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale(root)) await nextBuild({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
}, 600_000);

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const ready = (port: number) => fetch(`http://127.0.0.1:${port}/api/ready`).then((r) => r.ok, () => false);

describe('npm run start:cluster', () => {
  it('runs 2 web processes on consecutive ports and a worker, and stops them all on SIGTERM', async () => {
    const launcher = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/cli/start-cluster.ts', '--web', '2', '--workers', '1'], {
      cwd: root,
      env: productionProcessEnv({ PORT: String(base), KARVAN_SKIP_BUILD: '1', METRICS_TOKEN: 'cluster-metrics-token' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    launcher.stdout.on('data', (c) => (output += c));
    launcher.stderr.on('data', (c) => (output += c));
    const exited = once(launcher, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      await until(async () => (await ready(base)) && (await ready(base + 1)), `both web processes ready\n${output}`);
      await until(async () => output.includes('[karvan worker] working'), 'the worker');
      for (const port of [base, base + 1]) {
        const response = await fetch(`http://127.0.0.1:${port}/api/metrics`, { headers: { authorization: 'Bearer cluster-metrics-token' } });
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('karvan_http_request_duration_seconds_count{kind="health"');
      }
      launcher.kill('SIGTERM');
      const [code] = await exited;
      expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });
      expect(await ready(base)).toBe(false);
      expect(await ready(base + 1)).toBe(false);
      const stopped = output.split('\n').filter((l) => l.includes('"msg":"stopped"') || l.includes('[karvan worker] stopped'));
      expect(stopped).toHaveLength(3);
    } finally {
      if (launcher.exitCode === null) launcher.kill('SIGKILL');
    }
  }, 90_000);
});
