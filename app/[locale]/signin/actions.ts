'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { requestSignInLink, signInRequestSchema } from '@/lib/auth/request-sign-in-link';
import { redirect } from '@/lib/i18n/redirect';

// An empty callbackUrl field means "none".
const schema = z.preprocess((value) => {
  const fields = value as Record<string, string>;
  return { ...fields, callbackUrl: fields.callbackUrl || undefined };
}, signInRequestSchema);

/** The sign-in form: validate, ask Auth.js for a link, and show the same page whatever the address. */
export const requestSignInLinkAction = defineAction({
  name: 'requestSignInLink',
  access: 'anyone',
  schema,
  async handler(input, { values }) {
    const outcome = await requestSignInLink(input);
    if (outcome === 'failed') return { error: 'auth.signIn.sendFailed', values: { email: values.email ?? '' } };
    redirect({ href: '/signin/check-email', locale: input.locale });
  },
});
