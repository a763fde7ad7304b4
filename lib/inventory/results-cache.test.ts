import { describe, expect, it } from 'vitest';
import { cached, ResultsCache } from './results-cache';

describe('results cache', () => {
  it('expires entries and evicts the least recently used', () => {
    let now = 0;
    const cache = new ResultsCache<number>(2, 1000, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    now = 1001;
    expect(cache.get('a')).toBeUndefined();
  });

  it('runs a search once per key and forgets failures', async () => {
    const cache = new ResultsCache<Promise<number>>(10, 60_000);
    let calls = 0;
    const load = async () => ++calls;
    expect(await cached(cache, 'k', load)).toBe(1);
    expect(await cached(cache, 'k', load)).toBe(1);
    await expect(cached(cache, 'bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cached(cache, 'bad', load)).toBe(2);
  });
});
