'use server';

import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { currentRequestContext } from '@/lib/auth/viewer';
import { unsubscribeWithToken } from '@/lib/privacy/marketing';

/** The page's one button: the signed token is the authority, no sign-in needed. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const localeValue = formData.get('locale');
  const locale = isLocale(localeValue) ? localeValue : routing.defaultLocale;
  const outcome = await unsubscribeWithToken(token, await currentRequestContext());
  redirect({ href: { pathname: '/privacy/unsubscribe', query: { token, ...(outcome === 'unsubscribed' ? { done: '1' } : {}) } }, locale });
}
