import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResponseCache } from '@/lib/server/response-cache';

/**
 * The server's response cache (lib/server/response-cache.ts, issue 19) in front of a real HTTP server and a
 * handler that answers like Next.js does for public and personal pages. What must hold: nothing personal is
 * ever stored, a stored answer is shared only by requests that would get the same answer, and it expires.
 */
type Answer = { status?: number; headers: Record<string, string | string[]>; body: string };

const PUBLIC = 's-maxage=60, stale-while-revalidate=600';
let clock = 1_000_000;
let calls: string[] = [];
let answer: (req: http.IncomingMessage) => Answer;
let server: http.Server;
let cache: ResponseCache;
let base: string;
let handled: (() => void) | null = null;

beforeEach(async () => {
  calls = [];
  answer = () => ({ headers: { 'cache-control': PUBLIC, 'content-type': 'text/html' }, body: 'page' });
  server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  cache = new ResponseCache({ maxEntries: 3, maxBytes: 1024 * 1024, origin: { port, hostname: '127.0.0.1' }, now: () => clock });
  const handler = cache.wrap(async (req, res) => {
    calls.push(`${req.method} ${req.url}`);
    const { status = 200, headers, body } = answer(req);
    // Like Next.js: some headers set one by one, the rest given to writeHead, the body streamed.
    res.setHeader('x-request-id', String(req.headers['x-request-id'] ?? ''));
    res.writeHead(status, headers);
    res.write(body.slice(0, 2));
    res.end(body.slice(2));
    handled?.();
  });
  server.on('request', (req, res) => void handler(req, res));
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(base + path, { method, headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('response cache', () => {
  it('answers a public page from memory, with its Age and the current request id', async () => {
    const first = await get('/en/legal/agreement', { 'x-request-id': 'first' });
    clock += 5_000;
    const second = await get('/en/legal/agreement', { 'x-request-id': 'second' });
    expect(calls).toEqual(['GET /en/legal/agreement']);
    expect(first.body).toBe('page');
    expect(second.body).toBe('page');
    expect(second.headers.get('age')).toBe('5');
    expect(second.headers.get('x-request-id')).toBe('second');
    expect(second.headers.get('cache-control')).toBe(PUBLIC);
    expect(second.headers.get('content-type')).toBe('text/html');
  });

  it('never stores a response that sets a cookie', async () => {
    answer = () => ({ headers: { 'cache-control': PUBLIC, 'set-cookie': 'session=abc' }, body: 'page' });
    await get('/en');
    await get('/en');
    expect(calls).toHaveLength(2);
    expect(cache.snapshot().entries).toBe(0);
  });

  it('never stores a personal page, whatever its headers say', async () => {
    for (const path of ['/en/checkout', '/en/trip', '/en/account', '/en/admin', '/api/me', '/en/signin']) {
      await get(path);
      await get(path);
    }
    expect(calls).toHaveLength(12);
    expect(cache.snapshot().entries).toBe(0);
  });

  it('never stores private, no-store or uncached answers, nor errors', async () => {
    const answers: Answer[] = [
      { headers: { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, body: 'x' },
      { headers: { 'cache-control': 'public, max-age=60' }, body: 'x' },
      { headers: { 'cache-control': 's-maxage=60, private' }, body: 'x' },
      { status: 404, headers: { 'cache-control': PUBLIC }, body: 'x' },
    ];
    for (const a of answers) {
      answer = () => a;
      await get('/en/hotels/some-hotel?checkIn=2030-01-01');
    }
    expect(calls).toHaveLength(4);
    expect(cache.snapshot().entries).toBe(0);
  });

  it('keys on the display currency and the encoding, never on the session', async () => {
    answer = (req) => ({ headers: { 'cache-control': PUBLIC }, body: `currency ${/karvan_currency=(\w+)/.exec(String(req.headers.cookie))?.[1] ?? 'none'}` });
    const path = '/en/flights?from=GYD&to=ALA';
    expect((await get(path, { cookie: 'karvan_currency=EUR; authjs.session-token=alice' })).body).toBe('currency EUR');
    expect((await get(path, { cookie: 'authjs.session-token=bob; karvan_currency=EUR' })).body).toBe('currency EUR');
    expect((await get(path, { cookie: 'karvan_currency=USD; authjs.session-token=alice' })).body).toBe('currency USD');
    expect((await get(path)).body).toBe('currency none');
    await get(path, { 'accept-encoding': 'gzip' });
    expect(calls).toHaveLength(4);
    // Another query is another page.
    await get('/en/flights?from=GYD&to=NQZ');
    expect(calls).toHaveLength(5);
  });

  it('leaves Next.js router requests and HEAD misses to Next.js', async () => {
    await get('/en', { rsc: '1' });
    await get('/en', { rsc: '1' });
    await get('/en?_rsc=abc');
    await get('/en?_rsc=abc');
    await get('/en', {}, 'HEAD');
    expect(cache.snapshot().entries).toBe(0);
    await get('/en');
    const head = await get('/en', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(calls).toHaveLength(6);
  });

  it('serves a stale answer while one background request refreshes it, then forgets it', async () => {
    let version = 1;
    answer = () => ({ headers: { 'cache-control': 's-maxage=60, stale-while-revalidate=120' }, body: `v${version}` });
    await get('/en/legal/privacy');
    version = 2;
    clock += 61_000;
    const refreshed = new Promise<void>((resolve) => (handled = resolve));
    const stale = await Promise.all([get('/en/legal/privacy'), get('/en/legal/privacy'), get('/en/legal/privacy')]);
    expect(stale.map((r) => r.body)).toEqual(['v1', 'v1', 'v1']);
    await refreshed;
    handled = null;
    expect(calls).toHaveLength(2);
    expect((await get('/en/legal/privacy')).body).toBe('v2');
    expect(calls).toHaveLength(2);
    // Past its fresh and stale lifetimes an entry is not served at all.
    version = 3;
    clock += 60_000 + 120_000 + 1;
    expect((await get('/en/legal/privacy')).body).toBe('v3');
    expect(calls).toHaveLength(3);
  });

  it('holds at most its bound, dropping the least recently used first', async () => {
    for (const doc of ['agreement', 'privacy', 'cookies']) await get(`/en/legal/${doc}`);
    await get('/en/legal/agreement');
    await get('/en');
    expect(cache.snapshot().entries).toBe(3);
    calls = [];
    await get('/en/legal/agreement');
    await get('/en');
    await get('/en/legal/privacy');
    expect(calls).toEqual(['GET /en/legal/privacy']);
  });
});
