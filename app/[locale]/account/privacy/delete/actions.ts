'use server';

import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { UserFacingError } from '@/lib/auth/errors';
import { sessionCookieName } from '@/lib/auth/session-token';
import { redirect } from '@/lib/i18n/redirect';
import { confirmAccountDeletion, requestAccountDeletion } from '@/lib/privacy/delete-account';

/** Step 1: email a confirmation link to the account's address. */
export const requestDeletionAction = defineAction({
  name: 'requestDeletion',
  access: 'signed-in',
  signInReturnTo: '/account/privacy/delete',
  schema: z.object({}),
  async handler(_input, { viewer, request, locale }) {
    // The page answers with a status in its address (it has no form state): limited, failed or sent.
    let status = 'sent';
    try {
      await requestAccountDeletion({ viewer, locale, context: request });
    } catch (error) {
      unstable_rethrow(error);
      if (!(error instanceof UserFacingError)) console.error(`[action] requestDeletion failed (request ${request.requestId ?? 'unknown'})`, error);
      status = error instanceof UserFacingError ? 'limited' : 'failed';
    }
    redirect({ href: { pathname: '/account/privacy/delete', query: { status } }, locale });
  },
});

/** Step 2, from the emailed link: delete, end every session, and drop this browser's session cookie. */
export const confirmDeletionAction = defineAction({
  name: 'confirmDeletion',
  access: 'anyone',
  schema: z.object({ token: z.string().min(1, { error: 'auth.errors.invalid' }).max(2000, { error: 'auth.errors.invalid' }) }),
  async handler({ token }, { request, locale }) {
    const result = await confirmAccountDeletion({ token, context: request });
    if (result.outcome === 'invalid') redirect({ href: { pathname: '/account/privacy/delete/confirm', query: { token, failed: '1' } }, locale });
    (await cookies()).delete(sessionCookieName());
    redirect({ href: '/privacy/deleted', locale });
  },
});
