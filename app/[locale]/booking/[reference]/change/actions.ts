'use server';

import { revalidatePath } from 'next/cache';
import { requestChange, type RequestChangeInput } from '@/lib/after-sales/request-change';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { bookingFormSchema } from '../booking-action-schema';

/** A passenger data, transfer or extras change request; the order id comes from the booking access, never the form. */
export const requestChangeAction = defineAction({
  name: 'requestChange',
  access: 'anyone',
  schema: bookingFormSchema,
  async handler({ reference }, { request, locale, values }) {
    const access = await requireBookingAccess(reference);
    const { reference: _reference, locale: _locale, ...fields } = values;
    void _reference;
    void _locale;
    const created = await requestChange({ ...fields, orderId: access.orderId } as RequestChangeInput, { viewer: access.viewer, context: request });
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}/requests/${created.id}?done=1`, locale });
  },
});
