import 'server-only';
import { cookies, headers } from 'next/headers';
import { getViewer } from '@/lib/auth/viewer';
import type { Viewer } from '@/lib/auth/viewer-types';
import { TRIP_COOKIE, TRIP_COOKIE_MAX_AGE_SECONDS } from '@/lib/booking/constants';
import type { TripOwner } from '@/lib/booking/find-trip';
import { linkBaseUrl } from '@/lib/booking/link-base-url';
import { env } from '@/lib/env';

/** The visitor's trip owner: the signed-in user and the browser's `karvan_trip` cookie. */
export async function currentTripOwner(): Promise<{ owner: TripOwner; viewer: Viewer | null }> {
  const viewer = await getViewer();
  const cookieToken = (await cookies()).get(TRIP_COOKIE)?.value ?? null;
  return { owner: { userId: viewer?.id ?? null, cookieToken }, viewer };
}

/** The origin for links back to this site from the payment page: APP_URL, or in the embedded default the loopback host the site was opened on. */
export async function currentLinkBase(): Promise<string> {
  const config = env();
  return linkBaseUrl({ appUrl: config.APP_URL, mode: config.KARVAN_MODE, requestHost: (await headers()).get('host') });
}

/** Strictly necessary (it is the cart), HttpOnly, first-party; no consent needed and none asked. */
export async function setTripCookie(token: string): Promise<void> {
  (await cookies()).set(TRIP_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().APP_URL.startsWith('https://'),
    path: '/',
    maxAge: TRIP_COOKIE_MAX_AGE_SECONDS,
  });
}
