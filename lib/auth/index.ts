import 'server-only';
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { createAuthConfig } from './config';
import { authRequestLocale, servedOrigin } from './auth-request';
import { requestContextFrom } from './request-context';
import { currentRequestContext } from './viewer';

/**
 * Auth.js, configured per request so the rate limit and audit trail know the client and its pages
 * are in the visitor's language. `handlers` serve /api/auth/*; `signIn` is what the sign-in page's
 * server action calls.
 */
const auth = NextAuth(async (request) =>
  request
    ? createAuthConfig(requestContextFrom(request.headers), authRequestLocale(request.headers))
    : createAuthConfig(await currentRequestContext()),
);

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Auth.js builds its error redirects on the request URL: make it the one the visitor used
 * (auth-request.ts). A plain Request, because NextRequest rewrites 127.0.0.1 to localhost, which would
 * send the visitor to another origin. With AUTH_URL set, next-auth puts that origin on it instead.
 */
const onServedOrigin =
  (handler: Handler): Handler =>
  (request) => {
    const origin = servedOrigin(request.nextUrl, request.headers);
    if (process.env.AUTH_URL || process.env.NEXTAUTH_URL || origin === new URL(request.url).origin) return handler(request);
    const url = request.url.replace(new URL(request.url).origin, origin);
    const init: RequestInit & { duplex: 'half' } = { method: request.method, headers: request.headers, body: request.body, duplex: 'half' };
    return handler(new Request(url, init) as NextRequest);
  };

export const handlers = { GET: onServedOrigin(auth.handlers.GET), POST: onServedOrigin(auth.handlers.POST) };
export const { signIn } = auth;
