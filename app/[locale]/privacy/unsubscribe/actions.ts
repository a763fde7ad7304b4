'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { unsubscribeWithToken } from '@/lib/privacy/marketing';

/** The page's one button: the signed token is the authority, no sign-in needed. */
export const unsubscribeAction = defineAction({
  name: 'unsubscribe',
  access: 'anyone',
  schema: z.object({ token: z.string().min(1, { error: 'auth.errors.invalid' }).max(2000, { error: 'auth.errors.invalid' }) }),
  async handler({ token }, { request, locale }) {
    const outcome = await unsubscribeWithToken(token, request);
    redirect({ href: { pathname: '/privacy/unsubscribe', query: { token, ...(outcome === 'unsubscribed' ? { done: '1' } : {}) } }, locale });
  },
});
