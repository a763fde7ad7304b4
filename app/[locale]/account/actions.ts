'use server';

import { cookies } from 'next/headers';
import { redirect } from '@/lib/i18n/redirect';
import { defineAction } from '@/lib/auth/define-action';
import { endSession } from '@/lib/auth/end-session';
import { endAllSessions } from '@/lib/auth/end-all-sessions';
import { sessionCookieName } from '@/lib/auth/session-token';
import { profileSchema, travellerIdSchema, travellerSchema } from '@/lib/account/schemas';
import { updateProfile } from '@/lib/account/update-profile';
import { createSavedTraveller } from '@/lib/account/create-saved-traveller';
import { updateSavedTraveller } from '@/lib/account/update-saved-traveller';
import { deleteSavedTraveller } from '@/lib/account/delete-saved-traveller';
import { z } from 'zod';

// Thin actions: the wrapper resolves the session and parses the form; lib/account does the work.

export const updateProfileAction = defineAction({
  name: 'updateProfile',
  access: 'signed-in',
  schema: profileSchema,
  async handler(input, { viewer, request }) {
    await updateProfile({ viewer, input, context: request });
    return { ok: true, message: 'account.profile.saved' };
  },
});

export const createTravellerAction = defineAction({
  name: 'createTraveller',
  access: 'signed-in',
  schema: travellerSchema,
  async handler(input, { viewer, request, locale }) {
    await createSavedTraveller({ viewer, input, context: request });
    redirect({ href: { pathname: '/account/travellers', query: { done: 'added' } }, locale });
  },
});

export const updateTravellerAction = defineAction({
  name: 'updateTraveller',
  access: 'signed-in',
  schema: travellerSchema.extend(travellerIdSchema.shape),
  async handler({ id, ...input }, { viewer, request, locale }) {
    await updateSavedTraveller({ id, viewer, input, context: request });
    redirect({ href: { pathname: '/account/travellers', query: { done: 'updated' } }, locale });
  },
});

export const deleteTravellerAction = defineAction({
  name: 'deleteTraveller',
  access: 'signed-in',
  schema: travellerIdSchema,
  async handler({ id }, { viewer, request, locale }) {
    await deleteSavedTraveller({ id, viewer, context: request });
    redirect({ href: { pathname: '/account/travellers', query: { done: 'deleted' } }, locale });
  },
});

export const signOutEverywhereAction = defineAction({
  name: 'signOutEverywhere',
  access: 'signed-in',
  schema: z.object({}),
  async handler(_input, { viewer, request, locale }) {
    await endAllSessions(viewer, request);
    (await cookies()).delete(sessionCookieName());
    redirect({ href: '/', locale });
  },
});

/** Sign out of this browser: a POST form in the header (never a link a page could trigger). */
export const signOutAction = defineAction({
  name: 'signOut',
  access: 'anyone',
  schema: z.object({}),
  async handler(_input, { request, locale }) {
    const jar = await cookies();
    const token = jar.get(sessionCookieName())?.value;
    if (token) await endSession(token, request);
    jar.delete(sessionCookieName());
    redirect({ href: '/', locale });
  },
});
