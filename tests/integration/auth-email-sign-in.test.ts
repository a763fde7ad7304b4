import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { APP_URL, authRequest, configureTestEnv, CookieJar, createOrder, createUser, linkIn, startSmtpServer, type TestSmtp } from './auth-test-kit';

vi.mock('server-only', () => ({}));

let smtp: TestSmtp;
let handlers: typeof import('@/lib/auth').handlers;
let findViewerBySessionToken: typeof import('@/lib/auth/find-viewer').findViewerBySessionToken;
let hashSessionToken: typeof import('@/lib/auth/session-token').hashSessionToken;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Production-like: mail goes to the SMTP server (SMTP_URL), not to the outbox.
  configureTestEnv({ SMTP_URL: smtp.url });
  ({ handlers } = await import('@/lib/auth'));
  ({ findViewerBySessionToken } = await import('@/lib/auth/find-viewer'));
  ({ hashSessionToken } = await import('@/lib/auth/session-token'));
});

afterAll(async () => {
  await smtp.close();
});

const VERIFY_REQUEST = `${APP_URL}/api/auth/verify-request?provider=nodemailer&type=email`;

/** GET /api/auth/csrf, then POST /api/auth/signin/nodemailer as the sign-in form would. */
async function requestLink(email: string, options: { locale?: string; ip?: string; jar?: CookieJar; callbackUrl?: string } = {}) {
  const jar = options.jar ?? new CookieJar();
  const csrf = await handlers.GET(authRequest('/api/auth/csrf', { jar, ip: options.ip }));
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await handlers.POST(
    authRequest('/api/auth/signin/nodemailer', {
      jar,
      ip: options.ip,
      form: { email, csrfToken, callbackUrl: options.callbackUrl ?? `${APP_URL}/en/account`, ...(options.locale ? { locale: options.locale } : {}) },
    }),
  );
  jar.store(response);
  return { jar, response };
}

async function followLink(link: string, jar = new CookieJar()) {
  const response = await handlers.GET(authRequest(link, { jar }));
  const setCookies = jar.store(response);
  return { jar, response, setCookies };
}

