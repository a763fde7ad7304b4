import { context, createUser, lastMailTo, linkIn } from './privacy-helpers';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createAuthConfig } from '@/lib/auth/config';
import { findViewerBySessionToken } from '@/lib/auth/find-viewer';
import { confirmAccountDeletion, requestAccountDeletion, restoreAccount, sendRestoreLink } from '@/lib/privacy/delete-account';
import { eraseDeletedAccounts } from '@/lib/privacy/erase-account';
import { runRetention } from '@/lib/privacy/retention';
import { createFullAccount, orderTotals, type FullAccount } from './privacy-fixtures';
import { dumpDatabase } from './privacy-dump';

const DAY = 86_400_000;

async function deleteAccount(account: { user: { id: string; email: string; name: string | null; role: FullAccount['user']['role'] } }, now = new Date()) {
  await requestAccountDeletion({ viewer: account.user, locale: 'ru', context, now });
  const mail = await lastMailTo(account.user.email);
  const token = new URL(linkIn(mail!.text, '/account/privacy/delete/confirm')).searchParams.get('token')!;
  return confirmAccountDeletion({ token, context, now });
}

async function restoreTokenFromMail(email: string) {
  const mail = await lastMailTo(email);
  return new URL(linkIn(mail!.text, '/privacy/restore')).searchParams.get('token')!;
}

/** Personal values of the account that must not survive erasure, in clear or as stored ciphertext. */
async function traces(account: FullAccount) {
  const { clear } = account;
  const stored = await db.orderPassenger.findFirstOrThrow({ where: { id: account.passenger.id }, select: { documentNumberEnc: true, documentNumberHash: true } });
  const user = await db.user.findUniqueOrThrow({ where: { id: account.user.id }, select: { phoneEnc: true } });
  return {
    email: clear.email,
    name: clear.name,
    phone: clear.phone,
    contactPhone: clear.contactPhone,
    passengerFirst: clear.passengerFirst,
    passengerLast: clear.passengerLast,
    travellerLast: clear.travellerLast,
    passengerDoc: clear.passengerDoc,
    travellerDoc: clear.travellerDoc,
    note: clear.assistanceNote,
    ip: clear.ip,
    userAgent: clear.userAgent,
    storedDoc: stored.documentNumberEnc!,
    storedDocHash: stored.documentNumberHash!,
    storedPhone: user.phoneEnc!,
  };
}

