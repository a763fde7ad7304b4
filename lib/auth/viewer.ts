import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { redirect } from '@/lib/i18n/redirect';
import type { Locale } from '@/lib/i18n/locales';
import { findViewerBySessionToken } from './find-viewer';
import { noRequestContext, requestContextFrom, type RequestContext } from './request-context';
import { sessionCookieName } from './session-token';
import type { Role, Viewer } from './viewer-types';

/**
 * Authorisation, next to the data: every account and staff page and action starts with one of
 * these, and data-access functions take the viewer and scope their queries to it. Hiding a link is
 * never the check.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token ? findViewerBySessionToken(token) : null;
});

export type RequireOptions = { locale: Locale; returnTo: string };

function signInHref(returnTo: string) {
  const safe = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/account';
  return { pathname: '/signin', query: { callbackUrl: safe } };
}

/** The signed-in viewer; a visitor is sent to the sign-in page and comes back afterwards. */
export async function requireUser({ locale, returnTo }: RequireOptions): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect({ href: signInHref(`/${locale}${returnTo}`), locale });
  return viewer!;
}

/**
 * The viewer if their role is one of `roles`. Signed-out visitors go to sign-in; a signed-in user
 * without the role gets 404, so staff pages do not even admit that they exist.
 */
export async function requireRole(options: RequireOptions, ...allowed: Role[]): Promise<Viewer> {
  const viewer = await requireUser(options);
  if (!allowed.includes(viewer.role)) notFound();
  return viewer;
}

/** Client IP and user agent of the current request, for audit events and rate limits. */
export async function currentRequestContext(): Promise<RequestContext> {
  try {
    return requestContextFrom(await headers());
  } catch {
    return noRequestContext;
  }
}
