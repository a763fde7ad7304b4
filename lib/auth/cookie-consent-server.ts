import 'server-only';
import { cookies } from 'next/headers';
import { CONSENT_COOKIE, consentStatus, type ConsentStatus } from '@/lib/consent/cookie-consent';

/**
 * The visitor's cookie choice on the server (pages, route handlers, server actions). Reading it
 * makes the page dynamic, so static pages should leave the decision to the browser helpers
 * (lib/privacy/cookie-consent-client.ts).
 */
export async function getCookieConsentStatus(now: Date = new Date()): Promise<ConsentStatus> {
  return consentStatus((await cookies()).get(CONSENT_COOKIE)?.value, now);
}
