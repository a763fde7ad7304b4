import { timingSafeEqual } from 'node:crypto';
import { Counter, Histogram, Registry } from 'prom-client';
import type { RouteKind } from './route-kind';

/**
 * The counters each process keeps for itself: request latency and webhook outcomes (Prometheus sums the
 * processes). No database here: our HTTP server (lib/server/http-server.ts) records into it from plain Node,
 * outside Next's server bundle; lib/observe/metrics.ts adds the gauges read from PostgreSQL. Held on globalThis
 * so that the HTTP server and the bundled routes of the same process count into one registry.
 */
export type ProcessMetrics = {
  registry: Registry;
  requestDuration: Histogram<'kind' | 'method' | 'status'>;
  webhookOutcomes: Counter<'outcome'>;
};

const holder = globalThis as unknown as { karvanMetrics?: ProcessMetrics };

export function processMetrics(): ProcessMetrics {
  holder.karvanMetrics ??= createProcessMetrics();
  return holder.karvanMetrics;
}

function createProcessMetrics(): ProcessMetrics {
  const registry = new Registry();
  const requestDuration = new Histogram({
    name: 'karvan_http_request_duration_seconds',
    help: 'HTTP request latency by route kind, method and status class',
    labelNames: ['kind', 'method', 'status'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5],
    registers: [registry],
  });
  const webhookOutcomes = new Counter({
    name: 'karvan_payment_webhooks_total',
    help: 'Payment webhook deliveries by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return { registry, requestDuration, webhookOutcomes };
}

export function observeRequest(kind: RouteKind, method: string, status: number, seconds: number): void {
  processMetrics().requestDuration.observe({ kind, method, status: `${Math.floor(status / 100)}xx` }, seconds);
}

export function countWebhook(outcome: string): void {
  processMetrics().webhookOutcomes.inc({ outcome });
}

/** The bearer token check of /api/metrics: constant-time, and no token configured means no endpoint. */
export function metricsAuthorised(authorization: string | null, token = process.env.METRICS_TOKEN): boolean {
  if (!token || !authorization) return false;
  const given = Buffer.from(authorization);
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
