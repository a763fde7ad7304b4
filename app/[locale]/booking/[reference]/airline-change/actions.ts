'use server';

import { revalidatePath } from 'next/cache';
import { acceptAirlineChange } from '@/lib/after-sales/accept-airline-change';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { bookingFormSchema } from '../booking-action-schema';

/** The traveller accepts the airline's new times (issue 21): told to the supplier, then recorded. */
export const acceptAirlineChangeAction = defineAction({
  name: 'acceptAirlineChange',
  access: 'anyone',
  schema: bookingFormSchema,
  async handler({ reference }, { request, locale }) {
    const access = await requireBookingAccess(reference);
    await acceptAirlineChange({ orderId: access.orderId }, { viewer: access.viewer, context: request });
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}`, locale });
  },
});
