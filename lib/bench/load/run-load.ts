import { loadavg } from 'node:os';
import { localDateOf, rngFor } from '../../inventory/catalog';
import { inventoryFailures, InventoryCheck, type InventoryReport } from './invariants';
import { bookingVisit, checkoutJourney, type Booking, type JourneyContext } from './journeys';
import { HttpSession } from './http-session';
import { manifestActionId } from './server-actions';
import { LoadStats, percentile, ROUTE_KINDS } from './stats';
import { buildTraffic } from './traffic';

export type LoadRunOptions = {
  /** web processes, all on loopback; arrivals go round-robin, a journey's steps alternate between them */
  bases: string[];
  databaseUrl: string;
  /** the checkout the cluster runs from (its build's server-action manifest) */
  appDir: string;
  seconds: number;
  /** arrivals per second (a checkout journey is one arrival of seven requests) */
  rate: number;
  /** arrivals in flight at most; more are shed and reported (the rate was not sustained) */
  maxInflight: number;
  catalogDays: number;
  log: (line: string) => void;
};

export type LoadReport = { stats: LoadStats; inventory: InventoryReport; seconds: number; loadAverage: { start: number[]; end: number[] }; failed: boolean };

/** The traveller mix of issue 17: of every 100 arrivals, 60 searches, 20 offer pages, 15 checkout journeys, 5 manage-booking visits. */
const MIX = [
  [0.6, 'search'],
  [0.8, 'offer'],
  [0.95, 'journey'],
  [1, 'booking'],
] as const;

export function assertLoopback(bases: string[]): void {
  for (const base of bases) {
    const host = new URL(base).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`npm run load only drives loopback addresses, not ${base}`);
  }
}

export async function runLoad(o: LoadRunOptions): Promise<LoadReport> {
  assertLoopback(o.bases);
  const loadStart = loadavg();
  const rng = rngFor(Date.now() % 100_000, 'load-run');
  const traffic = await buildTraffic(o.bases[0]!, localDateOf(new Date()), o.catalogDays, o.log);
  let ip = 0;
  const bookings: Booking[] = [];
  const context = (stats: LoadStats): JourneyContext => ({
    bases: o.bases,
    stats,
    bookings,
    sandboxActionId: manifestActionId(o.appDir, 'completeSandboxPaymentAction'),
    nextIp: () => `10.${(++ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
  });

  // Two journeys before the clock starts: they prove the flow works and give manage booking something to find.
  const warm = new LoadStats();
  for (let i = 0; i < 4 && bookings.length < 2; i++) await checkoutJourney(context(warm), rng.pick(traffic.flightOffers));
  if (bookings.length === 0) throw new Error(`no checkout journey completed before the run:\n${warm.samples.join('\n')}`);

  const check = await InventoryCheck.begin(o.databaseUrl);
  const stats = new LoadStats();
  const ctx = context(stats);
  const page = async (kind: 'search' | 'offer', path: string) => {
    const session = new HttpSession(o.bases, ctx.nextIp());
    try {
      const answer = await session.request(path);
      if (answer.status === 200) stats.ok(kind, answer.ms);
      else stats.error(kind, `${answer.status} ${path}`);
    } catch (error) {
      stats.error(kind, `${(error as Error).message} ${path}`);
    }
  };
  let count = 0;
  const arrival = (): Promise<void> => {
    const roll = rng.real(0, 1);
    // The first arrivals take each part of the mix once, so even a short run reports every route kind.
    const what = count < MIX.length ? MIX[count]![1] : MIX.find(([upTo]) => roll < upTo)![1];
    count++;
    if (what === 'search') return page('search', rng.chance(0.5) ? rng.pick(traffic.hotSearches) : rng.pick(traffic.searches));
    if (what === 'offer') return page('offer', rng.pick(traffic.offers));
    if (what === 'journey') return checkoutJourney(ctx, rng.pick(traffic.flightOffers));
    return bookingVisit(ctx, rng.pick(bookings));
  };

  o.log(`driving ${o.rate} arrivals/s for ${o.seconds} s against ${o.bases.join(', ')}; load average ${loadStart.map((n) => n.toFixed(2)).join(' ')}`);
  const inflight = new Set<Promise<void>>();
  const started = performance.now();
  let arrivals = 0;
  while (performance.now() - started < o.seconds * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * o.rate);
    for (; arrivals < due; arrivals++) {
      if (inflight.size >= o.maxInflight) {
        stats.shed++;
        continue;
      }
      const p = arrival().finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inflight);
  const seconds = (performance.now() - started) / 1000;
  const inventory = await check.report();
  await check.end();
  const loadEnd = loadavg();
  return { stats, inventory, seconds, loadAverage: { start: loadStart, end: loadEnd }, failed: stats.errors > 0 || inventoryFailures(inventory) > 0 };
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(0));

export function printReport(r: LoadReport, o: Pick<LoadRunOptions, 'rate' | 'bases'>, print: (line: string) => void = console.log): void {
  const { stats, inventory } = r;
  print('');
  print('| route kind | requests | req/s | p50 ms | p95 ms | p99 ms | errors | refused |');
  print('|---|---|---|---|---|---|---|---|');
  for (const kind of ROUTE_KINDS) {
    const k = stats.kinds.get(kind)!;
    const sorted = [...k.ms].sort((a, b) => a - b);
    print(`| ${kind} | ${sorted.length} | ${(sorted.length / r.seconds).toFixed(1)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${k.errors} | ${k.refused} |`);
  }
  const all = [...stats.kinds.values()].flatMap((k) => k.ms).sort((a, b) => a - b);
  print(`| all | ${all.length} | ${(all.length / r.seconds).toFixed(1)} | ${ms(percentile(all, 50))} | ${ms(percentile(all, 95))} | ${ms(percentile(all, 99))} | ${stats.errors} | |`);
  print('');
  print(`${o.rate} arrivals/s for ${r.seconds.toFixed(1)} s on ${o.bases.length} web process(es): ${(all.length / r.seconds).toFixed(1)} requests/s, ${stats.errors} errors, ${stats.shed} arrivals shed; checkout journeys ${stats.journeys.started} started, ${stats.journeys.paid} paid`);
  for (const sample of stats.samples) print(`  error: ${sample}`);
  print(`orders placed during the run: ${JSON.stringify(inventory.orders)}`);
  print(`inventory: ${inventory.oversoldFares} oversold fares, ${inventory.seatMismatches} fares whose seats do not add up, ${inventory.oversoldRoomNights} oversold room nights; orphan holds: ${inventory.orphanOrderHolds} agency, ${inventory.orphanSupplierHolds} supplier`);
  print(`load average (1, 5, 15 min): start ${r.loadAverage.start.map((n) => n.toFixed(2)).join(' ')}, end ${r.loadAverage.end.map((n) => n.toFixed(2)).join(' ')}`);
  const search = [...stats.kinds.get('search')!.ms].sort((a, b) => a - b);
  print(
    `load rate=${o.rate} rps=${(all.length / r.seconds).toFixed(1)} errors=${stats.errors} shed=${stats.shed} search_p95_ms=${ms(percentile(search, 95))} oversold=${inventory.oversoldFares + inventory.oversoldRoomNights} seat_mismatches=${inventory.seatMismatches} orphan_holds=${inventory.orphanOrderHolds + inventory.orphanSupplierHolds} load1=${r.loadAverage.end[0]!.toFixed(2)}`,
  );
}
