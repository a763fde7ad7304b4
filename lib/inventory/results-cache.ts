/**
 * A small per-process cache of search results (least recently used, with a time to live). The
 * results pages use it so that a popular search is run once a minute rather than once a request;
 * what a traveller books is re-checked with the supplier on the offer page and at the hold, so a
 * result at most a minute old can never be sold at a stale price or past its availability.
 */
export class ResultsCache<V> {
  private readonly entries = new Map<string, { at: number; value: V }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Caches a promise under `key`; a rejected promise is dropped so that the next call retries. */
export function cached<V>(cache: ResultsCache<Promise<V>> | undefined, key: string, load: () => Promise<V>): Promise<V> {
  if (!cache) return load();
  const hit = cache.get(key);
  if (hit) return hit;
  const value = load();
  cache.set(key, value);
  value.catch(() => cache.delete(key));
  return value;
}
