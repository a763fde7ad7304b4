'use server';

import { revalidatePath } from 'next/cache';
import { cancelBooking } from '@/lib/after-sales/cancel-booking';
import { redirect } from '@/lib/i18n/redirect';
import type { AfterSalesActionState } from '@/components/after-sales/action-state';
import { runBookingAction } from '../after-sales-action';

/** The traveller confirms the quote they were shown (its hash); the server recomputes and refuses a different one. */
export async function confirmCancellationAction(_previous: AfterSalesActionState, formData: FormData): Promise<AfterSalesActionState> {
  const state = await runBookingAction(formData, 'confirmCancellation', async ({ access, locale, context, values }) => {
    const result = await cancelBooking(
      { orderId: access.orderId, itemId: values.itemId || null, quoteHash: values.quoteHash ?? '' },
      { viewer: access.viewer, context },
    );
    revalidatePath(`/${locale}/booking/${access.reference}`);
    redirect({ href: `/booking/${access.reference}/requests/${result.requests[0]!.id}?done=1`, locale });
  });
  // A changed quote: the page is drawn again with the amounts of now, next to the message.
  if (state.error) revalidatePath(`/${formData.get('locale')}/booking/${formData.get('reference')}/cancel`);
  return state;
}
