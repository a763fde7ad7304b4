import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createDb } from '@/lib/db/client';

describe('GET /api/health', () => {
  it('answers 200 when the database is reachable', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 when the database is not reachable', async () => {
    const holder = globalThis as { karvanDb?: ReturnType<typeof createDb> };
    const working = holder.karvanDb;
    // Port 1 on loopback: nothing listens there, so the connection is refused.
    holder.karvanDb = createDb('postgresql://nobody:nothing@127.0.0.1:1/none');
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await holder.karvanDb.$disconnect();
      holder.karvanDb = working;
    }
  });
});
