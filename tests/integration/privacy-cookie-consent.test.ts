import { context, createUser } from './privacy-helpers';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { acceptAll, rejectAll } from '@/lib/consent/cookie-consent';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { currentConsents } from '@/lib/privacy/find-consents';
import { recordCookieChoice } from '@/lib/privacy/record-cookie-choice';

describe('recording a cookie choice', () => {
  it('keys an anonymous visitor by a random consent id and records every optional category', async () => {
    const { consent, cookiesToDelete } = await recordCookieChoice({ previous: null, categories: rejectAll, viewer: null, language: 'ru', source: 'BANNER', context });
    expect(consent.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(consent.version).toBe(COOKIE_POLICY_VERSION);
    expect(cookiesToDelete).toContain('karvan_currency');
    const rows = await db.consentRecord.findMany({ where: { consentId: consent.id }, orderBy: { purpose: 'asc' } });
    expect(rows.map((r) => [r.purpose, r.granted, r.userId, r.language, r.source, r.policyVersion, r.document])).toEqual([
      ['COOKIES_PREFERENCES', false, null, 'ru', 'BANNER', COOKIE_POLICY_VERSION, 'cookies'],
      ['COOKIES_ANALYTICS', false, null, 'ru', 'BANNER', COOKIE_POLICY_VERSION, 'cookies'],
      ['COOKIES_MARKETING', false, null, 'ru', 'BANNER', COOKIE_POLICY_VERSION, 'cookies'],
    ]);
    const audit = await db.auditEvent.findFirst({ where: { action: 'consent.cookies_chosen', subjectId: consent.id } });
    expect(audit).toMatchObject({ subjectType: 'CookieConsent', ip: context.ip, userAgent: context.userAgent, actorId: null });
  });

  it('withdraws an earlier "yes" when the visitor later rejects, keeping the same consent id', async () => {
    const first = await recordCookieChoice({ previous: null, categories: acceptAll, viewer: null, language: 'en', source: 'BANNER', context });
    const second = await recordCookieChoice({ previous: first.consent, categories: rejectAll, viewer: null, language: 'en', source: 'COOKIE_SETTINGS', context });
    expect(second.consent.id).toBe(first.consent.id);
    const yes = await db.consentRecord.findMany({ where: { consentId: first.consent.id, granted: true } });
    expect(yes).toHaveLength(3);
    for (const row of yes) expect(row).toMatchObject({ withdrawnSource: 'COOKIE_SETTINGS' });
    for (const row of yes) expect(row.withdrawnAt).toBeInstanceOf(Date);
    const current = await currentConsents({ consentId: first.consent.id });
    expect(current.get('COOKIES_PREFERENCES')).toMatchObject({ granted: false, active: false });
  });

  it('links the choice to the account of a signed-in visitor', async () => {
    const user = await createUser();
    const { consent } = await recordCookieChoice({ previous: null, categories: { ...rejectAll, preferences: true }, viewer: user, language: 'az', source: 'COOKIE_SETTINGS', context });
    const current = await currentConsents({ userId: user.id });
    expect(current.get('COOKIES_PREFERENCES')).toMatchObject({ active: true, outdated: false, source: 'COOKIE_SETTINGS' });
    expect(current.get('COOKIES_ANALYTICS')).toMatchObject({ active: false });
    const rows = await db.consentRecord.findMany({ where: { userId: user.id } });
    expect(rows.every((r) => r.consentId === consent.id)).toBe(true);
    const audit = await db.auditEvent.findFirst({ where: { action: 'consent.cookies_chosen', subjectType: 'User', subjectId: user.id } });
    expect(audit?.actorId).toBe(user.id);
  });
});
