import { context, createUser } from './privacy-helpers';
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { POST as unsubscribePost, GET as unsubscribeGet } from '@/app/api/unsubscribe/route';
import { db } from '@/lib/db/client';
import {
  marketingHeaders,
  marketingRecipients,
  marketingStatus,
  setMarketingConsent,
  unsubscribeToken,
  unsubscribeWithToken,
  verifyUnsubscribeToken,
} from '@/lib/privacy/marketing';
import { acknowledgePolicy, findPolicyNotice } from '@/lib/privacy/policy-notice';
import { currentPolicyVersion } from '@/lib/consent/policy-versions';
import { recordConsent } from '@/lib/consent/record-consent';

async function subscribe(userId: string) {
  await setMarketingConsent({ userId, subscribe: true, language: 'en', source: 'ACCOUNT', actor: { id: userId, role: 'TRAVELLER' }, context });
}

describe('marketing consent', () => {
  it('is given and withdrawn with one call each, recorded with version, source and an AuditEvent', async () => {
    const user = await createUser();
    expect((await marketingStatus(user.id)).subscribed).toBe(false);
    await subscribe(user.id);
    const status = await marketingStatus(user.id);
    expect(status).toMatchObject({ subscribed: true, needsReconsent: false, policyVersion: currentPolicyVersion('privacy') });
    expect((await marketingRecipients()).map((r) => r.userId)).toContain(user.id);

    expect(await setMarketingConsent({ userId: user.id, subscribe: false, language: 'en', source: 'ACCOUNT', actor: user, context })).toBe(true);
    expect((await marketingStatus(user.id)).subscribed).toBe(false);
    expect((await marketingRecipients()).map((r) => r.userId)).not.toContain(user.id);
    const actions = (await db.auditEvent.findMany({ where: { subjectId: user.id }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['consent.marketing_given', 'consent.marketing_withdrawn']);
  });

  it('subscribing twice changes nothing the second time', async () => {
    const user = await createUser();
    await subscribe(user.id);
    expect(await setMarketingConsent({ userId: user.id, subscribe: true, language: 'en', source: 'ACCOUNT', actor: user, context })).toBe(false);
    expect(await db.consentRecord.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('the unsubscribe link', () => {
  it('carries an HMAC that cannot be forged or moved to another user', async () => {
    const [a, b] = [await createUser(), await createUser()];
    const token = unsubscribeToken(a.id);
    expect(verifyUnsubscribeToken(token)).toBe(a.id);
    const [, signature] = token.split('.');
    expect(verifyUnsubscribeToken(`${b.id}.${signature}`)).toBeNull();
    // One character changed (a signature that already ends in A gets a B).
    expect(verifyUnsubscribeToken(`${a.id}.${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${a.id}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${a.id}.${signature}.x`)).toBeNull();
    expect(verifyUnsubscribeToken(undefined)).toBeNull();
  });

  it('unsubscribes with a one-click POST, without a session (RFC 8058)', async () => {
    const user = await createUser();
    await subscribe(user.id);
    const headers = marketingHeaders(user.id);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(headers['List-Unsubscribe'])![1]!;
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/unsubscribe\?token=/);

    const forged = new NextRequest(url.replace(/token=[^&]+/, `token=${user.id}.forged`), { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect((await unsubscribePost(forged)).status).toBe(400);
    expect((await marketingStatus(user.id)).subscribed).toBe(true);

    const response = await unsubscribePost(new NextRequest(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }));
    expect(response.status).toBe(200);
    expect((await marketingStatus(user.id)).subscribed).toBe(false);
    const record = await db.consentRecord.findFirst({ where: { userId: user.id, purpose: 'MARKETING_EMAIL' } });
    expect(record).toMatchObject({ withdrawnSource: 'EMAIL_LINK' });
    expect(await unsubscribeWithToken(unsubscribeToken(user.id), context)).toBe('unsubscribed');
  });

  it('GET only leads to the confirmation page, in the account language, and changes nothing', async () => {
    const user = await createUser({ locale: 'kk' });
    await subscribe(user.id);
    const token = unsubscribeToken(user.id);
    const response = await unsubscribeGet(new NextRequest(`http://localhost:3000/api/unsubscribe?token=${token}`));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/kk/privacy/unsubscribe?token=${encodeURIComponent(token)}`);
    expect((await marketingStatus(user.id)).subscribed).toBe(true);
  });
});

describe('a new privacy policy version', () => {
  it('asks again for marketing consent given under an older version, and sends nothing until then', async () => {
    const user = await createUser({ createdAt: new Date('2025-01-01T00:00:00Z') });
    await db.$transaction((tx) =>
      recordConsent(tx, { subject: { userId: user.id }, purpose: 'MARKETING_EMAIL', granted: true, language: 'en', source: 'ACCOUNT', policyVersion: '2025-01-01', at: new Date('2025-01-02T00:00:00Z') }),
    );
    await db.policyAcknowledgement.create({ data: { userId: user.id, document: 'privacy', version: '2025-01-01' } });

    const status = await marketingStatus(user.id);
    expect(status).toMatchObject({ subscribed: false, needsReconsent: true });
    expect((await marketingRecipients()).map((r) => r.userId)).not.toContain(user.id);

    const notice = await findPolicyNotice(user.id, 'ru');
    expect(notice).toMatchObject({ version: currentPolicyVersion('privacy'), reconsent: ['MARKETING_EMAIL'] });
    expect(notice!.changes.map((c) => c.version)).toContain(currentPolicyVersion('privacy'));
    expect(notice!.summary).toMatch(/[А-Яа-я]/);

    await acknowledgePolicy({ viewer: user, answers: { MARKETING_EMAIL: true }, language: 'ru', context });
    expect(await findPolicyNotice(user.id, 'ru')).toBeNull();
    expect((await marketingStatus(user.id)).subscribed).toBe(true);
    expect((await marketingRecipients()).map((r) => r.userId)).toContain(user.id);
    const sources = (await db.consentRecord.findMany({ where: { userId: user.id }, orderBy: { givenAt: 'asc' } })).map((r) => [r.policyVersion, r.source, r.withdrawnSource]);
    expect(sources).toEqual([
      ['2025-01-01', 'ACCOUNT', 'POLICY_NOTICE'],
      [currentPolicyVersion('privacy'), 'POLICY_NOTICE', null],
    ]);
  });

  it('a "no" in the notice withdraws; a user who joined under the current version sees no notice', async () => {
    const old = await createUser({ createdAt: new Date('2025-01-01T00:00:00Z') });
    await db.$transaction((tx) =>
      recordConsent(tx, { subject: { userId: old.id }, purpose: 'MARKETING_EMAIL', granted: true, language: 'en', source: 'ACCOUNT', policyVersion: '2025-01-01' }),
    );
    await acknowledgePolicy({ viewer: old, answers: { MARKETING_EMAIL: false }, language: 'en', context });
    expect(await marketingStatus(old.id)).toMatchObject({ subscribed: false, needsReconsent: false });

    const fresh = await createUser();
    expect(await findPolicyNotice(fresh.id, 'en')).toBeNull();
  });
});

describe('consents given at checkout', () => {
  it('land in the general record: marketing on the account when signed in, with the order for a guest until attached', async () => {
    const { recordCheckoutConsents, attachOrderConsents } = await import('@/lib/consent/record-checkout-consents');
    const { randomUUID } = await import('node:crypto');
    const user = await createUser();
    const signedInOrder = randomUUID();
    await db.$transaction((tx) => recordCheckoutConsents(tx, { orderId: signedInOrder, userId: user.id, language: 'az', bookingProcessing: true, coTravellers: true, marketing: true }));
    expect((await marketingStatus(user.id)).subscribed).toBe(true);
    const purposes = (await db.consentRecord.findMany({ where: { orderId: signedInOrder } })).map((r) => [r.purpose, r.granted, r.source]).sort();
    expect(purposes).toEqual([
      ['BOOKING_PROCESSING', true, 'CHECKOUT'],
      ['CO_TRAVELLER_DATA', true, 'CHECKOUT'],
      ['MARKETING_EMAIL', true, 'CHECKOUT'],
    ]);

    const guestOrder = randomUUID();
    const later = await createUser();
    await db.$transaction((tx) => recordCheckoutConsents(tx, { orderId: guestOrder, userId: null, language: 'en', bookingProcessing: true, coTravellers: false, marketing: true }));
    expect(await db.$transaction((tx) => attachOrderConsents(tx, later.id, [guestOrder]))).toBe(2);
    expect((await marketingStatus(later.id)).subscribed).toBe(true);
  });
});

describe('an unticked marketing box at a later checkout (issue 20, bug 9)', () => {
  it('changes nothing: the consent given at the first checkout stays given, with no refusal on record', async () => {
    const { recordCheckoutConsents } = await import('@/lib/consent/record-checkout-consents');
    const { currentConsents } = await import('@/lib/privacy/find-consents');
    const { randomUUID } = await import('node:crypto');
    const user = await createUser();
    const first = randomUUID();
    await db.$transaction((tx) => recordCheckoutConsents(tx, { orderId: first, userId: user.id, language: 'en', bookingProcessing: true, coTravellers: false, marketing: true }));
    const second = randomUUID();
    await db.$transaction((tx) => recordCheckoutConsents(tx, { orderId: second, userId: user.id, language: 'en', bookingProcessing: true, coTravellers: false, marketing: false }));

    expect((await marketingStatus(user.id)).subscribed).toBe(true);
    expect((await marketingRecipients()).map((r) => r.userId)).toContain(user.id);
    const given = await db.consentRecord.findFirstOrThrow({ where: { userId: user.id, orderId: first, purpose: 'MARKETING_EMAIL' } });
    expect(given).toMatchObject({ granted: true, withdrawnAt: null, withdrawnSource: null });
    expect(await db.consentRecord.count({ where: { orderId: second, purpose: 'MARKETING_EMAIL' } })).toBe(0);
    expect((await currentConsents({ userId: user.id })).get('MARKETING_EMAIL')).toMatchObject({ active: true, orderId: first });
  });

  it('an explicit withdrawal still withdraws', async () => {
    const { recordCheckoutConsents } = await import('@/lib/consent/record-checkout-consents');
    const { randomUUID } = await import('node:crypto');
    const user = await createUser();
    await db.$transaction((tx) => recordCheckoutConsents(tx, { orderId: randomUUID(), userId: user.id, language: 'en', bookingProcessing: true, coTravellers: false, marketing: true }));
    await setMarketingConsent({ userId: user.id, subscribe: false, language: 'en', source: 'ACCOUNT', actor: { id: user.id, role: 'TRAVELLER' }, context });
    expect((await marketingStatus(user.id)).subscribed).toBe(false);
  });
});
