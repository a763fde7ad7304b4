import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { env } from '@/lib/env';
import { locales, type Locale } from '@/lib/i18n/locales';
import { EMAIL_PROVIDER_ID } from './config';
import { signIn } from './index';

export const signInRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'auth.validation.emailRequired' })
    .pipe(z.email({ error: 'auth.validation.email' }).max(254, { error: 'auth.validation.email' })),
  locale: z.enum(locales),
  callbackUrl: z.string().optional(),
});

/** Only a path on this site; anything else (another origin, `//host`) becomes the account page. */
export function safeCallbackPath(value: string | undefined, locale: Locale): string {
  if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  return `/${locale}/account`;
}

/**
 * Asks Auth.js to email a sign-in link. The answer is the same whether the address has an account,
 * is new, is over its rate limit or belongs to a deleted account; only a failure to hand the mail to
 * the mail system is reported (it says nothing about the address).
 */
export async function requestSignInLink(input: { email: string; locale: Locale; callbackUrl?: string }): Promise<'sent' | 'failed'> {
  try {
    const next = await signIn(EMAIL_PROVIDER_ID, {
      email: input.email,
      locale: input.locale,
      // Absolute on APP_URL, like the link itself: the host a server action sees may be internal.
      redirectTo: new URL(safeCallbackPath(input.callbackUrl, input.locale), env().APP_URL).toString(),
      redirect: false,
    });
    return typeof next === 'string' && /[?&]error=/.test(next) ? 'failed' : 'sent';
  } catch (error) {
    unstable_rethrow(error);
    console.error('[auth] sign-in link request failed', error);
    return 'failed';
  }
}
