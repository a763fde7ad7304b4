import 'server-only';
import type { NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { deliverMail } from '@/lib/mail/deliver-mail';
import { mailLocale } from '@/lib/mail/translate';
import { signInLinkMail } from '@/lib/mail/templates/sign-in-link';
import { createAuthAdapter } from './adapter';
import { authLogger } from './logger';
import type { RequestContext } from './request-context';
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, SIGN_IN_LINK_MAX_AGE_SECONDS, usesSecureCookies } from './session-token';
import { consumeSignInEmailAllowance } from './sign-in-limits';

const AUTH_BASE_PATH = '/api/auth';
export const EMAIL_PROVIDER_ID = 'nodemailer';

/** Where Auth.js sends the browser after a sign-in link was requested, whatever happened. */
function verifyRequestPath(): string {
  return `${AUTH_BASE_PATH}/verify-request?${new URLSearchParams({ provider: EMAIL_PROVIDER_ID, type: 'email' })}`;
}

function authPages(locale: Locale | undefined): NextAuthConfig['pages'] {
  const prefix = locale ? `/${locale}` : '';
  return { signIn: `${prefix}/signin`, verifyRequest: `${prefix}/signin/check-email`, error: `${prefix}/signin/error` };
}

/** The link in the email always points at APP_URL, never at whatever Host header the request had. */
function onAppOrigin(url: string): string {
  const link = new URL(url);
  const app = new URL(env().APP_URL);
  link.protocol = app.protocol;
  link.host = app.host;
  return link.toString();
}

async function requestedLocale(request: Request): Promise<unknown> {
  try {
    const body = (await request.json()) as { locale?: unknown };
    return body.locale;
  } catch {
    return undefined;
  }
}

/**
 * Auth.js for one request: the email-link provider through lib/mail, the Prisma adapter and
 * database sessions. `context` (client IP, user agent) feeds the rate limit and the audit trail;
 * `locale` puts Auth.js's own redirects (a missing CSRF token, an expired link) on localised pages.
 */
export function createAuthConfig(context: RequestContext, locale?: Locale): NextAuthConfig {
  const config = env();
  const secure = usesSecureCookies();
  return {
    secret: config.AUTH_SECRET,
    basePath: AUTH_BASE_PATH,
    // The links in emails are built on APP_URL (above), so a forged Host header cannot phish.
    trustHost: true,
    useSecureCookies: secure,
    adapter: createAuthAdapter(context),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    cookies: {
      sessionToken: { name: sessionCookieName(secure), options: { httpOnly: true, sameSite: 'lax', path: '/', secure } },
    },
    // In the visitor's language when the request is known (lib/auth/auth-request.ts); otherwise (a
    // server action) without one, and the locale proxy sends the visitor to their language.
    pages: authPages(locale),
    providers: [
      Nodemailer({
        id: EMAIL_PROVIDER_ID,
        // Never used: sendVerificationRequest below goes through lib/mail's deliverMail.
        server: config.SMTP_URL ?? { streamTransport: true },
        from: config.MAIL_FROM,
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        async sendVerificationRequest({ identifier, url, request }) {
          const locale = mailLocale(await requestedLocale(request));
          await deliverMail(
            signInLinkMail({ to: identifier, url: onAppOrigin(url), locale, expiresInMinutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60 }),
          );
        },
      }),
    ],
    callbacks: {
      // Only this site: a path, the request's own origin, or APP_URL (the origin of the links in
      // emails, which can differ from what a server action behind a proxy sees as its host).
      redirect({ url, baseUrl }) {
        if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
        try {
          const origin = new URL(url).origin;
          if (origin === baseUrl || origin === new URL(config.APP_URL).origin) return url;
        } catch {
          // not a URL: fall through
        }
        return baseUrl;
      },
      async signIn({ user, email }) {
        const deleted = Boolean((user as { deletedAt?: Date | null }).deletedAt);
        if (email?.verificationRequest) {
          // No enumeration: a deleted account, or an address or IP over its limit, gets exactly the
          // page everyone gets ("if an account can receive mail there, a link is on its way"), and
          // no email and no token are made.
          if (deleted) return verifyRequestPath();
          const allowance = await consumeSignInEmailAllowance(user.email ?? '', context.ip);
          if (!allowance.allowed) {
            console.warn(`[auth] sign-in email refused by rate limit (${allowance.bucket})`);
            return verifyRequestPath();
          }
          return true;
        }
        // Following a link: a deleted account cannot sign in (the privacy issue sets deletedAt).
        return !deleted;
      },
      session({ session, user }) {
        // What /api/auth/session shows the browser; pages use getViewer() on the server instead.
        return { user: { name: user.name ?? null, email: user.email }, expires: session.expires } as never;
      },
    },
    logger: authLogger,
  };
}