describe('deleting an account', () => {
  it('needs the emailed link, ends every session at once and refuses sign-in', async () => {
    const account = await createFullAccount();
    const session = await db.session.findFirstOrThrow({ where: { userId: account.user.id } });
    const result = await deleteAccount(account);
    expect(result.outcome).toBe('deleted');
    const user = await db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(user.deletedAt).toBeInstanceOf(Date);
    expect(user.restoreUntil!.getTime() - user.deletedAt!.getTime()).toBe(30 * DAY);
    expect(await db.session.count({ where: { userId: account.user.id } })).toBe(0);
    expect(await findViewerBySessionToken(session.sessionToken)).toBeNull();

    // lib/auth refuses both a new link and following one (the accounts engineer's callback).
    const signIn = createAuthConfig(context).callbacks!.signIn!;
    expect(await signIn({ user: { ...user }, account: null, email: { verificationRequest: false } } as never)).toBe(false);
    expect(await signIn({ user: { ...user }, account: null, email: { verificationRequest: true } } as never)).toMatch(/verify-request/);

    expect((await lastMailTo(account.user.email))?.subject).toContain('удалён');
    expect(await db.auditEvent.count({ where: { subjectId: account.user.id, action: { in: ['account.deletion_requested', 'account.deleted'] } } })).toBe(2);
  });

  it('refuses a forged, reused or expired confirmation link', async () => {
    const user = await createUser();
    expect(await confirmAccountDeletion({ token: 'forged', context })).toEqual({ outcome: 'invalid' });
    const now = new Date();
    await requestAccountDeletion({ viewer: user, locale: 'en', context, now });
    const token = new URL(linkIn((await lastMailTo(user.email))!.text, '/account/privacy/delete/confirm')).searchParams.get('token')!;
    expect(await confirmAccountDeletion({ token, context, now: new Date(now.getTime() + 31 * 60_000) })).toEqual({ outcome: 'invalid' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
    expect((await confirmAccountDeletion({ token, context, now })).outcome).toBe('deleted');
    expect(await confirmAccountDeletion({ token, context, now })).toEqual({ outcome: 'invalid' });
  });

  it('can be undone within 30 days with the restore link, not after', async () => {
    const user = await createUser();
    const deletedAt = new Date();
    await deleteAccount({ user }, deletedAt);
    const token = await restoreTokenFromMail(user.email);
    expect(await restoreAccount({ token, context, now: new Date(deletedAt.getTime() + 30 * DAY + 1) })).toEqual({ outcome: 'invalid' });
    expect(await restoreAccount({ token, context, now: new Date(deletedAt.getTime() + 29 * DAY) })).toEqual({ outcome: 'restored', email: user.email });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ deletedAt: null, restoreUntil: null });
    expect(await restoreAccount({ token, context })).toEqual({ outcome: 'invalid' });

    // A lost email: a new restore link on request, with the same answer for unknown addresses.
    await deleteAccount({ user });
    await sendRestoreLink({ email: 'nobody@example.test', locale: 'en', context });
    await sendRestoreLink({ email: user.email.toUpperCase(), locale: 'en', context });
    const again = await restoreTokenFromMail(user.email);
    expect((await restoreAccount({ token: again, context })).outcome).toBe('restored');
  });

  it('after the window the job leaves no personal data, the books still add up, and the address can open a new account', async () => {
    const account = await createFullAccount();
    const other = await createFullAccount();
    const before = await orderTotals(account.order.id);
    const values = await traces(account);
    const deletedAt = new Date();
    await deleteAccount(account, deletedAt);

    expect((await eraseDeletedAccounts(new Date(deletedAt.getTime() + 29 * DAY))).map((e) => e.userId)).not.toContain(account.user.id);
    const erased = await eraseDeletedAccounts(new Date(deletedAt.getTime() + 30 * DAY + 1000));
    expect(erased).toContainEqual({ userId: account.user.id, ordersAnonymised: 1, ordersPending: 0 });

    expect(await db.user.findUnique({ where: { id: account.user.id } })).toBeNull();
    const dump = await dumpDatabase();
    const left = Object.entries(values).filter(([, value]) => dump.includes(value)).map(([key]) => key);
    expect(left).toEqual([]);
    // The other account is untouched.
    expect(dump).toContain(other.clear.email);

    const order = await db.order.findUniqueOrThrow({ where: { id: account.order.id } });
    expect(order).toMatchObject({ reference: account.reference, status: 'ISSUED', userId: null, contactPhoneEnc: null });
    expect(await orderTotals(account.order.id)).toEqual(before);
    const passengers = await db.orderPassenger.findMany({ where: { orderId: account.order.id } });
    expect(passengers.every((p) => p.firstName === 'ANONYMISED' && p.documentNumberEnc === null && p.dateOfBirthEnc === null)).toBe(true);
    expect(await db.orderAnonymisation.findUniqueOrThrow({ where: { orderId: account.order.id } })).toMatchObject({ reason: 'account_erased' });
    expect(await db.auditEvent.count({ where: { subjectId: account.user.id, action: 'account.erased' } })).toBe(1);

    const reborn = await createUser({ email: account.clear.email });
    expect(reborn.id).not.toBe(account.user.id);
  });

  it('keeps what a trip still ahead needs, detached from the account, and anonymises it once the trip is over', async () => {
    const tripEndsAt = new Date(Date.now() + 60 * DAY);
    const account = await createFullAccount({ tripEndsAt });
    const deletedAt = new Date();
    await deleteAccount(account, deletedAt);
    const erased = await eraseDeletedAccounts(new Date(deletedAt.getTime() + 31 * DAY));
    expect(erased).toContainEqual({ userId: account.user.id, ordersAnonymised: 0, ordersPending: 1 });
    const kept = await db.orderPassenger.findFirstOrThrow({ where: { id: account.passenger.id } });
    expect(kept.documentNumberEnc).not.toBeNull();
    expect((await db.order.findUniqueOrThrow({ where: { id: account.order.id } })).userId).toBeNull();

    await runRetention(new Date(tripEndsAt.getTime() - DAY));
    expect((await db.orderPassenger.findFirstOrThrow({ where: { id: account.passenger.id } })).documentNumberEnc).not.toBeNull();
    await runRetention(new Date(tripEndsAt.getTime() + DAY));
    expect((await db.orderPassenger.findFirstOrThrow({ where: { id: account.passenger.id } })).documentNumberEnc).toBeNull();
    expect(await db.orderAnonymisation.findUniqueOrThrow({ where: { orderId: account.order.id } })).toMatchObject({ reason: 'account_erased', doneAt: expect.any(Date) });
  });
});

describe('retention', () => {
  it('anonymises the personal data of trips that ended more than the configured period ago, and only those', async () => {
    const now = new Date();
    const old = await createFullAccount({ tripEndsAt: new Date(now.getTime() - (3 * 365 + 2) * DAY) });
    const recent = await createFullAccount({ tripEndsAt: new Date(now.getTime() - (3 * 365 - 2) * DAY) });
    const before = await orderTotals(old.order.id);
    await runRetention(now);
    expect((await db.orderPassenger.findFirstOrThrow({ where: { id: old.passenger.id } })).lastName).toBe('ANONYMISED');
    expect((await db.orderPassenger.findFirstOrThrow({ where: { id: recent.passenger.id } })).lastName).toBe(recent.clear.passengerLast);
    expect(await orderTotals(old.order.id)).toEqual(before);
    // The account itself stays; the old booking no longer carries its identity.
    expect(await db.user.findUnique({ where: { id: old.user.id } })).not.toBeNull();
    expect((await db.order.findUniqueOrThrow({ where: { id: old.order.id } })).contactEmail).toBe('anonymised@invalid.karvan');

    // A shorter configured period reaches the recent trip too; running twice changes nothing more.
    await runRetention(now, 365);
    await runRetention(now, 365);
    expect((await db.orderPassenger.findFirstOrThrow({ where: { id: recent.passenger.id } })).lastName).toBe('ANONYMISED');
    expect(await db.auditEvent.count({ where: { subjectId: recent.order.id, action: 'order.anonymised' } })).toBe(1);
  });

  it('purges anonymous cookie choices older than 13 months', async () => {
    const consentId = '0b6f2f4e-4c1a-4d8e-9a53-3f1c2b7d9e11';
    await db.consentRecord.create({ data: { consentId, purpose: 'COOKIES_ANALYTICS', granted: false, document: 'cookies', policyVersion: 'x', language: 'en', source: 'BANNER', givenAt: new Date(Date.now() - 400 * DAY) } });
    await runRetention();
    expect(await db.consentRecord.count({ where: { consentId } })).toBe(0);
  });
});
