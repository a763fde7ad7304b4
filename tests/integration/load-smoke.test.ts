/**
 * `npm run load`'s driver for a few seconds at a low rate against a real 1-web cluster (a separate
 * process on this file's database, seeded with a 20-day demo catalog): every route kind answers, no
 * request fails, and the database has no oversold fare and no orphan hold afterwards.
 * Needs the production build: built here when stale (the e2e run then reuses it).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIsStale, nextBuild } from '@/lib/cli/build-if-stale';
import { db } from '@/lib/db/client';
import { runLoad } from '@/lib/bench/load/run-load';
import { ROUTE_KINDS } from '@/lib/bench/load/stats';
import { demoSeedSteps } from '@/prisma/seed/demo-steps';
import { seedDemoData } from '@/prisma/seed/run-seed';
import { productionProcessEnv } from '../support/production-process-env';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.LOAD_TEST_PORT ?? 36_000 + (Number(process.env.TEST_PG_PORT ?? 55_600) % 100) + 8);
const CATALOG_DAYS = 20;

beforeAll(async () => {
  if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale(root)) await nextBuild({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  process.env.KARVAN_CATALOG_DAYS = String(CATALOG_DAYS);
  await seedDemoData(db, demoSeedSteps);
}, 600_000);

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm run load', () => {
  it('drives every route kind without an error and leaves no oversold seat or orphan hold', async () => {
    const launcher = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/cli/start-cluster.ts', '--web', '1', '--workers', '0'], {
      cwd: root,
      env: productionProcessEnv({ PORT: String(port), KARVAN_SKIP_BUILD: '1', APP_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    launcher.stdout.on('data', (c) => (output = (output + c).slice(-4000)));
    launcher.stderr.on('data', (c) => (output = (output + c).slice(-4000)));
    try {
      const base = `http://127.0.0.1:${port}`;
      await until(() => fetch(`${base}/api/ready`).then((r) => r.ok, () => false), `the web process\n${output}`);
      const report = await runLoad({ bases: [base], databaseUrl: process.env.DATABASE_URL!, appDir: root, seconds: 5, rate: 2, maxInflight: 20, catalogDays: CATALOG_DAYS, log: () => undefined });

      const answered = Object.fromEntries(ROUTE_KINDS.map((kind) => [kind, report.stats.kinds.get(kind)!.ms.length > 0]));
      expect(answered).toEqual(Object.fromEntries(ROUTE_KINDS.map((kind) => [kind, true])));
      expect({ errors: report.stats.errors, samples: report.stats.samples }).toEqual({ errors: 0, samples: [] });
      expect(report.stats.journeys.paid).toBeGreaterThan(0);
      const { orders: _orders, ...inventory } = report.inventory;
      expect(inventory).toEqual({ oversoldFares: 0, seatMismatches: 0, oversoldRoomNights: 0, orphanOrderHolds: 0, orphanSupplierHolds: 0 });
      expect(report.failed).toBe(false);
    } finally {
      launcher.kill('SIGTERM');
      await new Promise((r) => (launcher.exitCode === null ? launcher.once('exit', r) : r(null)));
    }
  }, 240_000);
});
