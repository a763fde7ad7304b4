'use server';

import { getViewer, currentRequestContext } from '@/lib/auth/viewer';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { setMarketingConsent } from '@/lib/privacy/marketing';

/** Subscribe or unsubscribe: one click each way (Privacy Policy 9, 13). */
export async function setMarketingAction(formData: FormData): Promise<void> {
  const localeValue = formData.get('locale');
  const locale = isLocale(localeValue) ? localeValue : routing.defaultLocale;
  const viewer = await getViewer();
  if (!viewer) redirect({ href: { pathname: '/signin', query: { callbackUrl: `/${locale}/account/marketing` } }, locale });
  const subscribe = formData.get('subscribe') === '1';
  await setMarketingConsent({
    userId: viewer!.id,
    subscribe,
    language: locale,
    source: 'ACCOUNT',
    actor: viewer,
    context: await currentRequestContext(),
  });
  redirect({ href: { pathname: '/account/marketing', query: { saved: subscribe ? 'subscribed' : 'unsubscribed' } }, locale });
}
