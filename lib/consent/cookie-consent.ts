/**
 * The cookie choice (Cookie Policy 3), as kept in the strictly necessary `karvan_consent` cookie:
 * URL-encoded JSON `{ version, id, categories, decidedAt }`. Plain data and pure functions, safe in
 * the proxy, on the server and in the browser.
 *
 * A choice counts only while it is younger than 396 days (13 months, Cookie Policy 3) and was made
 * under the current cookie policy version; otherwise the visitor is asked again and, until they
 * answer, nothing but strictly necessary cookies is allowed.
 */
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';

export const CONSENT_COOKIE = 'karvan_consent';
/** 13 months, rounded up to whole days: 365 + 31. */
export const CONSENT_MAX_AGE_DAYS = 396;
export const CONSENT_MAX_AGE_SECONDS = CONSENT_MAX_AGE_DAYS * 24 * 60 * 60;

export const optionalCookieCategories = ['preferences', 'analytics', 'marketing'] as const;
export type OptionalCookieCategory = (typeof optionalCookieCategories)[number];
export const cookieCategories = ['necessary', ...optionalCookieCategories] as const;
export type CookieCategory = (typeof cookieCategories)[number];

export type CookieCategoryChoice = Record<OptionalCookieCategory, boolean>;

export type CookieConsent = {
  /** cookie policy version the choice was made under */
  version: string;
  /** random id of this browser's choice; consent records of anonymous visitors are keyed by it */
  id: string;
  categories: CookieCategoryChoice;
  /** ISO instant */
  decidedAt: string;
};

export type ConsentStatus =
  | { state: 'undecided' }
  | { state: 'expired'; consent: CookieConsent }
  | { state: 'outdated'; consent: CookieConsent }
  | { state: 'decided'; consent: CookieConsent };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const acceptAll: CookieCategoryChoice = { preferences: true, analytics: true, marketing: true };
export const rejectAll: CookieCategoryChoice = { preferences: false, analytics: false, marketing: false };

/** The cookie value as the browser stores it (URL-encoded JSON; Next.js's cookie API encodes by itself). */
export function serializeConsent(consent: CookieConsent): string {
  return encodeURIComponent(JSON.stringify(consent));
}

/** The cookie's value → a well-formed choice, or null for anything else (never throws). */
export function parseConsent(raw: string | undefined | null): CookieConsent | null {
  if (!raw || raw.length > 1000) return null;
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(raw));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, id, categories, decidedAt } = data as Record<string, unknown>;
  if (typeof version !== 'string' || version.length > 40) return null;
  if (typeof id !== 'string' || !uuid.test(id)) return null;
  if (typeof decidedAt !== 'string' || Number.isNaN(Date.parse(decidedAt))) return null;
  if (typeof categories !== 'object' || categories === null) return null;
  const c = categories as Record<string, unknown>;
  if (!optionalCookieCategories.every((k) => typeof c[k] === 'boolean')) return null;
  return {
    version,
    id: id.toLowerCase(),
    categories: { preferences: c.preferences as boolean, analytics: c.analytics as boolean, marketing: c.marketing as boolean },
    decidedAt: new Date(decidedAt).toISOString(),
  };
}

export function consentStatus(raw: string | undefined | null, now: Date = new Date(), policyVersion = COOKIE_POLICY_VERSION): ConsentStatus {
  const consent = parseConsent(raw);
  if (!consent) return { state: 'undecided' };
  const age = now.getTime() - Date.parse(consent.decidedAt);
  if (age >= CONSENT_MAX_AGE_SECONDS * 1000) return { state: 'expired', consent };
  if (consent.version !== policyVersion) return { state: 'outdated', consent };
  return { state: 'decided', consent };
}

/** Strictly necessary cookies need no consent; the others need a current, unexpired "yes". */
export function consentAllows(status: ConsentStatus, category: CookieCategory): boolean {
  if (category === 'necessary') return true;
  return status.state === 'decided' && status.consent.categories[category];
}

/** When the visitor is asked again, the consent id is kept so their records stay together. */
export function nextConsent(previous: CookieConsent | null, categories: CookieCategoryChoice, id: string, now: Date = new Date()): CookieConsent {
  return { version: COOKIE_POLICY_VERSION, id: previous?.id ?? id, categories, decidedAt: now.toISOString() };
}

/** Value of a cookie in a `Cookie:` header or `document.cookie`. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
