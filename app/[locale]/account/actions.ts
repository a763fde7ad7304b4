'use server';

import { cookies } from 'next/headers';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { userAction } from '@/lib/auth/action';
import { endSession } from '@/lib/auth/end-session';
import { endAllSessions } from '@/lib/auth/end-all-sessions';
import { sessionCookieName } from '@/lib/auth/session-token';
import { currentRequestContext } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { profileSchema, travellerIdSchema, travellerSchema } from '@/lib/account/schemas';
import { updateProfile } from '@/lib/account/update-profile';
import { createSavedTraveller } from '@/lib/account/create-saved-traveller';
import { updateSavedTraveller } from '@/lib/account/update-saved-traveller';
import { deleteSavedTraveller } from '@/lib/account/delete-saved-traveller';
import { z } from 'zod';

// Thin actions: the wrapper resolves the session and parses the form; lib/account does the work.

export const updateProfileAction = userAction({
  name: 'updateProfile',
  schema: profileSchema,
  async run(input, { viewer, request }) {
    await updateProfile({ viewer, input, context: request });
    return { ok: true, message: 'account.profile.saved' };
  },
});

export const createTravellerAction = userAction({
  name: 'createTraveller',
  schema: travellerSchema,
  async run(input, { viewer, request, locale }) {
    await createSavedTraveller({ viewer, input, context: request });
    redirect({ href: { pathname: '/account/travellers', query: { done: 'added' } }, locale });
  },
});

export const updateTravellerAction = userAction({
  name: 'updateTraveller',
  schema: travellerSchema.extend(travellerIdSchema.shape),
  async run({ id, ...input }, { viewer, request, locale }) {
    await updateSavedTraveller({ id, viewer, input, context: request });
    redirect({ href: { pathname: '/account/travellers', query: { done: 'updated' } }, locale });
  },
});

export const deleteTravellerAction = userAction({
  name: 'deleteTraveller',
  schema: travellerIdSchema,
  async run({ id }, { viewer, request, locale }) {
    await deleteSavedTraveller({ id, viewer, context: request });
    redirect({ href: { pathname: '/account/travellers', query: { done: 'deleted' } }, locale });
  },
});

export const signOutEverywhereAction = userAction({
  name: 'signOutEverywhere',
  schema: z.object({}),
  async run(_input, { viewer, request, locale }) {
    await endAllSessions(viewer, request);
    (await cookies()).delete(sessionCookieName());
    redirect({ href: '/', locale });
  },
});

/** Sign out of this browser: a POST form in the header (never a link a page could trigger). */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  if (token) await endSession(token, await currentRequestContext());
  jar.delete(sessionCookieName());
  redirect({ href: '/', locale: isLocale(locale) ? locale : env().DEFAULT_LOCALE });
}
