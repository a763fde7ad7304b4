/**
 * `npm run bench:alerts` (issue 18). On a fresh embedded PostgreSQL with the demo catalog: 10,000 saved
 * searches of 1,000 travellers over 500 distinct searches (400 flight routes/dates, 100 hotel stays), half
 * with a price seen before far above today's (so they alert), then ONE run of the price-alert job. Prints
 * the run's duration, the SQL statements it issued (every statement through `pg`, BEGIN/COMMIT included),
 * the catalog queries among them per distinct search, and the mails queued.
 *
 * Environment: BENCH_PG_PORT (default 54370), BENCH_FLIGHT_DAYS (days of flights seeded, default 30;
 * `full` = the whole demo catalog), BENCH_SEARCHES (10000), BENCH_DISTINCT (500).
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../../db/client';
import { startEmbeddedPostgres } from '../../db/embedded-postgres';
import { migrateDeploy } from '../../db/migrate';
import { seedDemoRates } from '../../rates/demo-rates';
import { seedCatalog } from '../../../prisma/seed/catalog';
import { addDays, DEFAULT_CATALOG_SEED, generateFlightRoutes, HOTEL_CITY_IDS, localDateOf, rngFor } from '../../inventory/catalog';
import { createCatalogSuppliers } from '../../inventory/catalog-supplier';
import type { Queryable } from '../../inventory/db';
import { expiryOf, normaliseSearch, type NormalisedSearch } from '../normalise-search';
import { runPriceAlerts } from '../run-price-alerts';

const log = (line: string) => console.log(`[bench:alerts] ${line}`);

function distinctSearches(count: number, today: string, flightDays: number): NormalisedSearch[] {
  const rng = rngFor(18, 'bench-alerts');
  const routes = generateFlightRoutes(DEFAULT_CATALOG_SEED);
  const out = new Map<string, NormalisedSearch>();
  const flights = Math.round(count * 0.8);
  while (out.size < flights) {
    const route = rng.pick(routes);
    const s = normaliseSearch('FLIGHT', { from: route.origin, to: route.destination, depart: addDays(today, rng.int(1, flightDays - 1)), adults: String(rng.int(1, 2)) }, today);
    if (s) out.set(`F ${s.queryKey}`, s);
  }
  while (out.size < count) {
    const checkIn = addDays(today, rng.int(1, 60));
    const s = normaliseSearch('HOTEL', { city: rng.pick(HOTEL_CITY_IDS), checkIn, checkOut: addDays(checkIn, rng.int(1, 4)), guests: '2', rooms: '1' }, today);
    if (s) out.set(`H ${s.queryKey}`, s);
  }
  return [...out.values()];
}

export async function benchAlerts(): Promise<void> {
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54370);
  const total = Number(process.env.BENCH_SEARCHES ?? 10_000);
  const distinct = Number(process.env.BENCH_DISTINCT ?? 500);
  const full = process.env.BENCH_FLIGHT_DAYS === 'full';
  const flightDays = full ? 60 : Number(process.env.BENCH_FLIGHT_DAYS ?? 30);
  const perUser = 10;
  const dataDir = path.join(process.cwd(), '.data', `bench-alerts-${process.pid}`);
  const server = await startEmbeddedPostgres({ dataDir, port: pgPort, password: 'bench', durable: false });
  try {
    await server.ensureDatabase('bench');
    const url = server.urlFor('bench');
    log('applying migrations to a fresh database…');
    await migrateDeploy(url);
    const db = createDb(url);
    const today = localDateOf(new Date());
    let t = Date.now();
    const summary = await db.$transaction(
      async (tx) => {
        await seedDemoRates(tx);
        return seedCatalog(tx, full ? { log } : { log, flightDays, hotelDays: 90 });
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
    log(`catalog: ${summary.segments} departures, ${summary.fares} fares, ${summary.hotels} hotels in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const searches = distinctSearches(distinct, today, flightDays);
    const users = Math.ceil(total / perUser);
    const userIds = Array.from({ length: users }, () => randomUUID());
    await db.user.createMany({ data: userIds.map((id, i) => ({ id, email: `bench-${i}@example.test`, locale: 'en' })) });
    const rows = [];
    for (let i = 0; i < total; i++) {
      const userIndex = Math.floor(i / perUser);
      // Each traveller's 10 searches are 10 different ones; together they cover every distinct search evenly.
      const search = searches[(userIndex * 7 + (i % perUser) * 50) % searches.length]!;
      rows.push({
        userId: userIds[userIndex]!,
        kind: search.kind,
        queryKey: search.queryKey,
        locale: ['en', 'ru', 'az', 'kk'][i % 4]!,
        // half of them last saw a price far above today's: they alert
        lowestComparableMinor: i % 2 === 0 ? 1_000_000_000 : null,
        expiresAt: expiryOf(search.travelDate),
        stopTokenHash: randomUUID(),
      });
    }
    for (let i = 0; i < rows.length; i += 2000) await db.savedSearch.createMany({ data: rows.slice(i, i + 2000), skipDuplicates: true });
    const saved = await db.savedSearch.count();
    log(`${saved} saved searches of ${users} travellers, ${searches.length} distinct`);

    // Count every statement sent through `pg` during the run (Prisma's adapter uses pg's Client).
    let statements = 0;
    const original = pg.Client.prototype.query;
    (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
      statements++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    let catalogQueries = 0;
    const counting: Queryable = {
      $queryRawUnsafe: (q, ...v) => (catalogQueries++, db.$queryRawUnsafe(q, ...v)),
      $executeRawUnsafe: (q, ...v) => (catalogQueries++, db.$executeRawUnsafe(q, ...v)),
    };
    t = performance.now();
    const run = await runPriceAlerts({ db, suppliers: createCatalogSuppliers(counting), now: new Date() });
    const seconds = (performance.now() - t) / 1000;
    pg.Client.prototype.query = original;
    const mails = await db.outboxMessage.count({ where: { template: 'price-alert' } });
    log(`run: ${run.searchesChecked} searches checked, ${run.distinctSearches} distinct, ${run.alertsQueued} alerts queued in ${seconds.toFixed(1)} s`);
    log(`SQL statements in the run: ${statements} (catalog queries ${catalogQueries} = ${(catalogQueries / run.distinctSearches).toFixed(2)} per distinct search)`);
    console.log(
      `bench:alerts seconds=${seconds.toFixed(1)} searches=${run.searchesChecked} distinct=${run.distinctSearches} statements=${statements} catalog_queries=${catalogQueries} catalog_queries_per_distinct=${(catalogQueries / run.distinctSearches).toFixed(2)} mails_queued=${mails}`,
    );
    await db.$disconnect();
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
