'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { dataRequestSchema } from '@/lib/privacy/data-request-schema';
import { submitDataRequest } from '@/lib/privacy/submit-data-request';
import { verifyDataRequest } from '@/lib/privacy/verify-data-request';

/** The public data request form; also for people without an account (verified by email). */
export const submitDataRequestAction = defineAction({
  name: 'submitDataRequest',
  access: 'anyone',
  schema: dataRequestSchema,
  async handler(input, { viewer, request }) {
    const result = await submitDataRequest({ ...input, viewer, context: request });
    redirect({ href: { pathname: '/privacy/request/sent', query: { ref: result.reference, verified: result.verified ? '1' : '0' } }, locale: input.locale });
  },
});

export const verifyDataRequestAction = defineAction({
  name: 'verifyDataRequest',
  access: 'anyone',
  schema: z.object({ token: z.string().min(1, { error: 'auth.errors.invalid' }).max(2000, { error: 'auth.errors.invalid' }) }),
  async handler({ token }, { request, locale }) {
    const result = await verifyDataRequest(token, request);
    if (result.outcome === 'invalid') redirect({ href: { pathname: '/privacy/request/verify', query: { token, failed: '1' } }, locale });
    else redirect({ href: { pathname: '/privacy/request/sent', query: { ref: result.reference, verified: '1' } }, locale });
  },
});