describe('email-link sign-in through a real SMTP server', () => {
  it('sends a link in the page language, and following it creates the account, a session and an HttpOnly cookie', async () => {
    const { response } = await requestLink('Nigar.Aliyeva@Example.com', { locale: 'ru' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(VERIFY_REQUEST);

    const [mail] = smtp.to('nigar.aliyeva@example.com');
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe('Ваша ссылка для входа в Karvan');
    expect(mail!.from?.text).toContain('no-reply@karvan.test');
    expect(mail!.text).toContain('30 минут');
    expect(mail!.html).toContain('lang="ru"');
    const link = linkIn(mail!.text);
    expect(link.startsWith(`${APP_URL}/api/auth/callback/nodemailer?`)).toBe(true);
    // The token in the mail is not what the database stores.
    const token = new URL(link).searchParams.get('token')!;
    expect(await db.verificationToken.count({ where: { token } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: 'nigar.aliyeva@example.com' } })).toBe(1);

    const { response: callback, setCookies, jar } = await followLink(link);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${APP_URL}/en/account`);
    const sessionCookie = setCookies.find((c) => c.startsWith('authjs.session-token='));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    expect(sessionCookie).toMatch(/Path=\//);
    expect(sessionCookie).not.toMatch(/Secure/i); // APP_URL is http here; https makes it Secure

    const cookieValue = jar.cookies.get('authjs.session-token')!;
    const user = await db.user.findUniqueOrThrow({ where: { email: 'nigar.aliyeva@example.com' } });
    expect(user.role).toBe('TRAVELLER');
    expect(user.emailVerified).not.toBeNull();
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    // Stored hashed: a database dump cannot be replayed as a cookie.
    expect(sessions[0]!.sessionToken).toBe(hashSessionToken(cookieValue));
    expect(sessions[0]!.sessionToken).not.toBe(cookieValue);
    expect(await findViewerBySessionToken(cookieValue)).toMatchObject({ id: user.id, email: user.email, role: 'TRAVELLER' });

    const session = await handlers.GET(authRequest('/api/auth/session', { jar }));
    expect(await session.json()).toMatchObject({ user: { email: 'nigar.aliyeva@example.com' } });

    const actions = (await db.auditEvent.findMany({ where: { subjectId: user.id }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['user.created', 'auth.signed_in']);
    const signedIn = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signed_in', subjectId: user.id } });
    expect(signedIn.ip).toBe('203.0.113.7');
    expect(signedIn.userAgent).toBe('vitest');
  });

  it('writes the email in English when the page gave no language (the default)', async () => {
    await requestLink('no-locale@example.com');
    const [mail] = smtp.to('no-locale@example.com');
    expect(mail!.subject).toBe('Your Karvan sign-in link');
  });

  it('a link works once', async () => {
    await requestLink('once@example.com');
    const link = linkIn(smtp.to('once@example.com')[0]!.text);
    expect((await followLink(link)).response.headers.get('location')).toBe(`${APP_URL}/en/account`);
    const again = await followLink(link);
    expect(again.response.headers.get('location')).toBe(`${APP_URL}/en/signin/error?error=Verification`);
    expect(again.setCookies.some((c) => c.startsWith('authjs.session-token=') && !/Expires=Thu, 01 Jan 1970/.test(c))).toBe(false);
  });

  it('refuses an expired link and creates no session', async () => {
    await requestLink('late@example.com');
    const link = linkIn(smtp.to('late@example.com')[0]!.text);
    const stored = await db.verificationToken.findFirstOrThrow({ where: { identifier: 'late@example.com' } });
    // Links last 30 minutes.
    expect(stored.expires.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(stored.expires.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    await db.verificationToken.update({
      where: { identifier_token: { identifier: stored.identifier, token: stored.token } },
      data: { expires: new Date(Date.now() - 1000) },
    });
    const { response, setCookies } = await followLink(link);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${APP_URL}/en/signin/error?error=Verification`);
    expect(setCookies.some((c) => c.startsWith('authjs.session-token='))).toBe(false);
    expect(await db.user.count({ where: { email: 'late@example.com' } })).toBe(0);
    expect(await db.session.count()).toBeGreaterThanOrEqual(0);
    expect(await db.session.count({ where: { user: { email: 'late@example.com' } } })).toBe(0);
  });

  it('refuses a link whose token was tampered with', async () => {
    await requestLink('tamper@example.com');
    const link = new URL(linkIn(smtp.to('tamper@example.com')[0]!.text));
    link.searchParams.set('token', `${link.searchParams.get('token')!.slice(0, -2)}00`);
    const { response } = await followLink(link.toString());
    expect(response.headers.get('location')).toBe(`${APP_URL}/en/signin/error?error=Verification`);
  });

  it('a link for one address cannot sign in another (email parameter swapped)', async () => {
    await createUser({ email: 'victim@example.com' });
    await requestLink('attacker@example.com');
    const link = new URL(linkIn(smtp.to('attacker@example.com')[0]!.text));
    link.searchParams.set('email', 'victim@example.com');
    const { response, setCookies } = await followLink(link.toString());
    expect(response.headers.get('location')).toBe(`${APP_URL}/en/signin/error?error=Verification`);
    expect(setCookies.some((c) => c.startsWith('authjs.session-token='))).toBe(false);
  });

  it('attaches guest orders of the verified address in the sign-in, with an audit event per order', async () => {
    const other = await createUser({ email: 'someone-else@example.com' });
    const guestA = await createOrder({ contactEmail: 'traveller.guest@example.com' });
    const guestB = await createOrder({ contactEmail: 'traveller.guest@example.com' });
    const otherGuest = await createOrder({ contactEmail: 'not-me@example.com' });
    // Already someone's order with the same contact email: stays theirs.
    const owned = await createOrder({ contactEmail: 'traveller.guest@example.com', userId: other.id });

    await requestLink('Traveller.Guest@example.com');
    const link = linkIn(smtp.to('traveller.guest@example.com')[0]!.text);
    await followLink(link);

    const user = await db.user.findUniqueOrThrow({ where: { email: 'traveller.guest@example.com' } });
    const orders = await db.order.findMany({ where: { id: { in: [guestA.id, guestB.id, otherGuest.id, owned.id] } } });
    const owner = Object.fromEntries(orders.map((o) => [o.id, o.userId]));
    expect(owner[guestA.id]).toBe(user.id);
    expect(owner[guestB.id]).toBe(user.id);
    expect(owner[otherGuest.id]).toBeNull();
    expect(owner[owned.id]).toBe(other.id);

    const audits = await db.auditEvent.findMany({ where: { action: 'order.attached_to_account' } });
    expect(audits.map((a) => a.subjectId).sort()).toEqual([guestA.id, guestB.id].sort());
    expect(audits.every((a) => a.actorId === user.id)).toBe(true);
    const signedIn = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signed_in', subjectId: user.id } });
    expect((signedIn.data as { ordersAttached: string[] }).ordersAttached.sort()).toEqual([guestA.reference, guestB.reference].sort());

    // A guest order placed later is attached at the next sign-in.
    const later = await createOrder({ contactEmail: 'traveller.guest@example.com' });
    await requestLink('traveller.guest@example.com');
    await followLink(linkIn(smtp.to('traveller.guest@example.com')[1]!.text));
    expect((await db.order.findUniqueOrThrow({ where: { id: later.id } })).userId).toBe(user.id);
  });

  it('does not let a deleted account sign in: no mail, the same page, and an old link is refused', async () => {
    await requestLink('leaving@example.com');
    const link = linkIn(smtp.to('leaving@example.com')[0]!.text);
    await followLink(link);
    const user = await db.user.findUniqueOrThrow({ where: { email: 'leaving@example.com' } });
    const sessionToken = (await db.session.findFirstOrThrow({ where: { userId: user.id } })).sessionToken;
    expect(sessionToken).toBeTruthy();

    // The privacy issue only sets deletedAt; sessions stop at once.
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date(), restoreUntil: new Date(Date.now() + 30 * 86_400_000) } });
    const before = smtp.to('leaving@example.com').length;
    const { response } = await requestLink('leaving@example.com');
    expect(response.headers.get('location')).toBe(VERIFY_REQUEST);
    expect(smtp.to('leaving@example.com')).toHaveLength(before);
  });

  it('stops a deleted user’s existing sessions and refuses a link sent before the deletion', async () => {
    await requestLink('gone@example.com');
    const first = linkIn(smtp.to('gone@example.com')[0]!.text);
    const { jar } = await followLink(first);
    const cookie = jar.cookies.get('authjs.session-token')!;
    expect(await findViewerBySessionToken(cookie)).not.toBeNull();

    await requestLink('gone@example.com');
    const second = linkIn(smtp.to('gone@example.com')[1]!.text);
    await db.user.update({ where: { email: 'gone@example.com' }, data: { deletedAt: new Date() } });

    expect(await findViewerBySessionToken(cookie)).toBeNull();
    const session = await handlers.GET(authRequest('/api/auth/session', { jar }));
    expect(await session.json()).toBeNull();
    const { response, setCookies } = await followLink(second);
    expect(response.headers.get('location')).toBe(`${APP_URL}/en/signin/error?error=AccessDenied`);
    expect(setCookies.some((c) => c.startsWith('authjs.session-token=') && !/1970/.test(c))).toBe(false);
  });

  it('refuses a sign-in POST without the CSRF token', async () => {
    const response = await handlers.POST(authRequest('/api/auth/signin/nodemailer', { form: { email: 'csrf@example.com' } }));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toContain('error=MissingCSRF');
    expect(smtp.to('csrf@example.com')).toHaveLength(0);
  });

  it('sends a POST without the CSRF token to the localised sign-in page on the host the visitor used', async () => {
    // `next start -H 0.0.0.0` gives the route handler http://0.0.0.0:<port> as its URL; the Host is the visitor's.
    const post = (headers: Record<string, string>) =>
      handlers.POST(
        new NextRequest('http://0.0.0.0:3500/api/auth/signin/nodemailer', {
          method: 'POST',
          headers: { host: '127.0.0.1:3500', 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: new URLSearchParams({ email: 'csrf2@example.com' }).toString(),
        }),
      );
    const fromPage = await post({ referer: 'http://127.0.0.1:3500/az/signin' });
    expect(fromPage.status).toBe(302);
    expect(fromPage.headers.get('location')).toBe('http://127.0.0.1:3500/az/signin?error=MissingCSRF');
    const chosen = await post({ cookie: 'NEXT_LOCALE=kk', 'accept-language': 'ru' });
    expect(chosen.headers.get('location')).toBe('http://127.0.0.1:3500/kk/signin?error=MissingCSRF');
    const behindProxy = await post({ 'x-forwarded-host': 'karvan.example', 'x-forwarded-proto': 'https', 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(behindProxy.headers.get('location')).toBe('https://karvan.example/ru/signin?error=MissingCSRF');
    expect(smtp.to('csrf2@example.com')).toHaveLength(0);
  });

  it('builds the link on APP_URL even when the request came with another Host', async () => {
    const jar = new CookieJar();
    const csrf = await handlers.GET(authRequest('http://evil.example/api/auth/csrf', { jar }));
    jar.store(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await handlers.POST(authRequest('http://evil.example/api/auth/signin/nodemailer', { jar, form: { email: 'host@example.com', csrfToken } }));
    const link = linkIn(smtp.to('host@example.com')[0]!.text);
    expect(new URL(link).origin).toBe(APP_URL);
  });
});
