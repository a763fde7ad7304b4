'use server';

import { currentRequestContext } from '@/lib/auth/viewer';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { restoreAccount, sendRestoreLink } from '@/lib/privacy/delete-account';

function localeOf(formData: FormData) {
  const value = formData.get('locale');
  return isLocale(value) ? value : routing.defaultLocale;
}

export async function restoreAccountAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const token = String(formData.get('token') ?? '');
  const result = await restoreAccount({ token, context: await currentRequestContext() });
  redirect({ href: { pathname: '/privacy/restore', query: result.outcome === 'restored' ? { restored: '1' } : { token, failed: '1' } }, locale });
}

/** Same answer whatever the address (no enumeration). */
export async function sendRestoreLinkAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const email = String(formData.get('email') ?? '').slice(0, 254);
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) await sendRestoreLink({ email, locale, context: await currentRequestContext() });
  redirect({ href: { pathname: '/privacy/restore', query: { sent: '1' } }, locale });
}
