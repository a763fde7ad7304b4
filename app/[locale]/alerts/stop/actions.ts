'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { stopSavedSearch } from '@/lib/alerts/manage-searches';

/** The page's one button: the token from the alert mail is the authority, no sign-in needed. */
export const stopAlertAction = defineAction({
  name: 'stopAlert',
  access: 'anyone',
  schema: z.object({ token: z.string().min(20, { error: 'auth.errors.invalid' }).max(200, { error: 'auth.errors.invalid' }) }),
  async handler({ token }, { request, locale }) {
    const outcome = await stopSavedSearch(token, request);
    redirect({ href: { pathname: '/alerts/stop', query: outcome === 'stopped' ? { done: '1' } : { token } }, locale });
  },
});
