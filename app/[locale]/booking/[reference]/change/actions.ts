'use server';

import { revalidatePath } from 'next/cache';
import { requestChange, type RequestChangeInput } from '@/lib/after-sales/request-change';
import { redirect } from '@/lib/i18n/redirect';
import type { AfterSalesActionState } from '@/components/after-sales/action-state';
import { runBookingAction } from '../after-sales-action';

/** A passenger data, transfer or extras change request; the order id comes from the booking access, never the form. */
export async function requestChangeAction(_previous: AfterSalesActionState, formData: FormData): Promise<AfterSalesActionState> {
  return runBookingAction(formData, 'requestChange', async ({ access, locale, context, values }) => {
    const { reference: _reference, locale: _locale, ...fields } = values;
    void _reference;
    void _locale;
    const created = await requestChange({ ...fields, orderId: access.orderId } as RequestChangeInput, { viewer: access.viewer, context });
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}/requests/${created.id}?done=1`, locale });
  });
}
