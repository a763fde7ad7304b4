'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { addTripItem } from '@/lib/booking/add-trip-item';
import { removeTripItem } from '@/lib/booking/remove-trip-item';
import { redirect } from '@/lib/i18n/redirect';
import { currentTripOwner, setTripCookie } from '../checkout/booking-action';

/**
 * "Add to trip" from an offer page: puts the offer ({ kind, offerId }) into the visitor's trip at its
 * current price, then shows the trip (works without JavaScript). lib/booking checks the offer. The
 * error comes back in words too: offer pages are cached public pages without a messages provider.
 */
export const addToTripFormAction = defineAction({
  name: 'addToTrip',
  access: 'anyone',
  errorsInWords: true,
  schema: z.object({
    kind: z.string().min(1, { error: 'checkout.errors.required' }).max(20, { error: 'checkout.errors.invalid' }),
    offerId: z.string().min(1, { error: 'checkout.errors.required' }).max(500, { error: 'checkout.errors.invalid' }),
  }),
  async handler(input, { locale }) {
    const { owner } = await currentTripOwner();
    const added = await addTripItem({ owner, input });
    if (added.setCookie) await setTripCookie(added.setCookie);
    revalidatePath('/[locale]/trip', 'page');
    redirect({ href: '/trip', locale });
  },
});

export const removeTripItemAction = defineAction({
  name: 'removeTripItem',
  access: 'anyone',
  errorsInWords: true,
  schema: z.object({ itemId: z.string().min(1, { error: 'checkout.errors.required' }).max(100, { error: 'checkout.errors.invalid' }) }),
  async handler(input) {
    const { owner } = await currentTripOwner();
    await removeTripItem({ owner, input });
    revalidatePath('/[locale]/trip', 'page');
    revalidatePath('/[locale]/checkout', 'page');
    return { ok: true, message: 'trip.removed' };
  },
});
