'use server';

import { cookies } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { UserFacingError } from '@/lib/auth/errors';
import { sessionCookieName } from '@/lib/auth/session-token';
import { currentRequestContext, getViewer } from '@/lib/auth/viewer';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { confirmAccountDeletion, requestAccountDeletion } from '@/lib/privacy/delete-account';

function localeOf(formData: FormData) {
  const value = formData.get('locale');
  return isLocale(value) ? value : routing.defaultLocale;
}

/** Step 1: email a confirmation link to the account's address. */
export async function requestDeletionAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const viewer = await getViewer();
  if (!viewer) redirect({ href: { pathname: '/signin', query: { callbackUrl: `/${locale}/account/privacy/delete` } }, locale });
  let sent = 'sent';
  try {
    await requestAccountDeletion({ viewer: viewer!, locale, context: await currentRequestContext() });
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof UserFacingError)) console.error('[privacy] deletion request failed', error);
    sent = error instanceof UserFacingError ? 'limited' : 'failed';
  }
  redirect({ href: { pathname: '/account/privacy/delete', query: { status: sent } }, locale });
}

/** Step 2, from the emailed link: delete, end every session, and drop this browser's session cookie. */
export async function confirmDeletionAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get('token') ?? '');
  const result = await confirmAccountDeletion({ token, context: await currentRequestContext() });
  if (result.outcome === 'invalid') redirect({ href: { pathname: '/account/privacy/delete/confirm', query: { token, failed: '1' } }, locale });
  (await cookies()).delete(sessionCookieName());
  redirect({ href: '/privacy/deleted', locale });
}
