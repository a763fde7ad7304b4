'use server';

import { revalidatePath } from 'next/cache';
import { addRequestMessage } from '@/lib/after-sales/add-request-message';
import { createRequest } from '@/lib/after-sales/create-request';
import { redirect } from '@/lib/i18n/redirect';
import type { AfterSalesActionState } from '@/components/after-sales/action-state';
import { runBookingAction } from '../after-sales-action';

/** Anything else about the booking (Agreement 6.5): the order comes from the booking access. */
export async function createRequestAction(_previous: AfterSalesActionState, formData: FormData): Promise<AfterSalesActionState> {
  return runBookingAction(formData, 'createRequest', async ({ access, locale, context, values }) => {
    const created = await createRequest(
      { orderId: access.orderId, itemId: values.itemId || null, subject: values.subject ?? '', message: values.message ?? '' },
      { viewer: access.viewer, context },
    );
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}/requests/${created.id}?done=1`, locale });
  });
}

/** The traveller writes on one of this booking's requests (another booking's request is not found). */
export async function addRequestMessageAction(_previous: AfterSalesActionState, formData: FormData): Promise<AfterSalesActionState> {
  return runBookingAction(formData, 'addRequestMessage', async ({ access, locale, context, values }) => {
    await addRequestMessage({ orderId: access.orderId, requestId: values.requestId ?? '', body: values.body ?? '' }, { viewer: access.viewer, context });
    revalidatePath(`/${locale}/booking/${access.reference}/requests/${values.requestId}`);
    return { ok: true, message: 'afterSales.request.sent' };
  });
}
