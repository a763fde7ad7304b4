import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  CONSENT_MAX_AGE_DAYS,
  consentAllows,
  consentStatus,
  nextConsent,
  parseConsent,
  readCookie,
  rejectAll,
  serializeConsent,
  type CookieConsent,
} from '@/lib/consent/cookie-consent';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';

const id = '0b6f2f4e-4c1a-4d8e-9a53-3f1c2b7d9e10';
const decidedAt = '2026-01-10T12:00:00.000Z';
const consent: CookieConsent = { version: COOKIE_POLICY_VERSION, id, categories: { preferences: true, analytics: false, marketing: false }, decidedAt };

describe('the consent cookie', () => {
  it('round-trips through its cookie value', () => {
    const value = serializeConsent(consent);
    expect(value).not.toMatch(/[;,\s"]/);
    expect(parseConsent(value)).toEqual(consent);
  });

  it('rejects malformed or forged shapes instead of throwing', () => {
    for (const raw of [undefined, '', '%E0%A4%A', 'null', '{}', encodeURIComponent('{"version":"x","id":"nope","categories":{},"decidedAt":"x"}'),
      encodeURIComponent(JSON.stringify({ ...consent, categories: { preferences: 'yes', analytics: false, marketing: false } })), 'x'.repeat(2000)]) {
      expect(parseConsent(raw)).toBeNull();
    }
  });

  it('counts for 13 months (396 days) and then asks again', () => {
    const value = serializeConsent(consent);
    const justBefore = new Date(Date.parse(decidedAt) + CONSENT_MAX_AGE_DAYS * 86_400_000 - 1);
    const atExpiry = new Date(Date.parse(decidedAt) + CONSENT_MAX_AGE_DAYS * 86_400_000);
    expect(consentStatus(value, justBefore).state).toBe('decided');
    expect(consentStatus(value, atExpiry).state).toBe('expired');
    expect(CONSENT_MAX_AGE_DAYS).toBeLessThanOrEqual(13 * 31);
  });

  it('asks again when the cookie policy version changed', () => {
    const value = serializeConsent({ ...consent, version: '2020-01-01' });
    expect(consentStatus(value, new Date(decidedAt)).state).toBe('outdated');
  });

  it('allows only strictly necessary cookies until a current choice says otherwise', () => {
    const now = new Date(decidedAt);
    expect(consentAllows(consentStatus(undefined, now), 'necessary')).toBe(true);
    for (const category of ['preferences', 'analytics', 'marketing'] as const) {
      expect(consentAllows(consentStatus(undefined, now), category)).toBe(false);
      expect(consentAllows(consentStatus(serializeConsent({ ...consent, version: 'old', categories: acceptAll }), now), category)).toBe(false);
    }
    const decided = consentStatus(serializeConsent(consent), now);
    expect(consentAllows(decided, 'preferences')).toBe(true);
    expect(consentAllows(decided, 'analytics')).toBe(false);
  });

  it('keeps the browser consent id across a new choice', () => {
    const next = nextConsent(consent, rejectAll, 'ffffffff-ffff-4fff-bfff-ffffffffffff', new Date('2027-01-01T00:00:00Z'));
    expect(next).toEqual({ version: COOKIE_POLICY_VERSION, id, categories: rejectAll, decidedAt: '2027-01-01T00:00:00.000Z' });
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; karvan_consent=xyz; b=2', 'karvan_consent')).toBe('xyz');
    expect(readCookie('a=1', 'karvan_consent')).toBeUndefined();
    expect(readCookie(null, 'a')).toBeUndefined();
  });
});
