'use server';

import { currentRequestContext, getViewer } from '@/lib/auth/viewer';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { acknowledgePolicy } from '@/lib/privacy/policy-notice';
import { safeReturnPath } from '@/lib/privacy/same-origin';

/** "Seen" for a new privacy policy, with the answer for each consent asked again. */
export async function acknowledgePolicyAction(formData: FormData): Promise<void> {
  const localeValue = formData.get('locale');
  const locale = isLocale(localeValue) ? localeValue : routing.defaultLocale;
  const returnTo = safeReturnPath(formData.get('returnTo'), '/account');
  const viewer = await getViewer();
  if (!viewer) redirect({ href: { pathname: '/signin', query: { callbackUrl: `/${locale}${returnTo}` } }, locale });
  const marketing = formData.get('MARKETING_EMAIL');
  await acknowledgePolicy({
    viewer: viewer!,
    answers: marketing === 'keep' ? { MARKETING_EMAIL: true } : marketing === 'stop' ? { MARKETING_EMAIL: false } : {},
    language: locale,
    context: await currentRequestContext(),
  });
  redirect({ href: returnTo, locale });
}
