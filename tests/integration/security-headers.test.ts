import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy from '@/proxy';

function run(url: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(url, { headers: { 'accept-language': 'en', ...headers } }));
}

const common = (response: Response) => ({
  referrer: response.headers.get('referrer-policy'),
  permissions: response.headers.get('permissions-policy'),
  nosniff: response.headers.get('x-content-type-options'),
  frame: response.headers.get('x-frame-options'),
});

describe('security headers (proxy.ts)', () => {
  it('gives a page a nonce-based CSP without unsafe-eval, frame-ancestors none, and the other headers', () => {
    const response = run('http://localhost:3000/en/account');
    const csp = response.headers.get('content-security-policy')!;
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("frame-src 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(common(response)).toEqual({
      referrer: 'strict-origin-when-cross-origin',
      permissions: 'camera=(), microphone=(), geolocation=(), payment=(self)',
      nosniff: 'nosniff',
      frame: 'DENY',
    });
    // Over plain http there is no HSTS (browsers ignore it there, and local development must not get it).
    expect(response.headers.get('strict-transport-security')).toBeNull();
    // Next.js reads the nonce from the request's CSP header and puts it on its scripts.
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
  });

  it('uses a fresh nonce for every request', () => {
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy')!)?.[1];
    expect(nonce(run('http://localhost:3000/en/trip'))).not.toBe(nonce(run('http://localhost:3000/en/trip')));
  });

  it('adds HSTS when the request came over https (directly or through a TLS-terminating proxy)', () => {
    for (const response of [run('https://karvan.example/en'), run('http://10.0.0.5:3000/en/trip', { 'x-forwarded-proto': 'https' })]) {
      expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
      expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    }
  });

  it('marks the cookies it sets Secure over https, and SameSite=Lax', () => {
    const browserLanguage = { 'accept-language': 'kk' };
    const https = run('https://karvan.example/en/account', browserLanguage).headers.getSetCookie();
    expect(https.length).toBeGreaterThan(0);
    for (const cookie of https) {
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    }
    for (const cookie of run('http://localhost:3000/en/account', browserLanguage).headers.getSetCookie()) expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it('puts the headers on locale redirects too', () => {
    const response = run('http://localhost:3000/account');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://localhost:3000/en/account');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(common(response).nosniff).toBe('nosniff');
  });

  it('gives API responses and static files a policy that allows nothing, and the same other headers', () => {
    for (const url of ['http://localhost:3000/api/auth/session', 'http://localhost:3000/api/health', 'http://localhost:3000/hotels/room-1.svg', 'http://localhost:3000/_next/static/chunks/x.js']) {
      const response = run(url);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      expect(common(response)).toEqual({
        referrer: 'strict-origin-when-cross-origin',
        permissions: 'camera=(), microphone=(), geolocation=(), payment=(self)',
        nosniff: 'nosniff',
        frame: 'DENY',
      });
      // Not rewritten by the locale routing.
      expect(response.headers.get('location')).toBeNull();
      expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    }
  });

  it('treats an offer page whose id contains dots as a page, opened directly as from a shared link', () => {
    for (const [url, route] of [
      ['http://localhost:3000/en/flights/offer/F.1-0-0.55180?from=GYD&to=ALA&adults=1', '/en/flights/offer/F.1-0-0.55180/q/AZN/'],
      ['http://localhost:3000/ru/hotels/offer/H.12.3.2027-01-10.2027-01-12.1', '/ru/hotels/offer/H.12.3.2027-01-10.2027-01-12.1/q/AZN/-'],
      ['http://localhost:3000/en/transfers/offer/T.4.ECONOMY.2027-01-10T08:00', '/en/transfers/offer/T.4.ECONOMY.2027-01-10T08:00/q/AZN/-'],
    ] as const) {
      const response = run(url);
      // A public page: the fixed page policy (not the one for files), rewritten to its cached route.
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(new URL(response.headers.get('x-middleware-rewrite')!).pathname).toContain(route);
    }
    // A locale-less shared link with a dot is still redirected to its page, not served as a file.
    const redirected = run('http://localhost:3000/flights/offer/F.1-0-0.55180');
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get('location')).toBe('http://localhost:3000/en/flights/offer/F.1-0-0.55180');
  });

  it('serves public pages without a nonce, a cookie or a Set-Cookie, personal pages with them', () => {
    for (const url of ['http://localhost:3000/en', 'http://localhost:3000/en/legal/agreement', 'http://localhost:3000/en/flights?from=GYD&to=ALA', 'http://localhost:3000/en/hotels/royal-medeu']) {
      // A browser language other than the page's: next-intl would set NEXT_LOCALE; a cacheable page must not.
      const response = run(url, { 'accept-language': 'kk', cookie: 'NEXT_LOCALE=ru' });
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).not.toContain('nonce-');
      expect(csp).not.toContain('strict-dynamic');
      for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(directive);
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-middleware-request-x-nonce')).toBeNull();
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    for (const url of ['http://localhost:3000/en/trip', 'http://localhost:3000/en/checkout', 'http://localhost:3000/en/account', 'http://localhost:3000/en/signin', 'http://localhost:3000/en/booking', 'http://localhost:3000/en/support', 'http://localhost:3000/en/admin/fees', 'http://localhost:3000/en/cookies/settings', 'http://localhost:3000/en/dev/mailbox']) {
      const csp = run(url).headers.get('content-security-policy')!;
      expect(csp, url).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic' 'sha256-[^']+'/);
    }
  });

  it('treats the path a public page was rewritten to as that public page (Next.js runs the proxy on it again)', () => {
    const response = run('http://localhost:3000/en/flights/q/none/-', { 'accept-language': 'kk' });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('keeps the display currency out of the cached HTML: it is part of the rewritten path', () => {
    const remembered = run('http://localhost:3000/en/flights?from=GYD', { cookie: 'karvan_currency=EUR' });
    expect(new URL(remembered.headers.get('x-middleware-rewrite')!).pathname).toMatch(/^\/en\/flights\/q\/EUR\//);
    const rsc = run('http://localhost:3000/en/flights?from=GYD&_rsc=abc12');
    expect(new URL(rsc.headers.get('x-middleware-rewrite')!).searchParams.get('_rsc')).toBe('abc12');
  });

  it('gives every request an id, on the request for the server and on the response, keeping a well-formed one from a load balancer', () => {
    for (const url of ['http://localhost:3000/en/account', 'http://localhost:3000/api/health']) {
      const response = run(url);
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('x-middleware-request-x-request-id')).toBe(id);
      expect(run(url).headers.get('x-request-id')).not.toBe(id);
    }
    expect(run('http://localhost:3000/en', { 'x-request-id': 'lb-2f7c9a61e0' }).headers.get('x-request-id')).toBe('lb-2f7c9a61e0');
    expect(run('http://localhost:3000/en', { 'x-request-id': 'bad id<script>' }).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows unsafe-eval only under next dev', async () => {
    const { pageContentSecurityPolicy } = await import('@/lib/auth/security-headers');
    expect(pageContentSecurityPolicy({ nonce: 'n', development: true, https: false })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ nonce: 'n', development: false, https: true })).not.toContain('unsafe-eval');
  });
});

describe('server actions from another site (proxy.ts)', () => {
  const action = (headers: Record<string, string>) =>
    proxy(new NextRequest('http://localhost:3000/en/account/travellers/new', { method: 'POST', headers: { 'next-action': '0123abcd', 'content-type': 'text/plain', ...headers } }));

  it('answers 403 before Next.js (whose own check throws a 500) when the Origin is another host', async () => {
    const response = action({ origin: 'https://evil.example', host: 'localhost:3000' });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Forbidden');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('lets a same-site server action through', () => {
    const response = action({ origin: 'http://localhost:3000', host: 'localhost:3000' });
    expect(response.status).toBe(200);
  });
});
