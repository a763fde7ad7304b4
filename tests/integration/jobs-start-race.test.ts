/**
 * Several processes starting at once on a fresh database (a cluster's first start, or workers scaled up
 * together) each create every queue. pg-boss creates a queue as a partition of its job table, and
 * concurrent creations could deadlock; startJobs serialises them across processes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { registerJob, unregisterJob } from '@/lib/jobs/registry';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';

const schema = `pgboss_race_${process.pid}`;
const names = Array.from({ length: 12 }, (_, i) => `race-job-${i}`);
const started: RunningJobs[] = [];

afterAll(async () => {
  await Promise.all(started.map((jobs) => jobs.stop({ timeoutMs: 2_000 })));
  for (const name of names) unregisterJob(name);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('starting jobs in several processes at once', () => {
  it('creates every queue once, without a deadlock, when six starts race on a fresh schema', async () => {
    for (const name of names) registerJob(name, async () => {});
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => startJobs({ connectionString: process.env.DATABASE_URL!, schema, work: false, jobs: names })),
    );
    for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(failures).toEqual([]);

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${schema}.queue WHERE name LIKE 'race-job-%' ORDER BY name`);
    await client.end();
    expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
  }, 60_000);
});
