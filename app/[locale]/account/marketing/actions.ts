'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { setMarketingConsent } from '@/lib/privacy/marketing';

/** Subscribe or unsubscribe: one click each way (Privacy Policy 9, 13). */
export const setMarketingAction = defineAction({
  name: 'setMarketing',
  access: 'signed-in',
  signInReturnTo: '/account/marketing',
  schema: z.object({ subscribe: z.enum(['0', '1'], { error: 'account.validation.required' }) }),
  async handler({ subscribe }, { viewer, request, locale }) {
    await setMarketingConsent({ userId: viewer.id, subscribe: subscribe === '1', language: locale, source: 'ACCOUNT', actor: viewer, context: request });
    redirect({ href: { pathname: '/account/marketing', query: { saved: subscribe === '1' ? 'subscribed' : 'unsubscribed' } }, locale });
  },
});
