import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { publicPage } from '../auth/public-pages';
import { REQUEST_ID_HEADER } from '../auth/request-context';
import { readCookie } from '../consent/cookie-consent';
import { DISPLAY_CURRENCY_COOKIE } from '../rates/display-currencies';

/**
 * A small in-process "CDN" in front of Next.js (issue 19): finished responses of public pages are kept
 * in memory and answered without entering Next.js at all, which costs about as much as a static file.
 *
 * Stored only when every rule holds (a personal page can never be stored, nor served from here):
 * - a GET of a public page path (lib/auth/public-pages.ts) without Next.js's RSC/router/action headers
 *   (their responses differ by the client's router state; they go to Next.js's own cache);
 * - the response is a 200 whose `Cache-Control` has `s-maxage` and neither `private` nor `no-store`,
 *   and it carries no `Set-Cookie`.
 * The key is everything such a response depends on: host, scheme (`X-Forwarded-Proto`), the URL, the
 * display-currency preference cookie that the proxy reads, and `Accept-Encoding`; never the session or
 * any other cookie (public pages read none). HEAD is answered from the GET entry.
 *
 * Lifetime: fresh for `s-maxage`; then stale for at most `stale-while-revalidate`, capped at 9 more
 * lifetimes (as lib/cache/page-cache-handler.mjs drops an entry 10 lifetimes after it was rendered), during
 * which it is served while one background request per key refreshes it. Bounded by entries and bytes,
 * least recently used first. `Age` says how old the answer is.
 */
type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

type ResponseCacheOptions = {
  maxEntries: number;
  maxBytes: number;
  /** where the server listens, for the background refresh of a stale entry */
  origin: { port: number; hostname: string };
  now?: () => number;
};

type Entry = {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  storedAt: number;
  freshUntil: number;
  staleUntil: number;
  refreshing: boolean;
};

type ResponseCacheStats = { entries: number; bytes: number; hits: number; stale: number; misses: number; stored: number };

// Request headers whose presence makes the response differ by the client's router state (Next.js's Vary).
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'next-hmr-refresh'];
// Response headers that belong to one connection or one request, never replayed.
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'age', REQUEST_ID_HEADER]);
// Marks our own background refresh; the token is per process, so no client can make us bypass the cache.
const REFRESH_HEADER = 'x-karvan-cache-refresh';
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

