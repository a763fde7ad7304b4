import autocannon from 'autocannon';

export type LoadResult = { ok: number; failed: number; seconds: number; rps: number; latencies: number[] };

export type LoadOptions = {
  base: string;
  /** One path, or a function that gives the next path for every request (distinct queries). */
  path: string | (() => string);
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
};

/**
 * Keeps `connections` requests in flight for `seconds` with autocannon (no Accept-Encoding, as the
 * command-line tool sends) and records every 2xx response time, so percentiles are exact.
 */
export async function load({ base, path, connections, seconds, headers = {} }: LoadOptions): Promise<LoadResult> {
  const next = typeof path === 'string' ? () => path : path;
  const latencies: number[] = [];
  let failed = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [{ method: 'GET', headers, setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
    else failed++;
  });
  const result = await instance;
  const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000;
  latencies.sort((a, b) => a - b);
  return { ok: latencies.length, failed: failed + result.errors + result.timeouts, seconds: elapsed, rps: latencies.length / elapsed, latencies };
}

export function combine(runs: LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return { ok: latencies.length, failed: runs.reduce((n, r) => n + r.failed, 0), seconds, rps: latencies.length / seconds, latencies };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
