'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { addTripItem } from '@/lib/booking/add-trip-item';
import { isBookingError } from '@/lib/booking/errors';
import { removeTripItem } from '@/lib/booking/remove-trip-item';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { currentTripOwner, failureState, setTripCookie, type BookingActionState } from '../checkout/booking-action';

export type AddToTripResult = { ok: true; itemId: string } | { ok: false; error: string };

/**
 * "Add to trip" from an offer page: puts the offer ({ kind, offerId }) into the visitor's trip at its
 * current price. The plain function for any caller; the button uses addToTripFormAction.
 */
export async function addToTripAction(input: { kind: string; offerId: string }): Promise<AddToTripResult> {
  try {
    const { owner } = await currentTripOwner();
    const added = await addTripItem({ owner, input });
    if (added.setCookie) await setTripCookie(added.setCookie);
    revalidatePath('/[locale]/trip', 'page');
    return { ok: true, itemId: added.itemId };
  } catch (error) {
    if (isBookingError(error)) return { ok: false, error: error.messageKey };
    console.error('[booking] addToTrip failed', error);
    return { ok: false, error: 'trip.errors.unexpected' };
  }
}

/**
 * The Add to trip button's form: adds, then shows the trip (works without JavaScript). The error comes
 * back in words too: offer pages are cached public pages without a messages provider (issue 19).
 */
export async function addToTripFormAction(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const given = String(formData.get('locale') ?? '');
  const locale: Locale = isLocale(given) ? given : 'en';
  const result = await addToTripAction({ kind: String(formData.get('kind') ?? ''), offerId: String(formData.get('offerId') ?? '') });
  if (!result.ok) {
    const t = await getTranslations({ locale });
    return { error: result.error, errorText: t(result.error as Parameters<typeof t>[0]) };
  }
  redirect({ href: '/trip', locale });
  return { ok: true };
}

export async function removeTripItemAction(_previous: BookingActionState, formData: FormData): Promise<BookingActionState> {
  try {
    const { owner } = await currentTripOwner();
    await removeTripItem({ owner, input: { itemId: formData.get('itemId') } });
    revalidatePath('/[locale]/trip', 'page');
    revalidatePath('/[locale]/checkout', 'page');
    return { ok: true, message: 'trip.removed' };
  } catch (error) {
    return failureState(error, 'removeTripItem');
  }
}
