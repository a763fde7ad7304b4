/**
 * `npm run bench:search` (issue 4, Performance). On a fresh embedded PostgreSQL:
 *  1. builds the full-size demo catalog (and times it: the first `npm start` does the same);
 *  2. times 1,000 varied flight searches and 1,000 hotel searches in process, as the results pages
 *     run them (supplier query + grouping, filters, sort, paging), and prints p50/p95/p99;
 *  3. serves the production build against that database and measures requests per second of the
 *     /flights results page (varied queries) and of a static file under /_next/static (the server's
 *     limit: a rendered page, even a cached one, is not a fair reference) under the same load.
 *  2b. times the fare calendar (issue 18) of each of those flight queries: ±15 days and the month.
 * The last line has the form `bench:search flights_p95_ms=<n> hotels_p95_ms=<n> calendar_p95_ms=<n> page_vs_static=<ratio>`.
 * BENCH_SKIP_PAGES=1 stops after the in-process timings.
 *
 * Environment: BENCH_PG_PORT (default 54360), BENCH_PORT (3350), BENCH_CONCURRENCY (16),
 * BENCH_SECONDS (10 per page), BENCH_STATIC_PATH (default: the stylesheet of /en), BENCH_APP_DIR (a built app to
 * serve instead of this checkout), BENCH_SKIP_BUILD=1 (serve the existing build as it is).
 */
import 'server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createDb } from '../../db/client';
import { startEmbeddedPostgres } from '../../db/embedded-postgres';
import { migrateDeploy } from '../../db/migrate';
import { seedDemoRates } from '../../rates/demo-rates';
import { loadLatestRates } from '../../rates/load-rates';
import { seedCatalog } from '../../../prisma/seed/catalog';
import { addDays, DEFAULT_CATALOG_SEED, generateFlightRoutes, HOTEL_CITY_IDS, localDateOf, rngFor } from '../catalog';
import { createCatalogSuppliers } from '../catalog-supplier';
import { resolveFlightPlace } from '../places';
import { searchFlightResults } from '../search-flights';
import { searchHotelResults } from '../search-hotels';
import { calendarRange, fareCalendar } from '../fare-calendar';
import type { FlightQuery, HotelQuery, TimeBand } from '../search-params';

const log = (line: string) => console.log(`[bench] ${line}`);

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const fmt = (n: number) => n.toFixed(1);

/** Varied flight queries: served pairs (direct or via a hub), cities and airports, dates, parties, cabins, filters. */
export function flightQueries(count: number, today: string, seed = 7): FlightQuery[] {
  const routes = generateFlightRoutes(DEFAULT_CATALOG_SEED);
  const airports = [...new Set(routes.map((r) => r.origin))];
  const cityOf = (code: string) => resolveFlightPlace(code)!.cityId;
  const rng = rngFor(seed, 'bench-flights');
  const queries: FlightQuery[] = [];
  while (queries.length < count) {
    const route = rng.pick(routes);
    // Half the queries ask a pair the network only serves with a connection, or not at all.
    const origin = route.origin;
    const destination = rng.chance(0.5) ? route.destination : rng.pick(airports);
    const from = resolveFlightPlace(rng.chance(0.3) ? cityOf(origin) : origin);
    const to = resolveFlightPlace(rng.chance(0.3) ? cityOf(destination) : destination);
    if (!from || !to || from.cityId === to.cityId) continue;
    const depart = addDays(today, rng.int(2, 170));
    const isReturn = rng.chance(0.3);
    queries.push({
      from,
      to,
      trip: isReturn ? 'return' : 'oneway',
      depart,
      return: isReturn ? addDays(depart, rng.int(0, 9)) : null,
      adults: rng.int(1, 3),
      children: rng.chance(0.2) ? 1 : 0,
      infants: rng.chance(0.1) ? 1 : 0,
      cabin: rng.chance(0.1) ? 'BUSINESS' : 'ECONOMY',
      filters: {
        stops: rng.chance(0.2) ? 0 : null,
        airlines: [],
        times: rng.chance(0.15) ? [rng.pick<TimeBand>(['morning', 'afternoon', 'evening'])] : [],
        maxPrice: null,
        refundable: rng.chance(0.1),
      },
      sort: rng.pick(['price', 'price', 'duration', 'departure'] as const),
      page: 1,
    });
  }
  return queries;
}

