import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { authRequest, configureTestEnv, CookieJar, linkIn } from './auth-test-kit';

vi.mock('server-only', () => ({}));

// Served over https: cookies must be Secure (and __Secure- / __Host- prefixed).
configureTestEnv({ APP_URL: 'https://karvan.example', SMTP_URL: undefined });

const { handlers } = await import('@/lib/auth');
const { sessionCookieName } = await import('@/lib/auth/session-token');
const { findViewerBySessionToken } = await import('@/lib/auth/find-viewer');

describe('cookies over https', () => {
  it('are HttpOnly, Secure and SameSite=Lax, and the session cookie is the one getViewer reads', async () => {
    const base = 'https://karvan.example';
    const jar = new CookieJar();
    const csrf = await handlers.GET(authRequest(`${base}/api/auth/csrf`, { jar }));
    const csrfCookies = jar.store(csrf);
    const csrfCookie = csrfCookies.find((c) => c.startsWith('__Host-authjs.csrf-token='));
    for (const attribute of [/HttpOnly/i, /Secure/i, /SameSite=Lax/i, /Path=\//]) expect(csrfCookie).toMatch(attribute);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const posted = await handlers.POST(authRequest(`${base}/api/auth/signin/nodemailer`, { jar, form: { email: 'secure@example.com', csrfToken, callbackUrl: `${base}/en/account` } }));
    for (const cookie of jar.store(posted)) {
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/Secure/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    }

    const message = await db.mailboxMessage.findFirstOrThrow({ where: { toAddresses: { has: 'secure@example.com' } } });
    const link = linkIn(message.text ?? '');
    expect(link.startsWith(`${base}/api/auth/callback/nodemailer?`)).toBe(true);
    const callback = await handlers.GET(authRequest(link, { jar }));
    const session = jar.store(callback).find((c) => c.startsWith('__Secure-authjs.session-token='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(sessionCookieName()).toBe('__Secure-authjs.session-token');
    expect(await findViewerBySessionToken(jar.cookies.get(sessionCookieName())!)).toMatchObject({ email: 'secure@example.com' });
  });
});
