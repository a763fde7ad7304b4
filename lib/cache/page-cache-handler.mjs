// @ts-check
import { createRequire } from 'node:module';

/**
 * The server's page cache (next.config.ts `cacheHandler`, issue 19): the rendered HTML and RSC
 * payloads of the public pages, in this process's memory only, bounded three ways, so an endless
 * supply of new query strings cannot fill the memory or the disk (Next.js's default cache writes
 * every entry to .next/ and never deletes it):
 * - at most PAGE_CACHE_MAX_ENTRIES entries (default 5000), least recently used dropped first;
 * - at most PAGE_CACHE_MAX_MB megabytes of HTML and payload (default 128);
 * - an entry is dropped 10 lifetimes after it was rendered (`revalidate` × 10: a results page after
 *   10 minutes, home after 10 hours), so a page nobody asks for again is not kept stale forever.
 * Within its lifetime an entry is fresh; after it, Next.js serves it once more and renders it again
 * in the background (stale-while-revalidate). Each process has its own cache; a CDN in front shares
 * them through the `s-maxage` / `stale-while-revalidate` headers Next.js sends.
 */

const MAX_ENTRIES = Number(process.env.PAGE_CACHE_MAX_ENTRIES ?? 5000);
const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_MB ?? 128) * 1024 * 1024;
const DEFAULT_LIFETIME_S = 60;
const KEPT_LIFETIMES = 10;

/** @type {Map<string, { value: any; lastModified: number; cacheControl: any; tags: string[]; bytes: number; dropAt: number }>} */
const entries = new Map();
let bytes = 0;

// Next.js remembers each key's lifetime in a process-wide map that nothing ever empties; forget a
// key there when the page leaves this cache, or that map grows with every query ever asked.
const require = createRequire(import.meta.url);
/** @type {Map<string, unknown> | undefined} */
let lifetimes;
try {
  lifetimes = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js').SharedCacheControls.cacheControls;
} catch {
  lifetimes = undefined;
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = 0;
  if (typeof value.html === 'string') size += value.html.length;
  if (value.rscData) size += value.rscData.length;
  if (value.segmentData) for (const [path, buffer] of value.segmentData) size += path.length + buffer.length;
  if (value.body) size += value.body.length;
  if (value.data) size += JSON.stringify(value.data).length;
  return size + 256;
}

/** @param {string} key */
function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytes -= entry.bytes;
  lifetimes?.delete(key);
}

export default class PageCacheHandler {
  /** @param {unknown} _options */
  constructor(_options) {}

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (Date.now() > entry.dropAt) {
      drop(key);
      return null;
    }
    // Most recently used last: a Map iterates in insertion order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ tags?: string[]; cacheControl?: { revalidate?: number | false } }} ctx
   */
  async set(key, data, ctx) {
    drop(key);
    if (!data) return;
    const size = sizeOf(data);
    if (size > MAX_BYTES / 10) return;
    const revalidate = typeof ctx?.cacheControl?.revalidate === 'number' && ctx.cacheControl.revalidate > 0 ? ctx.cacheControl.revalidate : DEFAULT_LIFETIME_S;
    const headerTags = typeof data.headers?.['x-next-cache-tags'] === 'string' ? data.headers['x-next-cache-tags'].split(',') : [];
    const now = Date.now();
    entries.set(key, { value: data, lastModified: now, cacheControl: ctx?.cacheControl, tags: [...(ctx?.tags ?? []), ...headerTags], bytes: size, dropAt: now + revalidate * KEPT_LIFETIMES * 1000 });
    bytes += size;
    for (const oldest of entries.keys()) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      drop(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of entries) if (entry.tags.some((tag) => wanted.has(tag))) drop(key);
  }

  resetRequestCache() {}
}

/** For tests: what the cache holds. */
export function pageCacheStats() {
  return { entries: entries.size, bytes };
}
