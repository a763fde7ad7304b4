import 'server-only';
import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { getViewer } from '@/lib/auth/viewer';
import type { Viewer } from '@/lib/auth/viewer-types';
import { TRIP_COOKIE, TRIP_COOKIE_MAX_AGE_SECONDS } from '@/lib/booking/constants';
import { isBookingError } from '@/lib/booking/errors';
import type { TripOwner } from '@/lib/booking/find-trip';
import { env } from '@/lib/env';

/**
 * What trip and checkout actions return to `useActionState`. Messages are catalog keys with their
 * namespace ("checkout.errors.required", "rules.reasons.BOOKER_UNDER_18"); `values` refills the form
 * after an error (React resets forms after an action); `details` carries what the page must show
 * (changed prices, reasons to contact support).
 */
export type BookingActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  /** The error in the visitor's words, for forms on cached public pages that have no messages provider. */
  errorText?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  details?: Record<string, unknown>;
};

/** The visitor's trip owner: the signed-in user and the browser's `karvan_trip` cookie. */
export async function currentTripOwner(): Promise<{ owner: TripOwner; viewer: Viewer | null }> {
  const viewer = await getViewer();
  const cookieToken = (await cookies()).get(TRIP_COOKIE)?.value ?? null;
  return { owner: { userId: viewer?.id ?? null, cookieToken }, viewer };
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

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || value.length > 500) continue;
    values[key] = value;
  }
  return values;
}

/**
 * Expected failures become message keys for the form; redirects and not-found pass through; anything
 * else is logged and answered with a generic message (nothing half-done: domain writes are one
 * transaction).
 */
export function failureState(error: unknown, name: string, values?: Record<string, string>): BookingActionState {
  unstable_rethrow(error);
  if (isBookingError(error)) {
    return { error: error.messageKey, fieldErrors: error.fieldErrors, details: error.details, ...(values ? { values } : {}) };
  }
  console.error(`[booking] ${name} failed`, error);
  return { error: 'checkout.errors.unexpected', ...(values ? { values } : {}) };
}
