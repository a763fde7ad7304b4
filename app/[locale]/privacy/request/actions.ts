'use server';

import { unstable_rethrow } from 'next/navigation';
import type { ActionState } from '@/lib/auth/action-state';
import { fieldErrorsOf } from '@/lib/auth/action';
import { UserFacingError } from '@/lib/auth/errors';
import { currentRequestContext, getViewer } from '@/lib/auth/viewer';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { dataRequestSchema } from '@/lib/privacy/data-request-schema';
import { submitDataRequest } from '@/lib/privacy/submit-data-request';
import { verifyDataRequest } from '@/lib/privacy/verify-data-request';

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith('$ACTION') && typeof value === 'string') values[key] = value;
  return values;
}

/** The public data request form; also for people without an account (verified by email). */
export async function submitDataRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = valuesOf(formData);
  const parsed = dataRequestSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  let result;
  try {
    result = await submitDataRequest({ ...parsed.data, viewer: await getViewer(), context: await currentRequestContext() });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return { error: error.messageKey, values };
    console.error('[privacy] data request failed', error);
    return { error: 'privacy.request.errors.unexpected', values };
  }
  redirect({ href: { pathname: '/privacy/request/sent', query: { ref: result.reference, verified: result.verified ? '1' : '0' } }, locale: parsed.data.locale });
  return {};
}

export async function verifyDataRequestAction(formData: FormData): Promise<void> {
  const localeValue = formData.get('locale');
  const locale = isLocale(localeValue) ? localeValue : routing.defaultLocale;
  const token = String(formData.get('token') ?? '');
  const result = await verifyDataRequest(token, await currentRequestContext());
  if (result.outcome === 'invalid') redirect({ href: { pathname: '/privacy/request/verify', query: { token, failed: '1' } }, locale });
  else redirect({ href: { pathname: '/privacy/request/sent', query: { ref: result.reference, verified: '1' } }, locale });
}
