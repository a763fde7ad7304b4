'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { restoreAccount, sendRestoreLink } from '@/lib/privacy/delete-account';

const token = z.string().min(1, { error: 'auth.errors.invalid' }).max(2000, { error: 'auth.errors.invalid' });

export const restoreAccountAction = defineAction({
  name: 'restoreAccount',
  access: 'anyone',
  schema: z.object({ token }),
  async handler({ token }, { request, locale }) {
    const result = await restoreAccount({ token, context: request });
    redirect({ href: { pathname: '/privacy/restore', query: result.outcome === 'restored' ? { restored: '1' } : { token, failed: '1' } }, locale });
  },
});

/** Same answer whatever the address (no enumeration). */
export const sendRestoreLinkAction = defineAction({
  name: 'sendRestoreLink',
  access: 'anyone',
  schema: z.object({ email: z.string().trim().min(1, { error: 'auth.validation.emailRequired' }).max(254, { error: 'auth.validation.email' }) }),
  async handler({ email }, { request, locale }) {
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) await sendRestoreLink({ email, locale, context: request });
    redirect({ href: { pathname: '/privacy/restore', query: { sent: '1' } }, locale });
  },
});
