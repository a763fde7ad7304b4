'use server';

import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { currentRequestContext } from '@/lib/auth/viewer';
import { stopSavedSearch } from '@/lib/alerts/manage-searches';

/** The page's one button: the token from the alert mail is the authority, no sign-in needed. */
export async function stopAlertAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const localeValue = formData.get('locale');
  const locale = isLocale(localeValue) ? localeValue : routing.defaultLocale;
  const outcome = await stopSavedSearch(token, await currentRequestContext());
  redirect({ href: { pathname: '/alerts/stop', query: outcome === 'stopped' ? { done: '1' } : { token } }, locale });
}
