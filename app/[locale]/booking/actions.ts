'use server';

import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { fieldErrorsOf } from '@/lib/auth/action';
import type { ActionState } from '@/lib/auth/action-state';
import { currentRequestContext, getViewer } from '@/lib/auth/viewer';
import { BOOKING_COOKIE, grantBookingAccess } from '@/lib/booking/booking-lookup-cookie';
import { bookingLookupSchema, findBooking } from '@/lib/booking/find-booking';
import { env } from '@/lib/env';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';

/**
 * Manage booking: reference + surname → the booking page, through a signed 24-hour cookie. Every miss
 * (unknown, malformed, wrong surname) is the same answer; only the form's own checks differ.
 */
export async function lookUpBookingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { reference: String(formData.get('reference') ?? '').slice(0, 200), surname: String(formData.get('surname') ?? '').slice(0, 200) };
  const rawLocale = String(formData.get('locale') ?? '');
  const locale = isLocale(rawLocale) ? rawLocale : env().DEFAULT_LOCALE;
  const parsed = bookingLookupSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };

  let found: { reference: string } | null = null;
  try {
    const viewer = await getViewer();
    const result = await findBooking({ ...parsed.data, context: await currentRequestContext(), actor: viewer });
    if (result.outcome === 'rate-limited') return { error: 'booking.lookup.rateLimited', values };
    if (result.outcome === 'not-found') return { error: 'booking.lookup.notFound', values };
    const jar = await cookies();
    const grant = grantBookingAccess(jar.get(BOOKING_COOKIE)?.value, result.orderId);
    jar.set(BOOKING_COOKIE, grant.value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: env().APP_URL.startsWith('https://'),
      path: '/',
      expires: grant.expiresAt,
    });
    found = { reference: result.reference };
  } catch (error) {
    unstable_rethrow(error);
    console.error('[booking] look-up failed', error);
    return { error: 'booking.lookup.unexpected', values };
  }
  redirect({ href: `/booking/${found.reference}`, locale });
  return {};
}
