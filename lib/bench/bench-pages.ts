/**
 * `npm run bench:pages` (issue 19): one production server, started as `npm start` starts it (embedded
 * PostgreSQL with the demo catalog, `next build` when stale), measured page kind by page kind against
 * a static file under /_next/static served by the same server in the same run. For each kind it
 * prints requests/s, p50/p95/p99 and the share of the static file's requests/s, the gzipped HTML,
 * the first-load JavaScript (gzip) and the cumulative layout shift in Chromium, and the load average.
 *
 * Each page kind is measured in rounds that alternate with the static file, so a burst of other load
 * on the machine hits both alike. Requests carry no cookies (what a CDN or a first visit sends),
 * except checkout, which has a filled trip.
 *
 * Environment: BENCH_PORT (3360), BENCH_PG_PORT (54361), BENCH_APP_DIR (the app to serve, default
 * this checkout), BENCH_DATA_DIR (its data folder, default <app>/.data/bench-pages; kept between
 * runs, so the catalog is seeded once), BENCH_CONCURRENCY (16), BENCH_SECONDS (6 per page kind),
 * BENCH_ROUNDS (2), BENCH_ONLY (comma-separated kinds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { flightQueries, flightUrl } from '../inventory/bench/bench-search';
import { localDateOf } from '../inventory/catalog';
import { combine, load, percentile, type LoadResult } from './load';
import { pageWeight, type PageWeight } from './page-weight';
import { launchChromium, measureLayoutShift, mobileContext } from './layout-shift';

const log = (line: string) => console.log(`[bench] ${line}`);
const load1 = () => loadavg().map((n) => n.toFixed(2)).join(' ');

function bakuDate(daysAhead: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

async function waitForHealth(base: string, server: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it answered`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${base}/api/health did not answer within ${timeoutMs / 1000} s`);
}

async function html(base: string, pathname: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(base + pathname, { headers });
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
  return response.text();
}

function firstHref(page: string, pattern: RegExp, what: string): string {
  const match = pattern.exec(page);
  if (!match) throw new Error(`no ${what} link found`);
  return match[1]!.replace(/&amp;/g, '&');
}

/** A trip with one flight, filled through the real pages in Chromium; returns its cookies. */
async function tripCookies(base: string, offerPath: string): Promise<{ name: string; value: string; url: string }[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(base + offerPath);
    await page.getByRole('button', { name: 'Add to trip' }).click();
    await page.waitForURL(/\/en\/trip/);
    return (await context.cookies()).map((c) => ({ name: c.name, value: c.value, url: base }));
  } finally {
    await browser.close();
  }
}

