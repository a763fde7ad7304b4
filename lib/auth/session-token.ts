import { createHash } from 'node:crypto';
import { env } from '@/lib/env';

/** Sessions last 30 days from sign-in; "sign out of all devices" ends them all at once. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Sign-in links work once and for 30 minutes. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 30 * 60;

/** Cookies are Secure (and __Secure- prefixed) whenever the site is served over https. */
export function usesSecureCookies(): boolean {
  return new URL(env().APP_URL).protocol === 'https:';
}

export function sessionCookieName(secure = usesSecureCookies()): string {
  return `${secure ? '__Secure-' : ''}authjs.session-token`;
}

/** The database keeps only this digest of a session cookie, so a dump cannot be replayed. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
