import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GET as ready } from '@/app/api/ready/route';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { createDb, db } from '@/lib/db/client';
import { pendingMigrations } from '@/lib/db/check-migrations';
import { countWebhook } from '@/lib/observe/process-metrics';
import { enqueueMail } from '@/lib/mail/outbox/enqueue-mail';

const scrape = (authorization?: string) =>
  metricsRoute(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));

describe('GET /api/ready', () => {
  it('answers 200 when the database is reachable and every migration is applied', async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable', migrations: 'current' });
  });

  it('answers 503 while the database is not reachable', async () => {
    const holder = globalThis as { karvanDb?: ReturnType<typeof createDb> };
    const working = holder.karvanDb;
    holder.karvanDb = createDb('postgresql://nobody:nothing@127.0.0.1:1/none');
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ database: 'unreachable' });
    } finally {
      await holder.karvanDb.$disconnect();
      holder.karvanDb = working;
    }
  });

  it('counts a shipped migration the database has not applied as behind', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrations-'));
    await mkdir(path.join(dir, '20991231000000_from_the_next_release'));
    expect(await pendingMigrations(dir)).toEqual(['20991231000000_from_the_next_release']);
    expect(await pendingMigrations()).toEqual([]);
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`;
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ migrations: 'behind', pending: 1 });
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL`;
  });
});

describe('GET /api/metrics', () => {
  const before = process.env.METRICS_TOKEN;
  afterEach(() => {
    if (before === undefined) delete process.env.METRICS_TOKEN;
    else process.env.METRICS_TOKEN = before;
  });

  it('does not exist (404) while METRICS_TOKEN is unset, whatever the request says', async () => {
    delete process.env.METRICS_TOKEN;
    expect((await scrape()).status).toBe(404);
    expect((await scrape('Bearer ')).status).toBe(404);
    expect((await scrape('Bearer undefined')).status).toBe(404);
  });

  it('answers 404 without the right bearer token and the metrics with it', async () => {
    process.env.METRICS_TOKEN = 'scrape-secret-0123456789';
    expect((await scrape()).status).toBe(404);
    expect((await scrape('Bearer wrong-secret-0123456789')).status).toBe(404);
    expect((await scrape('scrape-secret-0123456789')).status).toBe(404);

    countWebhook('processed');
    await db.$transaction((tx) => enqueueMail(tx, { template: 'sign-in-link', to: 'metrics@example.test', locale: 'en', payload: {}, dedupeKey: 'metrics:1' }));
    const response = await scrape('Bearer scrape-secret-0123456789');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const body = await response.text();
    expect(body).toContain('karvan_http_request_duration_seconds');
    expect(body).toMatch(/karvan_payment_webhooks_total\{outcome="processed"\} 1/);
    expect(body).toMatch(/^karvan_outbox_backlog 1$/m);
    expect(body).toMatch(/^karvan_holds_expiring 0$/m);
    expect(body).toContain('karvan_job_queue_depth');
    expect(body).not.toContain('metrics@example.test');
  });
});