function hotelQueries(count: number, today: string, seed = 7): HotelQuery[] {
  const rng = rngFor(seed, 'bench-hotels');
  return Array.from({ length: count }, () => {
    const checkIn = addDays(today, rng.int(1, 300));
    const rooms = rng.chance(0.15) ? 2 : 1;
    return {
      cityId: rng.pick(HOTEL_CITY_IDS),
      checkIn,
      checkOut: addDays(checkIn, rng.int(1, 7)),
      guests: rooms * rng.int(1, 2) + (rng.chance(0.2) ? 1 : 0),
      rooms,
      filters: { maxPrice: null, stars: rng.chance(0.2) ? [4, 5] : [], districts: [], freeCancellation: rng.chance(0.2), boards: [] },
      sort: rng.pick(['price', 'price', 'stars', 'rating'] as const),
      page: 1,
    };
  });
}

/** The /flights URL a query comes from, as the search form would build it. */
export function flightUrl(q: FlightQuery): string {
  const params = new URLSearchParams({
    from: q.from.value,
    to: q.to.value,
    trip: q.trip,
    depart: q.depart,
    adults: String(q.adults),
    children: String(q.children),
    infants: String(q.infants),
    cabin: q.cabin,
  });
  if (q.return) params.set('return', q.return);
  return `/en/flights?${params.toString()}`;
}

async function timeAll<Q>(queries: Q[], run: (q: Q) => Promise<number>): Promise<{ ms: number[]; results: number }> {
  const ms: number[] = [];
  let results = 0;
  for (const q of queries) {
    const started = performance.now();
    results += await run(q);
    ms.push(performance.now() - started);
  }
  return { ms: ms.sort((a, b) => a - b), results };
}

type LoadResult = { requests: number; errors: number; seconds: number; rps: number; cache: string | null };

/** Keeps `concurrency` requests in flight for `seconds`, cycling through `paths`; reads every body. */
async function load(port: number, paths: string[], concurrency: number, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const deadline = Date.now() + seconds * 1000;
  let requests = 0;
  let errors = 0;
  let next = 0;
  let cache: string | null = null;
  const one = (p: string) =>
    new Promise<void>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: p, agent, headers: { 'accept-language': 'en' } }, (res) => {
        cache ??= String(res.headers['x-nextjs-cache'] ?? res.headers['x-nextjs-prerender'] ?? '');
        res.on('data', () => undefined);
        res.on('end', () => {
          if (res.statusCode === 200) requests++;
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) await one(paths[next++ % paths.length]!);
    }),
  );
  agent.destroy();
  const elapsed = (Date.now() - started) / 1000;
  return { requests, errors, seconds: elapsed, rps: requests / elapsed, cache: cache || null };
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The first stylesheet a page links: a static file the server sends as it is. */
async function stylesheetOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const match = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html);
  if (!match) throw new Error(`no stylesheet on ${url}`);
  return match[1]!;
}

