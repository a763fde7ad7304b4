import type { CookieCategory } from '@/lib/consent/cookie-consent';

/**
 * Every cookie the site sets, by category. The cookie policy (content/legal/<locale>/cookies.md,
 * section 4) must list each of them with the same category: lib/privacy/cookie-registry.test.ts
 * compares the two, and tests/e2e/cookies-inventory.spec.ts compares the policy with what a real
 * browser session receives. The settings page lists cookies from here.
 */
export type RegisteredCookie = {
  name: string;
  category: CookieCategory;
  /** its purpose in content/messages/<locale>/cookies.json, `purposes.<key>` */
  purposeKey: 'locale' | 'consent' | 'trip' | 'booking' | 'currency' | 'session' | 'csrf' | 'callback';
  /** who sets it, for the next engineer */
  setBy: string;
};

export const registeredCookies: readonly RegisteredCookie[] = [
  { name: 'NEXT_LOCALE', purposeKey: 'locale', category: 'necessary', setBy: 'next-intl proxy (lib/i18n/routing.ts)' },
  { name: 'karvan_consent', purposeKey: 'consent', category: 'necessary', setBy: 'app/api/consent (lib/privacy)' },
  { name: 'karvan_trip', purposeKey: 'trip', category: 'necessary', setBy: 'the trip before checkout (lib/booking, TRIP_COOKIE)' },
  { name: 'karvan_booking', purposeKey: 'booking', category: 'necessary', setBy: 'Manage booking look-up (app/[locale]/booking, lib/booking/booking-lookup-cookie.ts)' },
  { name: 'karvan_currency', purposeKey: 'currency', category: 'preferences', setBy: 'display currency (lib/rates), only with consent' },
  { name: 'authjs.session-token', purposeKey: 'session', category: 'necessary', setBy: 'Auth.js (lib/auth)' },
  { name: '__Secure-authjs.session-token', purposeKey: 'session', category: 'necessary', setBy: 'Auth.js over https' },
  { name: 'authjs.csrf-token', purposeKey: 'csrf', category: 'necessary', setBy: 'Auth.js' },
  { name: '__Host-authjs.csrf-token', purposeKey: 'csrf', category: 'necessary', setBy: 'Auth.js over https' },
  { name: 'authjs.callback-url', purposeKey: 'callback', category: 'necessary', setBy: 'Auth.js' },
  { name: '__Secure-authjs.callback-url', purposeKey: 'callback', category: 'necessary', setBy: 'Auth.js over https' },
];

export function cookieCategoryOf(name: string): CookieCategory | undefined {
  return registeredCookies.find((c) => c.name === name)?.category;
}

/** Cookies to delete when consent to `category` is withdrawn (Cookie Policy 3). */
export function cookiesOfCategory(category: CookieCategory): string[] {
  return registeredCookies.filter((c) => c.category === category).map((c) => c.name);
}
