'use server';

import { revalidatePath } from 'next/cache';
import { addRequestMessage } from '@/lib/after-sales/add-request-message';
import { createRequest } from '@/lib/after-sales/create-request';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { bookingFormSchema } from '../booking-action-schema';

/** Anything else about the booking (Agreement 6.5): the order comes from the booking access. */
export const createRequestAction = defineAction({
  name: 'createRequest',
  access: 'anyone',
  schema: bookingFormSchema,
  async handler({ reference }, { request, locale, values }) {
    const access = await requireBookingAccess(reference);
    const created = await createRequest(
      { orderId: access.orderId, itemId: values.itemId || null, subject: values.subject ?? '', message: values.message ?? '' },
      { viewer: access.viewer, context: request },
    );
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}/requests/${created.id}?done=1`, locale });
  },
});

/** The traveller writes on one of this booking's requests (another booking's request is not found). */
export const addRequestMessageAction = defineAction({
  name: 'addRequestMessage',
  access: 'anyone',
  schema: bookingFormSchema,
  async handler({ reference }, { request, locale, values }) {
    const access = await requireBookingAccess(reference);
    await addRequestMessage({ orderId: access.orderId, requestId: values.requestId ?? '', body: values.body ?? '' }, { viewer: access.viewer, context: request });
    revalidatePath(`/${locale}/booking/${access.reference}/requests/${values.requestId}`);
    return { ok: true, message: 'afterSales.request.sent' };
  },
});
