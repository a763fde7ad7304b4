import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { checkDatabase } from '@/lib/db/check-database';

describe('database', () => {
  it('writes and reads an audit event through Prisma', async () => {
    const created = await db.auditEvent.create({
      data: { action: 'test.write', subjectType: 'Test', subjectId: 'abc', data: { note: 'hello' } },
    });
    const read = await db.auditEvent.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.action).toBe('test.write');
    expect(read.data).toEqual({ note: 'hello' });
    expect(read.at.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('starts each test file with an empty database of its own', async () => {
    // The other test in this file wrote one row; no other file's rows are visible here.
    const count = await db.auditEvent.count({ where: { action: { not: 'test.write' } } });
    expect(count).toBe(0);
  });

  it('reports the database as reachable', async () => {
    await expect(checkDatabase()).resolves.toBe(true);
  });
});
