/**
 * Scenario (a): 200 concurrent checkouts for the last 2 seats of a fare, from 2 separate processes
 * (each its own pool), on one PostgreSQL → exactly 2 orders hold seats, nothing oversold, and every
 * other traveller is told the offer is sold out.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, checkoutInput, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';
import { spawnChild } from './support/processes';

configureBookingTestEnv();
const { db } = await import('@/lib/db/client');

const ATTEMPTS = 200;
const PROCESSES = 2;

describe('the last seats, 2 processes', () => {
  it(`${ATTEMPTS} checkouts for the last 2 seats: 2 held, 0 oversold, ${ATTEMPTS - 2} told it is sold out`, async () => {
    const flight = await createFlight({ seats: ATTEMPTS });
    const offer = { kind: 'FLIGHT' as const, offerId: flight.offerId(1) };
    const prepared: { owner: unknown; input: unknown }[] = [];
    // Each traveller's trip is made while the seats are there; 20 at a time keeps the set-up short.
    for (let i = 0; i < ATTEMPTS; i += 20) {
      const batch = await Promise.all(Array.from({ length: 20 }, async () => {
        const trip = await createTrip([offer]);
        return { owner: trip.owner, input: await checkoutInput(trip) };
      }));
      prepared.push(...batch);
    }
    const started = Date.now();
    await db.fare.update({ where: { id: flight.fareId }, data: { seatsLeft: 2 } });

    const dir = mkdtempSync(path.join(tmpdir(), 'karvan-resilience-'));
    const children = Array.from({ length: PROCESSES }, (_, p) => {
      const file = path.join(dir, `attempts-${p}.json`);
      writeFileSync(file, JSON.stringify(prepared.filter((_, i) => i % PROCESSES === p)));
      return spawnChild('tests/resilience/children/place-orders.ts', [file, TEST_AGREEMENT_VERSION]);
    });
    try {
      await Promise.all(children.map((c) => c.waitFor('ready')));
      for (const c of children) c.send('go');
      const results = await Promise.all(children.map((c) => c.json<{ placed: number; refusals: { code: string; message: string }[] }>('placed')));
      console.info(`[resilience] last seats: ${ATTEMPTS} checkouts over ${PROCESSES} processes answered in ${Date.now() - started} ms (processes started included)`);

      expect(results.reduce((sum, r) => sum + r.placed, 0)).toBe(2);
      const refusals = results.flatMap((r) => r.refusals);
      expect(refusals).toHaveLength(ATTEMPTS - 2);
      for (const refusal of refusals) {
        expect(refusal.code).toBe('SOLD_OUT');
        expect(refusal.message).toMatch(/sold out/i);
      }
      expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(0);
      expect(await db.orderHold.count({ where: { kind: 'FLIGHT', status: 'HELD' } })).toBe(2);
      const taken = await db.$queryRaw<{ seats: bigint }[]>`SELECT coalesce(sum(seats), 0)::bigint AS seats FROM catalog_holds WHERE status = 'HELD' AND ${flight.fareId} = ANY(fare_ids)`;
      expect(Number(taken[0]!.seats)).toBe(2);
    } finally {
      for (const c of children) c.kill('SIGKILL');
    }
  }, 120_000);
});
