import 'server-only';
import { Gauge } from 'prom-client';
import { db } from '@/lib/db/client';
import { processMetrics, type ProcessMetrics } from './process-metrics';

/**
 * The Prometheus metrics of this process (GET /api/metrics, behind METRICS_TOKEN): the per-process counters of
 * lib/observe/process-metrics.ts, plus queue depth and age, the outbox backlog and holds about to expire, read
 * from PostgreSQL at scrape time, so every process reports the same shared figures.
 */
const holder = globalThis as unknown as { karvanSharedGauges?: boolean };

export function metrics(): ProcessMetrics {
  const registered = processMetrics();
  if (!holder.karvanSharedGauges) {
    registerSharedGauges(registered.registry);
    holder.karvanSharedGauges = true;
  }
  return registered;
}

function registerSharedGauges(registry: ProcessMetrics['registry']): void {
  const jobDepth = new Gauge({ name: 'karvan_job_queue_depth', help: 'Jobs waiting (created or retry) per queue', labelNames: ['queue'] as const, registers: [registry] });
  const jobAge = new Gauge({ name: 'karvan_job_queue_oldest_age_seconds', help: 'Age of the oldest waiting job that is due, per queue', labelNames: ['queue'] as const, registers: [registry] });
  const outboxBacklog = new Gauge({ name: 'karvan_outbox_backlog', help: 'Outbox messages not yet sent', registers: [registry] });
  const outboxAge = new Gauge({ name: 'karvan_outbox_oldest_age_seconds', help: 'Age of the oldest unsent outbox message', registers: [registry] });
  const holdsExpiring = new Gauge({ name: 'karvan_holds_expiring', help: 'Holds still held that expire within the next 5 minutes', registers: [registry] });
  const holdsHeld = new Gauge({ name: 'karvan_holds_held', help: 'Holds currently held', registers: [registry] });

  // One collect fills every shared gauge: prom-client awaits each gauge's collect, so the queries run once.
  let shared: Promise<void> | null = null;
  const collectShared = () => {
    shared ??= readShared({ jobDepth, jobAge, outboxBacklog, outboxAge, holdsExpiring, holdsHeld }).finally(() => {
      shared = null;
    });
    return shared;
  };
  for (const gauge of [jobDepth, jobAge, outboxBacklog, outboxAge, holdsExpiring, holdsHeld]) {
    (gauge as unknown as { collect: () => Promise<void> }).collect = collectShared;
  }
}

type SharedGauges = Record<'jobDepth' | 'jobAge' | 'outboxBacklog' | 'outboxAge' | 'holdsExpiring' | 'holdsHeld', Gauge<string>>;

async function readShared(g: SharedGauges): Promise<void> {
  const [jobs, outbox, holds] = await Promise.all([
    db.$queryRaw<{ name: string; depth: bigint; age: number | null }[]>`
      SELECT name, count(*) AS depth,
             extract(epoch FROM now() - min(created_on) FILTER (WHERE start_after <= now()))::float8 AS age
      FROM pgboss.job WHERE state IN ('created', 'retry') GROUP BY name`.catch(() => []),
    db.$queryRaw<{ backlog: bigint; age: number | null }[]>`
      SELECT count(*) AS backlog, extract(epoch FROM now() - min(created_at))::float8 AS age
      FROM outbox_messages WHERE status = 'PENDING'`,
    db.$queryRaw<{ held: bigint; expiring: bigint }[]>`
      SELECT count(*) AS held, count(*) FILTER (WHERE expires_at <= now() + interval '5 minutes') AS expiring
      FROM order_holds WHERE status = 'HELD'`,
  ]);
  g.jobDepth.reset();
  g.jobAge.reset();
  for (const row of jobs) {
    g.jobDepth.set({ queue: row.name }, Number(row.depth));
    g.jobAge.set({ queue: row.name }, row.age ?? 0);
  }
  g.outboxBacklog.set(Number(outbox[0]?.backlog ?? 0));
  g.outboxAge.set(outbox[0]?.age ?? 0);
  g.holdsHeld.set(Number(holds[0]?.held ?? 0));
  g.holdsExpiring.set(Number(holds[0]?.expiring ?? 0));
}