function header(req: http.IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/** The display currency the proxy would read from the request's cookie ('' when none). */
const currencyCookie = (req: http.IncomingMessage) => readCookie(req.headers.cookie, DISPLAY_CURRENCY_COOKIE) ?? '';

/** The cache key of a request, or null when its answer may not come from (or go into) this cache. */
function responseCacheKey(req: http.IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  const search = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
  if (search.has('_rsc')) return null;
  const currency = currencyCookie(req);
  if (!publicPage(pathname, search, currency || undefined)) return null;
  return [header(req, 'host'), header(req, 'x-forwarded-proto'), url, currency, header(req, 'accept-encoding')].join('\n');
}

/** Fresh and stale lifetimes (ms) from a response's Cache-Control, or null when it may not be stored. */
function sharedLifetime(cacheControl: string): { fresh: number; stale: number } | null {
  const directives = new Map<string, string>();
  for (const part of cacheControl.toLowerCase().split(',')) {
    const [name, value = ''] = part.trim().split('=');
    if (name) directives.set(name, value);
  }
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return null;
  const sMaxAge = Number(directives.get('s-maxage'));
  if (!directives.has('s-maxage') || !Number.isFinite(sMaxAge) || sMaxAge <= 0) return null;
  const swr = Number(directives.get('stale-while-revalidate') ?? 0);
  return { fresh: sMaxAge * 1000, stale: Math.min(Number.isFinite(swr) ? swr : 0, 9 * sMaxAge) * 1000 };
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly token = randomBytes(16).toString('hex');
  private readonly now: () => number;
  readonly stats = { hits: 0, stale: 0, misses: 0, stored: 0 };

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  snapshot(): ResponseCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.stats };
  }

  /** The handler with this cache in front of it. */
  wrap(handler: RequestHandler): RequestHandler {
    return async (req, res) => {
      const key = responseCacheKey(req);
      if (key === null) return handler(req, res);
      const refresh = req.headers[REFRESH_HEADER] === this.token;
      if (refresh) delete req.headers[REFRESH_HEADER];
      const entry = refresh ? undefined : this.entries.get(key);
      const now = this.now();
      if (entry && now < entry.staleUntil) {
        // Most recently used last, so eviction takes the oldest first.
        this.entries.delete(key);
        this.entries.set(key, entry);
        if (now >= entry.freshUntil) {
          this.stats.stale++;
          if (!entry.refreshing) this.refresh(req, entry);
        } else this.stats.hits++;
        return this.replay(req, res, entry, now);
      }
      if (entry) this.remove(key);
      this.stats.misses++;
      if (req.method !== 'GET') return handler(req, res);
      this.capture(key, res);
      return handler(req, res);
    };
  }

  private replay(req: http.IncomingMessage, res: http.ServerResponse, entry: Entry, now: number) {
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader('age', String(Math.floor((now - entry.storedAt) / 1000)));
    res.setHeader('content-length', String(entry.body.length));
    const requestId = req.headers[REQUEST_ID_HEADER];
    if (typeof requestId === 'string') res.setHeader(REQUEST_ID_HEADER, requestId);
    res.statusCode = entry.status;
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  }

  /** Records what the handler writes, passing it through unchanged; stores it at the end if it may be. */
  private capture(key: string, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) tooBig = true;
      else chunks.push(Buffer.from(buffer));
    };
    // Headers given to writeHead bypass getHeaders() unless setHeader was used first: fold them in.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = rest.find((r) => r !== null && typeof r === 'object') as http.OutgoingHttpHeaders | string[] | undefined;
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      }
      const reason = rest.find((r) => typeof r === 'string');
      return reason === undefined ? writeHead(status) : writeHead(status, reason);
    }) as typeof res.writeHead;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      const result = end(chunk, ...rest);
      if (!tooBig) this.store(key, res, Buffer.concat(chunks));
      return result;
    }) as typeof res.end;
  }

  private store(key: string, res: http.ServerResponse, body: Buffer) {
    if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return;
    const lifetime = sharedLifetime(String(res.getHeader('cache-control') ?? ''));
    if (!lifetime) return;
    const headers: [string, string | string[]][] = [];
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value === undefined || HOP_HEADERS.has(name)) continue;
      headers.push([name, Array.isArray(value) ? value : String(value)]);
    }
    const now = this.now();
    this.remove(key);
    const entry: Entry = { status: 200, headers, body, storedAt: now, freshUntil: now + lifetime.fresh, staleUntil: now + lifetime.fresh + lifetime.stale, refreshing: false };
    this.entries.set(key, entry);
    this.bytes += body.length;
    this.stats.stored++;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }

  /** One background GET through the whole server (proxy included), which stores the fresh answer. */
  private refresh(req: http.IncomingMessage, entry: Entry) {
    entry.refreshing = true;
    const headers: http.OutgoingHttpHeaders = { [REFRESH_HEADER]: this.token };
    for (const name of ['host', 'x-forwarded-proto', 'accept-encoding', 'accept-language', 'user-agent']) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    const currency = currencyCookie(req);
    if (currency) headers.cookie = `${DISPLAY_CURRENCY_COOKIE}=${currency}`;
    const hostname = this.options.origin.hostname === '0.0.0.0' || this.options.origin.hostname === '::' ? '127.0.0.1' : this.options.origin.hostname;
    const done = () => {
      entry.refreshing = false;
    };
    const request = http.request({ hostname, port: this.options.origin.port, path: req.url, method: 'GET', headers, timeout: 30_000 }, (response) => {
      response.resume();
      response.on('end', done);
      response.on('error', done);
    });
    request.on('error', done);
    request.on('timeout', () => request.destroy());
    request.end();
  }
}

/** The cache for one web process, sized by RESPONSE_CACHE_MAX_ENTRIES (2,000) and RESPONSE_CACHE_MAX_MB (64); 0 entries turns it off. */
export function responseCacheFromEnv(origin: { port: number; hostname: string }, env: NodeJS.ProcessEnv = process.env): ResponseCache | null {
  const maxEntries = Number(env.RESPONSE_CACHE_MAX_ENTRIES ?? 2000);
  const maxMb = Number(env.RESPONSE_CACHE_MAX_MB ?? 64);
  if (!(maxEntries > 0) || !(maxMb > 0)) return null;
  return new ResponseCache({ maxEntries, maxBytes: maxMb * 1024 * 1024, origin });
}
