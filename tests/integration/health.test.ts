import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createDb } from '@/lib/db/client';

describe('GET /api/health', () => {
  it('is liveness only: 200 even when the database is not reachable', async () => {
    const holder = globalThis as { karvanDb?: ReturnType<typeof createDb> };
    const working = holder.karvanDb;
    holder.karvanDb = createDb('postgresql://nobody:nothing@127.0.0.1:1/none');
    try {
      const response = await GET();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      await holder.karvanDb.$disconnect();
      holder.karvanDb = working;
    }
  });
});
