import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { APP_URL, authRequest, configureTestEnv, CookieJar, createUser, startSmtpServer, type TestSmtp } from './auth-test-kit';

vi.mock('server-only', () => ({}));

let smtp: TestSmtp;
let handlers: typeof import('@/lib/auth').handlers;
let consumeRateLimit: typeof import('@/lib/auth/rate-limit').consumeRateLimit;

beforeAll(async () => {
  smtp = await startSmtpServer();
  configureTestEnv({ SMTP_URL: smtp.url });
  ({ handlers } = await import('@/lib/auth'));
  ({ consumeRateLimit } = await import('@/lib/auth/rate-limit'));
});

afterAll(async () => {
  await smtp.close();
});

const VERIFY_REQUEST = `${APP_URL}/api/auth/verify-request?provider=nodemailer&type=email`;

async function requestLink(email: string, ip = '198.51.100.1') {
  const jar = new CookieJar();
  const csrf = await handlers.GET(authRequest('/api/auth/csrf', { jar, ip }));
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await handlers.POST(authRequest('/api/auth/signin/nodemailer', { jar, ip, form: { email, csrfToken, callbackUrl: `${APP_URL}/en/account` } }));
  return {
    status: response.status,
    location: response.headers.get('location'),
    cookieNames: response.headers
      .getSetCookie()
      .map((c) => c.split('=')[0])
      .sort(),
  };
}

describe('no account enumeration', () => {
  it('answers an existing and an unknown address identically, and both get a link', async () => {
    await createUser({ email: 'known@example.com' });
    const known = await requestLink('known@example.com', '198.51.100.10');
    const unknown = await requestLink('unknown@example.com', '198.51.100.11');
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ status: 302, location: VERIFY_REQUEST });
    expect(smtp.to('known@example.com')).toHaveLength(1);
    expect(smtp.to('unknown@example.com')).toHaveLength(1);
    // Asking for a link creates no account; following it does.
    expect(await db.user.count({ where: { email: 'unknown@example.com' } })).toBe(0);
  });

  it('answers an address over its limit exactly like any other', async () => {
    for (let i = 0; i < 3; i++) await requestLink('limited@example.com', `198.51.100.${20 + i}`);
    const over = await requestLink('limited@example.com', '198.51.100.30');
    const fresh = await requestLink('fresh@example.com', '198.51.100.31');
    expect(over).toEqual(fresh);
  });
});

describe('sign-in email rate limit', () => {
  it('sends at most 3 links per address in 15 minutes, and stores no token for refused requests', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await requestLink('Often@Example.com', `192.0.2.${i + 1}`));
    expect(results.every((r) => r.location === VERIFY_REQUEST)).toBe(true);
    expect(smtp.to('often@example.com')).toHaveLength(3);
    expect(await db.verificationToken.count({ where: { identifier: 'often@example.com' } })).toBe(3);
  });

  it('sends at most 20 links per IP per hour, whatever the addresses', async () => {
    const ip = '203.0.113.99';
    for (let i = 0; i < 22; i++) await requestLink(`bulk-${i}@example.com`, ip);
    const delivered = Array.from({ length: 22 }, (_, i) => smtp.to(`bulk-${i}@example.com`).length);
    expect(delivered.slice(0, 20)).toEqual(Array(20).fill(1));
    expect(delivered.slice(20)).toEqual([0, 0]);
    // Another IP is not affected.
    await requestLink('bulk-other-ip@example.com', '203.0.113.100');
    expect(smtp.to('bulk-other-ip@example.com')).toHaveLength(1);
  });

  it('keeps neither addresses nor IPs in clear in the limiter table', async () => {
    const hits = await db.rateLimitHit.findMany();
    expect(hits.length).toBeGreaterThan(0);
    const dump = JSON.stringify(hits, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    expect(dump).not.toContain('often@example.com');
    expect(dump).not.toContain('203.0.113.99');
  });
});

describe('consumeRateLimit', () => {
  const rule = { bucket: 'test', key: 'k', limit: 3, windowMs: 15 * 60_000 };

  it('slides: attempts older than the window stop counting', async () => {
    const t0 = new Date('2030-01-01T10:00:00Z');
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const key = { ...rule, key: 'slide' };
    expect((await consumeRateLimit([key], at(0))).allowed).toBe(true);
    expect((await consumeRateLimit([key], at(5))).allowed).toBe(true);
    expect((await consumeRateLimit([key], at(10))).allowed).toBe(true);
    const refused = await consumeRateLimit([key], at(14));
    expect(refused).toEqual({ allowed: false, bucket: 'test', retryAfterMs: 60_000 });
    // 15 minutes after the first attempt, one slot is free again.
    expect((await consumeRateLimit([key], at(15))).allowed).toBe(true);
    expect((await consumeRateLimit([key], at(16))).allowed).toBe(false);
  });

  it('records nothing when any rule refuses (both limits are checked together)', async () => {
    const now = new Date('2030-02-01T10:00:00Z');
    const tight = { bucket: 'tight', key: 'x', limit: 1, windowMs: 60_000 };
    const loose = { bucket: 'loose', key: 'x', limit: 10, windowMs: 60_000 };
    expect((await consumeRateLimit([tight, loose], now)).allowed).toBe(true);
    expect((await consumeRateLimit([tight, loose], now)).allowed).toBe(false);
    expect(await db.rateLimitHit.count({ where: { bucket: 'loose' } })).toBe(1);
  });

  it('lets exactly `limit` of many concurrent attempts through', async () => {
    const now = new Date('2030-03-01T10:00:00Z');
    const key = { ...rule, key: 'race' };
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit([key], now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});
