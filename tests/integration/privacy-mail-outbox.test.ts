/**
 * The privacy mails through the transactional outbox (issue 16), on the real database and a real SMTP
 * server: queued in the transaction of the request they belong to, sent once, with a link that works
 * and is minted when the mail is sent, so the outbox row never holds a usable token.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { configureTestEnv, startSmtpServer } from './auth-test-kit';

const smtp = await startSmtpServer();
configureTestEnv({ SMTP_URL: smtp.url });

const { registerMailTemplates, sendDueOutboxMessages } = await import('@/lib/mail/outbox');
const { MailDeliveryError } = await import('@/lib/mail/types');
const { hashLinkToken } = await import('@/lib/crypto/signed-token');
const { privacyMailTemplates } = await import('@/lib/privacy/privacy-mail-templates');
const { confirmAccountDeletion, requestAccountDeletion, restoreAccount, sendRestoreLink } = await import('@/lib/privacy/delete-account');
const { submitDataRequest } = await import('@/lib/privacy/submit-data-request');
const { verifyDataRequest } = await import('@/lib/privacy/verify-data-request');
const { collectPersonalData } = await import('@/lib/privacy/collect-personal-data');
const { eraseAccount } = await import('@/lib/privacy/erase-account');

registerMailTemplates(privacyMailTemplates);

afterAll(async () => {
  await smtp.close();
});

const context = { ip: '203.0.113.9', userAgent: 'vitest privacy outbox' };
const later = (ms: number) => new Date(Date.now() + ms);

async function createUser() {
  return db.user.create({
    data: { email: `outbox-${randomUUID().slice(0, 8)}@example.test`, name: 'Aigerim Nurlanovna', role: 'TRAVELLER', locale: 'en', emailVerified: new Date() },
    select: { id: true, email: true, name: true, role: true },
  });
}

function tokenIn(text: string | undefined | false, path: string): string {
  const url = (text || '').match(/https?:\/\/\S+/g)?.find((u) => u.includes(path));
  if (!url) throw new Error(`no link to ${path} in:\n${text}`);
  return new URL(url).searchParams.get('token')!;
}

const outboxTo = (email: string) => db.outboxMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: 'asc' } });

describe('privacy mails through the outbox, with a real SMTP server', () => {
  it('deletion: queued with the request, sent once, each link works, and no outbox row holds a token', async () => {
    const user = await createUser();
    await requestAccountDeletion({ viewer: user, locale: 'en', context });

    // Queued, not sent, and no link exists yet: it is minted when the mail goes out.
    const [queued, ...more] = await outboxTo(user.email);
    expect(more).toHaveLength(0);
    expect(queued).toMatchObject({ template: 'privacy-confirm-deletion', status: 'PENDING', payload: { userId: user.id } });
    expect(await db.privacyToken.count({ where: { userId: user.id } })).toBe(0);
    expect(smtp.to(user.email)).toHaveLength(0);

    expect((await sendDueOutboxMessages()).sent).toBeGreaterThanOrEqual(1);
    expect(smtp.to(user.email)).toHaveLength(1);
    const confirm = tokenIn(smtp.to(user.email)[0]!.text, '/en/account/privacy/delete/confirm');
    // Sent once, however often the sender runs.
    await sendDueOutboxMessages({ now: later(3_600_000) });
    expect(smtp.to(user.email)).toHaveLength(1);

    expect(await confirmAccountDeletion({ token: confirm, context })).toMatchObject({ outcome: 'deleted' });
    await sendDueOutboxMessages();
    expect(smtp.to(user.email).map((m) => m.subject)).toHaveLength(2);
    const restore = tokenIn(smtp.to(user.email)[1]!.text, '/en/privacy/restore');
    expect(await restoreAccount({ token: restore, context })).toEqual({ outcome: 'restored', email: user.email });
    await sendDueOutboxMessages();
    expect(smtp.to(user.email)).toHaveLength(3);

    const rows = await outboxTo(user.email);
    expect(rows.map((r) => [r.template, r.status])).toEqual([
      ['privacy-confirm-deletion', 'SENT'],
      ['privacy-account-deleted', 'SENT'],
      ['privacy-account-restored', 'SENT'],
    ]);
    // Neither the token nor its hash is anywhere in the outbox: the database holds the hash in privacy_tokens only.
    const stored = JSON.stringify(rows);
    for (const token of [confirm, restore]) {
      expect(stored).not.toContain(token);
      expect(stored).not.toContain(hashLinkToken(token));
    }
    // The Message-ID is the row's id, so each mail is one row's.
    expect(smtp.to(user.email).map((m) => m.messageId).sort()).toEqual(rows.map((r) => r.messageId).sort());
  });

  it('nothing is queued or sent when the request’s transaction rolls back', async () => {
    const user = await createUser();
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_deletion_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'account.deletion_requested' THEN RAISE EXCEPTION 'audit store refused'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_deletion_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_deletion_audit()`);
    try {
      await expect(requestAccountDeletion({ viewer: user, locale: 'en', context })).rejects.toThrow(/audit store refused/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_deletion_audit ON audit_events`);
    }
    expect(await outboxTo(user.email)).toHaveLength(0);
    await sendDueOutboxMessages({ now: later(60_000) });
    expect(smtp.to(user.email)).toHaveLength(0);
    expect(await db.privacyToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('a retried message leaves exactly one working link: the one in the mail that was sent last', async () => {
    const email = `guest-${randomUUID().slice(0, 8)}@example.test`;
    const { reference } = await submitDataRequest({ kind: 'ACCESS', email, name: null, orderReference: null, details: null, locale: 'ru', viewer: null, context });
    const request = await db.dataRequest.findUniqueOrThrow({ where: { reference }, select: { id: true } });

    // The SMTP server took the message but the answer was lost: the outbox retries it later.
    let firstText = '';
    const first = await sendDueOutboxMessages({
      deliver: async (message) => {
        firstText = message.text;
        throw new MailDeliveryError('connection reset after DATA', false);
      },
    });
    expect(first).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const lost = tokenIn(firstText, '/ru/privacy/request/verify');

    expect((await sendDueOutboxMessages({ now: later(10 * 60_000) })).sent).toBe(1);
    expect(smtp.to(email)).toHaveLength(1);
    const sent = tokenIn(smtp.to(email)[0]!.text, '/ru/privacy/request/verify');
    expect(sent).not.toBe(lost);
    expect(await db.privacyToken.count({ where: { dataRequestId: request.id, usedAt: null } })).toBe(1);
    expect(await verifyDataRequest(lost, context)).toEqual({ outcome: 'invalid' });
    expect(await verifyDataRequest(sent, context)).toMatchObject({ outcome: 'verified', reference });

    // The "received" mail is queued with the verification and goes out once.
    await sendDueOutboxMessages();
    await sendDueOutboxMessages({ now: later(3_600_000) });
    expect(smtp.to(email).map((m) => m.subject)).toHaveLength(2);
    expect(smtp.to(email)[1]!.subject).toContain(reference);
    const rows = await outboxTo(email);
    expect(rows.map((r) => [r.template, r.status, r.payload])).toEqual([
      ['privacy-verify-request', 'SENT', { dataRequestId: request.id }],
      ['privacy-request-received', 'SENT', { dataRequestId: request.id }],
    ]);
  });

  it('a link mail whose purpose has passed is not sent; the rows are the account’s personal data and erasure removes them', async () => {
    const user = await createUser();
    await requestAccountDeletion({ viewer: user, locale: 'en', context });
    await sendDueOutboxMessages();
    expect(await confirmAccountDeletion({ token: tokenIn(smtp.to(user.email)[0]!.text, '/account/privacy/delete/confirm'), context })).toMatchObject({ outcome: 'deleted' });
    // A second restore link is asked for before the first mail went out; then the account is restored with the first.
    await sendRestoreLink({ email: user.email, locale: 'en', context });
    const [, deleted] = await outboxTo(user.email);
    await sendDueOutboxMessages({ limit: 1 });
    expect(deleted!.status).toBe('PENDING');
    const sentRows = await outboxTo(user.email);
    const firstRestore = sentRows.find((r) => r.template === 'privacy-account-deleted' && r.status === 'SENT');
    expect(firstRestore).toBeTruthy();
    expect(await restoreAccount({ token: tokenIn(smtp.to(user.email).at(-1)!.text, '/privacy/restore'), context })).toMatchObject({ outcome: 'restored' });
    await sendDueOutboxMessages();
    const after = await outboxTo(user.email);
    // The other restore mail has nothing to restore any more: not sent.
    expect(after.filter((r) => r.template === 'privacy-account-deleted').map((r) => [r.status, r.lastError]).sort()).toEqual([
      ['FAILED', 'nothing_to_send'],
      ['SENT', null],
    ]);
    expect(smtp.to(user.email).filter((m) => m.text?.includes('/privacy/restore'))).toHaveLength(1);

    const collected = await collectPersonalData(user.id);
    expect(collected!.rows.get('OutboxMessage')!.length).toBe(after.length);
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date(Date.now() - 31 * 86_400_000), restoreUntil: new Date(Date.now() - 86_400_000) } });
    await db.$transaction((tx) => eraseAccount(tx, user.id));
    expect(await outboxTo(user.email)).toHaveLength(0);
  });
});
