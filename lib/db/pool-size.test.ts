import { describe, expect, it } from 'vitest';
import { poolSize } from './client';

describe('poolSize', () => {
  it('is 10 unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(poolSize({})).toBe(10);
    expect(poolSize({ DATABASE_POOL_SIZE: '' })).toBe(10);
    expect(poolSize({ DATABASE_POOL_SIZE: '4' })).toBe(4);
  });

  it('refuses what is not a whole number from 1 to 500', () => {
    for (const bad of ['0', '-1', '2.5', 'ten', '501']) expect(() => poolSize({ DATABASE_POOL_SIZE: bad })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
