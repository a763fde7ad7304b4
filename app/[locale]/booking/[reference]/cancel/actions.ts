'use server';

import { revalidatePath } from 'next/cache';
import { cancelBooking } from '@/lib/after-sales/cancel-booking';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { bookingFormSchema } from '../booking-action-schema';

/** The traveller confirms the quote they were shown (its hash); the server recomputes and refuses a different one. */
export const confirmCancellationAction = defineAction({
  name: 'confirmCancellation',
  access: 'anyone',
  schema: bookingFormSchema,
  async handler({ reference }, { request, locale, values }) {
    const access = await requireBookingAccess(reference);
    // A changed quote: the page is drawn again with the amounts of now, next to the message.
    revalidatePath(`/${locale}/booking/${access.reference}/cancel`);
    const result = await cancelBooking({ orderId: access.orderId, itemId: values.itemId || null, quoteHash: values.quoteHash ?? '' }, { viewer: access.viewer, context: request });
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}/requests/${result.requests[0]!.id}?done=1`, locale });
  },
});
