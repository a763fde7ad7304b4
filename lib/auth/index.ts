import 'server-only';
import NextAuth from 'next-auth';
import { createAuthConfig } from './config';
import { requestContextFrom } from './request-context';
import { currentRequestContext } from './viewer';

/**
 * Auth.js, configured per request so the rate limit and audit trail know the client. `handlers`
 * serve /api/auth/*; `signIn` is what the sign-in page's server action calls.
 */
export const { handlers, signIn } = NextAuth(async (request) =>
  createAuthConfig(request ? requestContextFrom(request.headers) : await currentRequestContext()),
);
