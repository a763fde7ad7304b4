import { DISPLAY_CURRENCY_COOKIE, DISPLAY_CURRENCY_PARAM, isDisplayCurrency, type DisplayCurrency } from '@/lib/rates/display-currencies';
import { CONSENT_COOKIE, consentAllows, consentStatus, type ConsentStatus, type CookieCategory } from '@/lib/consent/cookie-consent';
import { cookieCategoryOf } from './cookie-registry';

/**
 * The cookie choice in the browser (client components). `karvan_consent` is readable by scripts on
 * purpose: the banner decides on its own whether to ask, so pages stay static.
 */
export function readConsentStatus(now: Date = new Date()): ConsentStatus {
  if (typeof document === 'undefined') return { state: 'undecided' };
  return consentStatus(readDocumentCookie(CONSENT_COOKIE), now);
}

export function hasConsent(category: CookieCategory): boolean {
  return consentAllows(readConsentStatus(), category);
}

function readDocumentCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Sets a registered non-necessary cookie only when its category is allowed; returns whether it was
 * set. An unregistered name throws: every cookie must be in the registry and the cookie policy.
 */
function setConsentedCookie(name: string, value: string, maxAgeSeconds: number): boolean {
  const category = cookieCategoryOf(name);
  if (!category) throw new Error(`cookie ${name} is not in lib/privacy/cookie-registry.ts (and so not in the cookie policy)`);
  if (!hasConsent(category)) return false;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${secure}`;
  return true;
}

/** The display currency remembered in the preference cookie, if any. */
export function readRememberedDisplayCurrency(): DisplayCurrency | null {
  if (typeof document === 'undefined') return null;
  const value = readDocumentCookie(DISPLAY_CURRENCY_COOKIE);
  return isDisplayCurrency(value) ? value : null;
}

/**
 * After "Accept all": the currency chosen on this page (its URL) is remembered from now on, as the
 * banner promises (issue 20, bug 6).
 */
export function rememberCurrencyOfLocation(search: string): boolean {
  const chosen = new URLSearchParams(search).get(DISPLAY_CURRENCY_PARAM);
  return isDisplayCurrency(chosen) ? rememberDisplayCurrency(chosen) : false;
}

/** Remembers the display currency for a year, only with consent to preference cookies. */
export function rememberDisplayCurrency(currency: DisplayCurrency | null): boolean {
  if (currency === null) {
    document.cookie = `${DISPLAY_CURRENCY_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
    return true;
  }
  if (!isDisplayCurrency(currency)) return false;
  return setConsentedCookie(DISPLAY_CURRENCY_COOKIE, currency, 365 * 24 * 60 * 60);
}
