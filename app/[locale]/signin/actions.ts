'use server';

import { redirect } from '@/lib/i18n/redirect';
import type { ActionState } from '@/lib/auth/action-state';
import { fieldErrorsOf } from '@/lib/auth/action';
import { requestSignInLink, signInRequestSchema } from '@/lib/auth/request-sign-in-link';

/** The sign-in form: validate, ask Auth.js for a link, and show the same page whatever the address. */
export async function requestSignInLinkAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { email: String(formData.get('email') ?? ''), locale: String(formData.get('locale') ?? ''), callbackUrl: String(formData.get('callbackUrl') ?? '') };
  const parsed = signInRequestSchema.safeParse({ ...values, callbackUrl: values.callbackUrl || undefined });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: { email: values.email } };
  const outcome = await requestSignInLink(parsed.data);
  if (outcome === 'failed') return { error: 'auth.signIn.sendFailed', values: { email: values.email } };
  redirect({ href: '/signin/check-email', locale: parsed.data.locale });
  return {};
}