function runNext(appDir: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next'), ...args], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function benchSearch(): Promise<void> {
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54360);
  const appPort = Number(process.env.BENCH_PORT ?? 3350);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
  const dataDir = path.join(process.cwd(), '.data', `bench-${process.pid}`);
  let server: ChildProcess | undefined;
  const pg = await startEmbeddedPostgres({ dataDir, port: pgPort, password: 'bench', durable: false });
  try {
    await pg.ensureDatabase('bench');
    const url = pg.urlFor('bench');
    log('applying migrations to a fresh database…');
    await migrateDeploy(url);
    const db = createDb(url);
    const today = localDateOf(new Date());
    let t = Date.now();
    const summary = await db.$transaction(
      async (tx) => {
        await seedDemoRates(tx);
        return seedCatalog(tx, { log });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    log(`full catalog: ${summary.segments} departures, ${summary.fares} fares, ${summary.hotels} hotels, ${summary.roomNights} room-nights in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const suppliers = createCatalogSuppliers(db);
    const rates = (await loadLatestRates(db)) ?? undefined;
    const at = new Date();
    const flights = flightQueries(1000, today);
    const hotels = hotelQueries(1000, today);
    // Warm-up: connections, JIT and PostgreSQL's caches, as on a server that has been up a while.
    await timeAll(flightQueries(100, today, 99), async (q) => (await searchFlightResults(q, at, { supplier: suppliers.flights, rates })).total);
    await timeAll(hotelQueries(100, today, 99), async (q) => (await searchHotelResults(q, at, { supplier: suppliers.hotels })).total);
    t = Date.now();
    const f = await timeAll(flights, async (q) => (await searchFlightResults(q, at, { supplier: suppliers.flights, rates })).total);
    const h = await timeAll(hotels, async (q) => (await searchHotelResults(q, at, { supplier: suppliers.hotels })).total);
    log(`flight searches: 1000 in ${((Date.now() - t) / 1000).toFixed(1)} s with hotels, ${f.results} itineraries found`);
    log(`flights ms: p50=${fmt(percentile(f.ms, 50))} p95=${fmt(percentile(f.ms, 95))} p99=${fmt(percentile(f.ms, 99))} max=${fmt(f.ms[f.ms.length - 1]!)}`);
    log(`hotels  ms: p50=${fmt(percentile(h.ms, 50))} p95=${fmt(percentile(h.ms, 95))} p99=${fmt(percentile(h.ms, 99))} max=${fmt(h.ms[h.ms.length - 1]!)} (${h.results} hotels found)`);
    // The fare calendar of each flight query (issue 18): ±15 days and the month, one grouped query.
    const calendar = (q: FlightQuery) => {
      const range = calendarRange(q.depart, today);
      const request = { origins: q.from.airports, destinations: q.to.airports, cabin: q.cabin, seats: q.adults + q.children, fromDay: range.fromDay, toDay: range.toDay, notBefore: at };
      return fareCalendar(db, request, rates).then((days) => days.size);
    };
    await timeAll(flightQueries(100, today, 99), calendar);
    const c = await timeAll(flights, calendar);
    log(`calendar ms: p50=${fmt(percentile(c.ms, 50))} p95=${fmt(percentile(c.ms, 95))} p99=${fmt(percentile(c.ms, 99))} max=${fmt(c.ms[c.ms.length - 1]!)} (${c.results} days with a fare)`);
    await db.$disconnect();
    if (process.env.BENCH_SKIP_PAGES === '1') {
      console.log(`bench:search flights_p95_ms=${fmt(percentile(f.ms, 95))} hotels_p95_ms=${fmt(percentile(h.ms, 95))} calendar_p95_ms=${fmt(percentile(c.ms, 95))}`);
      return;
    }

    if (process.env.BENCH_SKIP_BUILD !== '1' && appDir === process.cwd()) {
      const { buildIsStale, nextBuild } = await import('../../cli/build-if-stale');
      if (buildIsStale()) {
        log('building the app (sources changed since the last build)…');
        await nextBuild({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
      }
    }
    log(`serving ${appDir} on port ${appPort} against the benchmark database…`);
    server = runNext(appDir, ['start', '-p', String(appPort), '-H', '127.0.0.1'], {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      KARVAN_MODE: 'embedded',
      DATABASE_URL: url,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-42',
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      AUTH_TRUST_HOST: 'true',
      APP_URL: `http://127.0.0.1:${appPort}`,
    });
    let serverLog = '';
    server.stdout?.on('data', (c) => (serverLog += c));
    server.stderr?.on('data', (c) => (serverLog += c));
    await waitFor(`http://127.0.0.1:${appPort}/api/health`, 120_000).catch((e) => {
      throw new Error(`${(e as Error).message}\n${serverLog.slice(-2000)}`);
    });

    const staticPath = process.env.BENCH_STATIC_PATH ?? (await stylesheetOf(`http://127.0.0.1:${appPort}/en`));
    // Varied result pages that all have results to render.
    const pages = flightQueries(400, today, 11).map(flightUrl).filter((_, i) => i % 2 === 0).slice(0, 100);
    const warm = Math.max(2, Math.round(seconds / 3));
    await load(appPort, [staticPath], concurrency, warm);
    await load(appPort, pages, concurrency, warm);
    // Alternate the two pages, so a burst of other load on the machine hits both alike.
    const rounds = 4;
    const staticRuns: LoadResult[] = [];
    const flightRuns: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      staticRuns.push(await load(appPort, [staticPath], concurrency, seconds / rounds));
      flightRuns.push(await load(appPort, pages, concurrency, seconds / rounds));
    }
    const total = (runs: LoadResult[]): LoadResult => {
      const requests = runs.reduce((n, r) => n + r.requests, 0);
      const elapsed = runs.reduce((n, r) => n + r.seconds, 0);
      return { requests, errors: runs.reduce((n, r) => n + r.errors, 0), seconds: elapsed, rps: requests / elapsed, cache: runs[0]!.cache };
    };
    const staticRun = total(staticRuns);
    const flightRun = total(flightRuns);
    const ratio = flightRun.rps / staticRun.rps;
    log(`static file ${staticPath}: ${fmt(staticRun.rps)} req/s (${staticRun.requests} ok, ${staticRun.errors} errors, cache: ${staticRun.cache ?? 'none'})`);
    log(`flight results pages: ${fmt(flightRun.rps)} req/s (${flightRun.requests} ok, ${flightRun.errors} errors, ${pages.length} different queries)`);
    log(`concurrency ${concurrency}, ${seconds} s per page`);
    console.log(
      `bench:search flights_p95_ms=${fmt(percentile(f.ms, 95))} hotels_p95_ms=${fmt(percentile(h.ms, 95))} calendar_p95_ms=${fmt(percentile(c.ms, 95))} page_vs_static=${ratio.toFixed(2)}`,
    );
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
