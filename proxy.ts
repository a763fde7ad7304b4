import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import {
  createNonce,
  isHttpsRequest,
  isPagePath,
  nonDocumentContentSecurityPolicy,
  pageContentSecurityPolicy,
  publicPageContentSecurityPolicy,
  securityHeaders,
} from './lib/auth/security-headers';
import { staticFilePaths } from './lib/auth/static-files';
import { REQUEST_ID_HEADER, requestIdFrom } from './lib/auth/request-context';
import { publicPage } from './lib/auth/public-pages';
import { isForeignServerActionPost } from './lib/auth/action-origin';
import { DISPLAY_CURRENCY_COOKIE } from './lib/rates/display-currencies';
import { CONSENT_SCRIPT_HASH } from './components/cookies/consent-script';

const localeRouting = createMiddleware(routing);

function withHeaders(response: NextResponse, headers: Record<string, string>, https: boolean): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // Cookies set here (the locale cookie) are Secure whenever the site is served over https.
  if (https) for (const cookie of response.cookies.getAll()) response.cookies.set({ ...cookie, secure: true });
  return response;
}

/**
 * Every request: security headers on the response (lib/auth/security-headers.ts) and an
 * `x-request-id`. A server-action POST from another site is refused with 403 first
 * (lib/auth/action-origin.ts). Three kinds of request:
 * - not a page (API routes, Next.js internals, static files): a policy that allows nothing;
 * - a public page (lib/auth/public-pages.ts): served from the page cache, so nothing per request
 *   reaches its HTML: no nonce, no cookie read by the page, no Set-Cookie on the response. A query
 *   string page is rewritten to its internal cached route;
 * - every other page: next-intl's locale routing, and a fresh nonce on the request so Next.js puts
 *   it on its scripts (`strict-dynamic`).
 */
export default function proxy(request: NextRequest): NextResponse {
  const https = isHttpsRequest(request.nextUrl, request.headers);
  const development = process.env.NODE_ENV === 'development';
  // One id per request, on the request (for logs, audit events, the jobs and mails it queues) and on
  // the response (so a traveller's report or a load balancer's log can be matched with ours).
  const requestId = requestIdFrom(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const { pathname, searchParams } = request.nextUrl;
  if (isForeignServerActionPost(request.method, request.headers)) {
    const refused = new NextResponse('Forbidden', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return withHeaders(refused, { ...securityHeaders({ contentSecurityPolicy: nonDocumentContentSecurityPolicy, https }), [REQUEST_ID_HEADER]: requestId }, https);
  }
  if (!isPagePath(pathname, staticFilePaths)) {
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    return withHeaders(response, { ...securityHeaders({ contentSecurityPolicy: nonDocumentContentSecurityPolicy, https }), [REQUEST_ID_HEADER]: requestId }, https);
  }

  const page = publicPage(pathname, searchParams, request.cookies.get(DISPLAY_CURRENCY_COOKIE)?.value);
  if (page) {
    // The page must not see the visitor's cookies or a nonce: its HTML is shared by everyone.
    requestHeaders.delete('content-security-policy');
    let response: NextResponse;
    if (page.rewrite) {
      const target = new URL(page.rewrite, request.url);
      // Next.js's RSC cache-buster must survive the rewrite, or it redirects to add it again.
      const rsc = searchParams.get('_rsc');
      if (rsc !== null) target.searchParams.set('_rsc', rsc);
      response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
    } else {
      response = NextResponse.next({ request: { headers: requestHeaders } });
    }
    const contentSecurityPolicy = publicPageContentSecurityPolicy({ https, development });
    return withHeaders(response, { ...securityHeaders({ contentSecurityPolicy, https }), [REQUEST_ID_HEADER]: requestId }, https);
  }

  const nonce = createNonce();
  const contentSecurityPolicy = pageContentSecurityPolicy({ nonce, https, development, scriptHashes: [CONSENT_SCRIPT_HASH] });
  requestHeaders.set('content-security-policy', contentSecurityPolicy);
  requestHeaders.set('x-nonce', nonce);
  const response = localeRouting(new NextRequest(request.url, { headers: requestHeaders, method: request.method }));
  return withHeaders(response, { ...securityHeaders({ contentSecurityPolicy, https }), [REQUEST_ID_HEADER]: requestId }, https);
}

export const config = {
  // Every path, so API responses and static files get the headers too.
  matcher: ['/:path*'],
};
