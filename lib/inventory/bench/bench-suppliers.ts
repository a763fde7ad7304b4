import 'server-only';
/**
 * `npm run bench:suppliers` (issue 21): p50/p95 of a flight search through the Duffel adapter against the
 * local Duffel, next to the same calls made with the bare SDK (the local Duffel's own cost), at 0 and
 * 300 ms of latency; a merged catalog + Duffel search; and the merged search with Duffel's breaker open.
 * Goals: adapter overhead ≤ 5 ms p95; breaker open ≤ 100 ms p95. Prints figures, asserts nothing.
 *
 * Environment: BENCH_PG_PORT (default 54360), BENCH_RUNS (default 60).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Duffel } from '@duffel/api';
import { createDb } from '../../db/client';
import { startEmbeddedPostgres } from '../../db/embedded-postgres';
import { migrateDeploy } from '../../db/migrate';
import { seedCatalog } from '../../../prisma/seed/catalog';
import { addDays, localDateOf } from '../catalog';
import { createDuffelContext } from '../duffel/context';
import { createDuffelFlightSupplier } from '../duffel/flights';
import { startLocalDuffel } from '../duffel/local/server';
import { createSuppliers } from '../suppliers';
import { percentile } from './bench-search';

const log = (m: string) => process.stdout.write(`${m}\n`);

async function time(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const fmt = (r: { p50: number; p95: number }) => `p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms`;

export async function benchSuppliers(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 60);
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54360);
  const dataDir = path.join(process.cwd(), '.data', `bench-suppliers-${process.pid}`);
  const pg = await startEmbeddedPostgres({ dataDir, port: pgPort, password: 'bench', durable: false });
  const local = await startLocalDuffel();
  try {
    await pg.ensureDatabase('bench');
    const url = pg.urlFor('bench');
    await migrateDeploy(url);
    const db = createDb(url);
    const today = localDateOf(new Date());
    await db.$transaction((tx) => seedCatalog(tx, { startDate: today, flightDays: 10, hotelDays: 10 }), { timeout: 10 * 60_000, maxWait: 60_000 });
    const day = addDays(today, 5);
    const criteria = { origins: ['GYD'], destinations: ['IST'], departDate: day, passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'ECONOMY' as const };
    const token = 'duffel_test_benchtoken';
    const sdk = new Duffel({ token, basePath: local.url });
    const adapter = createDuffelFlightSupplier(createDuffelContext('bench', { token, basePath: local.url }));
    const bare = async () => {
      const request = await sdk.offerRequests.create({ slices: [{ origin: 'GYD', destination: 'IST', departure_date: day, departure_time: null, arrival_time: null }] as never, passengers: [{ type: 'adult' }] as never, cabin_class: 'economy', return_offers: false });
      await sdk.offers.list({ offer_request_id: request.data.id, limit: 200 });
    };
    log(`flight search, ${runs} runs each (GYD → IST, 1 adult)`);
    for (const latencyMs of [0, 300]) {
      local.setFaults({ latencyMs });
      const own = await time(latencyMs ? Math.min(runs, 20) : runs, bare);
      const through = await time(latencyMs ? Math.min(runs, 20) : runs, () => adapter.search(criteria, new Date()));
      log(`  local Duffel ${latencyMs} ms/answer, bare SDK:   ${fmt(own)}`);
      log(`  local Duffel ${latencyMs} ms/answer, adapter:    ${fmt(through)}   overhead p95 ${(through.p95 - own.p95).toFixed(1)} ms`);
    }
    local.setFaults({ latencyMs: 0 });
    const config = { FLIGHT_SUPPLIER: 'duffel', HOTEL_SUPPLIER: 'catalog', DUFFEL_ACCESS_TOKEN: token, DUFFEL_API_URL: local.url } as const;
    const catalogOnly = createSuppliers({ ...config, FLIGHT_SUPPLIER: 'catalog' }, db);
    log(`  catalog alone:                              ${fmt(await time(runs, () => catalogOnly.flights.search(criteria, new Date())))}`);
    const merged = createSuppliers(config, db, { duffel: { breaker: { failureThreshold: 1, openMs: 3_600_000 }, policy: { retries: 0 } } });
    log(`  merged catalog + Duffel:                    ${fmt(await time(runs, () => merged.flights.search(criteria, new Date())))}`);
    local.setFaults({ serverErrors: 1 });
    await merged.flights.search(criteria, new Date());
    const open = await time(runs, async () => {
      const result = await merged.flights.search(criteria, new Date());
      if (!result.unavailable?.includes('duffel')) throw new Error('expected the breaker to be open');
    });
    log(`  merged, Duffel breaker open:                ${fmt(open)}`);
    await db.$disconnect();
  } finally {
    await local.close();
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