/** Waits until requests left over from the last load have finished (the static file answers quickly). */
async function settle(base: string, staticPath: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const started = performance.now();
    await fetch(base + staticPath).then((r) => r.arrayBuffer(), () => undefined);
    if (performance.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(0));

type Kind = { key: string; label: string; path: string | (() => string); warm: boolean; cookie?: string; weightPath?: string };

export async function benchPages(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 3360);
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54361);
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? path.join(appDir, '.data', 'bench-pages'));
  const connections = Number(process.env.BENCH_CONCURRENCY ?? 16);
  const seconds = Number(process.env.BENCH_SECONDS ?? 6);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
  const base = `http://127.0.0.1:${port}`;

  log(`starting ${appDir} on port ${port} (data in ${dataDir}; the first run builds and seeds the catalog)…`);
  // Node itself, not the tsx wrapper: SIGTERM then reaches the launcher, which stops the web process and then
  // its PostgreSQL before it exits (through the wrapper the database was left running after the bench).
  const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/cli/start.ts'], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KARVAN_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', APP_URL: base, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  server.stdout?.on('data', (c) => (serverLog = (serverLog + c).slice(-4000)));
  server.stderr?.on('data', (c) => (serverLog = (serverLog + c).slice(-4000)));
  try {
    await waitForHealth(base, server, 20 * 60_000).catch((e) => {
      throw new Error(`${(e as Error).message}\n${serverLog}`);
    });
    const home = await html(base, '/en');
    const staticPath = firstHref(home, /href="(\/_next\/static\/[^"]+\.css)"/, 'stylesheet');
    const flights = `/en/flights?from=GYD&to=ALA&depart=${bakuDate(14)}&adults=1&trip=oneway`;
    const hotels = `/en/hotels?city=almaty&checkIn=${bakuDate(12)}&checkOut=${bakuDate(14)}&guests=2&rooms=1`;
    const transfers = `/en/transfers?airport=GYD&zone=baku-old-city&date=${bakuDate(10)}&time=14:30&passengers=1&bags=1`;
    const offer = firstHref(await html(base, flights), /href="(\/en\/flights\/offer\/[^"]+)"/, 'flight offer');
    const hotel = firstHref(await html(base, hotels), /href="(\/en\/hotels\/[a-z0-9-]+\?[^"]+)"/, 'hotel page');
    const cookies = await tripCookies(base, offer);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    // A new query string for every request: never asked before in this run, so nothing is cached.
    const today = localDateOf(new Date());
    const distinct = [...new Set(flightQueries(40_000, today, Date.now() % 100_000).map(flightUrl))].filter((u) => u !== flights);
    let nextDistinct = 0;
    const distinctPath = () => {
      if (nextDistinct >= distinct.length) throw new Error('ran out of distinct flight queries');
      return distinct[nextDistinct++]!;
    };

    const kinds: Kind[] = [
      { key: 'home', label: 'home `/en`', path: '/en', warm: true },
      { key: 'legal', label: 'legal page `/en/legal/agreement`', path: '/en/legal/agreement', warm: true },
      { key: 'flights', label: 'flight results, one query', path: flights, warm: true },
      { key: 'hotels', label: 'hotel results, one query', path: hotels, warm: true },
      { key: 'transfers', label: 'transfer results, one query', path: transfers, warm: true },
      { key: 'distinct', label: 'flight results, a new query each request', path: distinctPath, warm: false, weightPath: flights },
      { key: 'hotel', label: 'hotel page with stay dates', path: hotel, warm: true },
      { key: 'offer', label: 'flight offer page', path: offer, warm: true },
      { key: 'checkout', label: 'checkout, one flight in the trip', path: '/en/checkout', warm: true, cookie },
    ].filter((k) => !only || only.includes(k.key));

    log(`static file: ${staticPath}; load average at start: ${load1()}`);
    const staticRuns: LoadResult[] = [];
    const rows: { kind: Kind; page: LoadResult; reference: LoadResult; weight: PageWeight | null; cls: number | null }[] = [];
    await load({ base, path: staticPath, connections, seconds: 2 });
    for (const kind of kinds) {
      const headers: Record<string, string> = kind.cookie ? { cookie: kind.cookie } : {};
      if (kind.warm) await load({ base, path: kind.path, connections, seconds: 2, headers });
      const pageRuns: LoadResult[] = [];
      const referenceRuns: LoadResult[] = [];
      for (let round = 0; round < rounds; round++) {
        await settle(base, staticPath);
        referenceRuns.push(await load({ base, path: staticPath, connections, seconds: seconds / rounds }));
        await settle(base, staticPath);
        pageRuns.push(await load({ base, path: kind.path, connections, seconds: seconds / rounds, headers }));
      }
      staticRuns.push(...referenceRuns);
      const page = combine(pageRuns);
      const reference = combine(referenceRuns);
      log(`${kind.key}: ${page.rps.toFixed(1)} req/s (static ${reference.rps.toFixed(1)}), p95 ${ms(percentile(page.latencies, 95))} ms, ${page.failed} failed; load ${load1()}`);
      rows.push({ kind, page, reference, weight: null, cls: null });
    }

    const browser = await launchChromium();
    try {
      for (const row of rows) {
        const target = row.kind.weightPath ?? (row.kind.path as string);
        row.weight = await pageWeight(base, target, row.kind.cookie ? { cookie: row.kind.cookie } : {});
        const context = await mobileContext(browser, row.kind.cookie ? cookies : []);
        row.cls = await measureLayoutShift(context, base + target);
        await context.close();
      }
    } finally {
      await browser.close();
    }

    const all = combine(staticRuns);
    const kb = (n: number) => (n / 1024).toFixed(1);
    console.log('');
    console.log(`| page kind | req/s | p50 ms | p95 ms | p99 ms | share of static | HTML gzip KB | first-load JS gzip KB | CLS |`);
    console.log(`|---|---|---|---|---|---|---|---|---|`);
    console.log(`| static file (\`/_next/static/…css\`) | ${all.rps.toFixed(0)} | ${ms(percentile(all.latencies, 50))} | ${ms(percentile(all.latencies, 95))} | ${ms(percentile(all.latencies, 99))} | 100 % | | | |`);
    for (const { kind, page, reference, weight, cls } of rows) {
      const share = ((100 * page.rps) / reference.rps).toFixed(1);
      console.log(
        `| ${kind.label} | ${page.rps.toFixed(1)} | ${ms(percentile(page.latencies, 50))} | ${ms(percentile(page.latencies, 95))} | ${ms(percentile(page.latencies, 99))} | ${share} % | ${weight ? kb(weight.htmlGzip) : ''} | ${weight ? kb(weight.jsGzip) : ''} | ${cls === null ? '' : cls.toFixed(3)} |`,
      );
    }
    console.log('');
    console.log(`concurrency ${connections}, ${seconds} s per page kind in ${rounds} rounds alternating with the static file; ${distinct.length > nextDistinct ? nextDistinct : 'all'} distinct flight queries asked`);
    console.log(`load average (1, 5, 15 min) at the end: ${load1()}`);
  } finally {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
}
