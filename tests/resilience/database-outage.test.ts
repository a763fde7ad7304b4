/**
 * Scenario (d): PostgreSQL stopped under traffic for RESILIENCE_OUTAGE_MS (20 s by default) and started
 * again. Two real web processes (our HTTP server with its database gate, writing through the app's pool)
 * answer every request 200 or 503 with a friendly page in the request's language and Retry-After —
 * never 500; every write answered 200 is there afterwards, and the 503s succeed when retried; both
 * processes recover without a restart. Its own embedded PostgreSQL, so the others' is never stopped.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/db/embedded-postgres';
import pg from 'pg';
import { root, spawnChild, until } from './support/processes';

const OUTAGE_MS = Number(process.env.RESILIENCE_OUTAGE_MS ?? 20_000);
const PG_PORT = Number(process.env.RESILIENCE_PG_PORT ?? 55654) + 1;
const WEB_PORT = Number(process.env.RESILIENCE_PORT ?? 3655);
const dataDir = path.join(root, '.data', `resilience-outage-${process.pid}`);
const startPg = () => startEmbeddedPostgres({ dataDir, port: PG_PORT, password: 'test', durable: false });

let postgres: RunningPostgres | undefined;
afterAll(async () => {
  await postgres?.stop().catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
});

describe('PostgreSQL down for a while under traffic', () => {
  it(`answers 503 with a friendly page for ${OUTAGE_MS / 1000} s, loses nothing, recovers without a restart`, async () => {
    await rm(dataDir, { recursive: true, force: true });
    postgres = await startPg();
    await postgres.ensureDatabase('outage');
    const url = postgres.urlFor('outage');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('CREATE TABLE resilience_writes (id text PRIMARY KEY)');
    await admin.end();

    const ports = [WEB_PORT, WEB_PORT + 1];
    const webs = ports.map((port) => spawnChild('tests/resilience/children/db-web.ts', [], { DATABASE_URL: url, PORT: String(port), KARVAN_ROLE: 'web' }));
    const statuses: Record<number, number> = {};
    const written = new Set<string>();
    const refused = new Set<string>();
    const pages: { body: string; retryAfter: string | null; language: string | null }[] = [];
    let traffic = true;
    let n = 0;
    const traveller = async (which: number) => {
      const locale = ['en', 'ru', 'az', 'kk'][which % 4]!;
      while (traffic) {
        const id = `w${which}-${n++}`;
        const response = await fetch(`http://127.0.0.1:${ports[which % 2]}/${locale}/write/${id}`, { method: 'POST' }).catch(() => null);
        if (response) {
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          const body = await response.text();
          if (response.status === 200) written.add(id);
          else refused.add(id);
          if (response.status === 503 && pages.length < 8) pages.push({ body, retryAfter: response.headers.get('retry-after'), language: response.headers.get('content-language') });
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await Promise.all(webs.map((w) => w.waitFor('serving on')));
      const load = [0, 1, 2, 3].map(traveller);
      await until(() => written.size >= 20, 'traffic flowing');
      await postgres.stop();
      const down = Date.now();
      await until(() => (statuses[503] ?? 0) >= 8, 'the 503s', 30_000);
      await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - down))));
      postgres = await startPg();
      const before = written.size;
      await until(() => written.size >= before + 20, 'both processes writing again', 60_000);
      traffic = false;
      await Promise.all(load);

      const failures = webs.flatMap((w) => w.output().split('\n').filter((l) => l.includes('request failed'))).slice(0, 3).join('\n');
      expect(Object.keys(statuses).sort(), failures).toEqual(['200', '503']);
      for (const page of pages) {
        expect(page.retryAfter).toMatch(/^\d+$/);
        expect(page.body).toContain(`<html lang="${page.language}"`);
        expect(page.body).toMatch(/Karvan/);
      }
      expect(new Set(pages.map((p) => p.language)).size).toBeGreaterThan(1);
      // Nothing answered 200 was lost, and what was refused goes through when the traveller tries again.
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const stored = new Set((await check.query<{ id: string }>('SELECT id FROM resilience_writes')).rows.map((r) => r.id));
      for (const id of written) expect(stored.has(id), id).toBe(true);
      for (const id of refused) {
        const again = await fetch(`http://127.0.0.1:${ports[Number(id.slice(1).split('-')[0]) % 2]}/en/write/${id}`, { method: 'POST' });
        expect(again.status).toBe(200);
      }
      expect(Number((await check.query('SELECT count(*) AS n FROM resilience_writes')).rows[0].n)).toBe(written.size + refused.size);
      await check.end();
      console.info(`[resilience] outage ${OUTAGE_MS} ms: ${statuses[200]} answered 200, ${statuses[503]} answered 503, 0 answered 500`);
      for (const w of webs) expect(w.process.exitCode).toBeNull();
    } finally {
      traffic = false;
      for (const w of webs) w.kill('SIGKILL');
    }
  }, 180_000);
});
