'use server';

import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { currentRequestContext, requireUser } from '@/lib/auth/viewer';
import { deleteSavedSearch } from '@/lib/alerts/manage-searches';

/** Deletes one of the viewer's saved searches (deleteSavedSearch scopes it to the viewer). */
export async function deleteSavedSearchAction(formData: FormData): Promise<void> {
  const localeValue = formData.get('locale');
  const locale = isLocale(localeValue) ? localeValue : routing.defaultLocale;
  const viewer = await requireUser({ locale, returnTo: '/account/alerts' });
  await deleteSavedSearch(String(formData.get('id') ?? ''), viewer, await currentRequestContext());
  redirect({ href: { pathname: '/account/alerts', query: { deleted: '1' } }, locale });
}
