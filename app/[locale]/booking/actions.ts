'use server';

import { cookies } from 'next/headers';
import { defineAction } from '@/lib/auth/define-action';
import { BOOKING_COOKIE, grantBookingAccess } from '@/lib/booking/booking-lookup-cookie';
import { bookingLookupSchema, findBooking } from '@/lib/booking/find-booking';
import { env } from '@/lib/env';
import { redirect } from '@/lib/i18n/redirect';

/**
 * Manage booking: reference + surname → the booking page, through a signed 24-hour cookie. Every miss
 * (unknown, malformed, wrong surname) is the same answer; only the form's own checks differ.
 */
export const lookUpBookingAction = defineAction({
  name: 'lookUpBooking',
  access: 'anyone',
  errorsInWords: true,
  schema: bookingLookupSchema,
  async handler(input, { viewer, request, locale, values }) {
    const result = await findBooking({ ...input, context: request, actor: viewer });
    if (result.outcome === 'rate-limited') return { error: 'booking.lookup.rateLimited', values };
    if (result.outcome === 'not-found') return { error: 'booking.lookup.notFound', values };
    const jar = await cookies();
    const grant = grantBookingAccess(jar.get(BOOKING_COOKIE)?.value, result.orderId);
    jar.set(BOOKING_COOKIE, grant.value, { httpOnly: true, sameSite: 'lax', secure: env().APP_URL.startsWith('https://'), path: '/', expires: grant.expiresAt });
    redirect({ href: `/booking/${result.reference}`, locale });
  },
});
