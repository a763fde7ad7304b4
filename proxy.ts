import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import {
  createNonce,
  isHttpsRequest,
  isPagePath,
  nonDocumentContentSecurityPolicy,
  pageContentSecurityPolicy,
  securityHeaders,
} from './lib/auth/security-headers';
import { staticFilePaths } from './lib/auth/static-files';
import { REQUEST_ID_HEADER, requestIdFrom } from './lib/auth/request-context';

const localeRouting = createMiddleware(routing);

function withHeaders(response: NextResponse, headers: Record<string, string>, https: boolean): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // Cookies set here (the locale cookie) are Secure whenever the site is served over https.
  if (https) for (const cookie of response.cookies.getAll()) response.cookies.set({ ...cookie, secure: true });
  return response;
}

/**
 * Every request: security headers on the response (lib/auth/security-headers.ts). Pages also go
 * through next-intl's locale routing, with the CSP (and its nonce) on the request so Next.js can
 * put the nonce on its scripts.
 */
export default function proxy(request: NextRequest): NextResponse {
  const https = isHttpsRequest(request.nextUrl, request.headers);
  // One id per request, on the request (for logs, audit events, the jobs and mails it queues) and on
  // the response (so a traveller's report or a load balancer's log can be matched with ours).
  const requestId = requestIdFrom(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  if (!isPagePath(request.nextUrl.pathname, staticFilePaths)) {
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    return withHeaders(response, { ...securityHeaders({ contentSecurityPolicy: nonDocumentContentSecurityPolicy, https }), [REQUEST_ID_HEADER]: requestId }, https);
  }
  const nonce = createNonce();
  const contentSecurityPolicy = pageContentSecurityPolicy({ nonce, https, development: process.env.NODE_ENV === 'development' });
  requestHeaders.set('content-security-policy', contentSecurityPolicy);
  requestHeaders.set('x-nonce', nonce);
  const response = localeRouting(new NextRequest(request.url, { headers: requestHeaders, method: request.method }));
  return withHeaders(response, { ...securityHeaders({ contentSecurityPolicy, https }), [REQUEST_ID_HEADER]: requestId }, https);
}

export const config = {
  // Every path, so API responses and static files get the headers too.
  matcher: ['/:path*'],
};
