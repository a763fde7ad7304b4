'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { acknowledgePolicy } from '@/lib/privacy/policy-notice';
import { safeReturnPath } from '@/lib/privacy/same-origin';

/** "Seen" for a new privacy policy, with the answer for each consent asked again. */
export const acknowledgePolicyAction = defineAction({
  name: 'acknowledgePolicy',
  access: 'signed-in',
  signInReturnTo: (values) => safeReturnPath(values.returnTo, '/account'),
  schema: z.object({ returnTo: z.string().max(2000).optional(), MARKETING_EMAIL: z.enum(['keep', 'stop', '']).optional() }),
  async handler(input, { viewer, request, locale }) {
    const marketing = input.MARKETING_EMAIL;
    await acknowledgePolicy({
      viewer,
      answers: marketing === 'keep' ? { MARKETING_EMAIL: true } : marketing === 'stop' ? { MARKETING_EMAIL: false } : {},
      language: locale,
      context: request,
    });
    redirect({ href: safeReturnPath(input.returnTo, '/account'), locale });
  },
});
