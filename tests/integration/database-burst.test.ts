import { afterAll, describe, expect, it } from 'vitest';
import { createDb, POOL_WAIT_MS } from '@/lib/db/client';

/**
 * A burst larger than the pool waits its turn instead of failing: Prisma's own default (2 s to start a
 * transaction) failed the 100-at-once webhook and last-seats tests whenever the machine was busy.
 */
const pool = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => pool.$disconnect());

describe('a burst of transactions on a small pool', () => {
  it('queues every one until a connection is free, past Prisma’s 2 s default', async () => {
    const holdMs = 150;
    // 40 transactions of 150 ms on 2 connections: the last one starts about 3 s after the first.
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        pool.$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SELECT pg_sleep(${holdMs / 1000})`);
          return i;
        }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed.map((r) => String((r as PromiseRejectedResult).reason).slice(0, 120))).toEqual([]);
    expect(POOL_WAIT_MS).toBeGreaterThan((40 / 2) * holdMs);
  });
});
