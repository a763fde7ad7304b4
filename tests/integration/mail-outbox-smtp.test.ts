import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { configureTestEnv, freePort, startSmtpServer, type TestSmtp } from './auth-test-kit';

vi.mock('server-only', () => ({}));

// A real SMTP server on 127.0.0.1 that the test stops and starts again on the same port.
const port = await freePort();
configureTestEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });

const { enqueueMail, registerMailTemplates, sendDueOutboxMessages } = await import('@/lib/mail/outbox');
const { MailDeliveryError } = await import('@/lib/mail/types');

registerMailTemplates([
  {
    name: 'test-notice',
    async render(payload) {
      const { n } = payload as { n: number };
      return { subject: `Notice ${n}`, text: `Notice number ${n}`, html: `<p>Notice number ${n}</p>` };
    },
  },
]);

async function enqueueNotices(count: number, tag = randomUUID()): Promise<string[]> {
  const keys: string[] = [];
  await db.$transaction(async (tx) => {
    for (let n = 1; n <= count; n++) {
      const dedupeKey = `test:${tag}:${n}`;
      keys.push(dedupeKey);
      await enqueueMail(tx, { template: 'test-notice', to: `traveller-${n}@example.com`, locale: 'en', payload: { n }, dedupeKey });
    }
  });
  return keys;
}

const later = (ms: number) => new Date(Date.now() + ms);

let smtp: TestSmtp | undefined;

async function startSmtpOnPort(): Promise<TestSmtp> {
  return startSmtpServer({ port });
}

// Each test starts with an empty outbox, so what one leaves pending is not sent by the next.
beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

afterAll(async () => {
  await smtp?.close();
});

describe('the transactional outbox with a real SMTP server', () => {
  it('loses nothing while the SMTP server is down and sends every message once when it is back', async () => {
    const keys = await enqueueNotices(12);

    // Down: every attempt fails with a connection error and is scheduled again with backoff.
    const whileDown = await sendDueOutboxMessages();
    expect(whileDown).toEqual({ sent: 0, retrying: 12, failed: 0 });
    const pending = await db.outboxMessage.findMany({ where: { dedupeKey: { in: keys } } });
    expect(pending.every((m) => m.status === 'PENDING' && m.attempts === 1 && m.lastError !== null && m.nextAttemptAt > new Date())).toBe(true);
    // Not due yet: nothing is attempted again before its backoff.
    expect(await sendDueOutboxMessages()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    smtp = await startSmtpOnPort();
    // Two workers at once once the retries are due: each message is claimed by one of them.
    const [a, b] = await Promise.all([sendDueOutboxMessages({ now: later(60_000) }), sendDueOutboxMessages({ now: later(60_000) })]);
    expect(a.sent + b.sent).toBe(12);
    expect(a.retrying + b.retrying + a.failed + b.failed).toBe(0);

    const sent = await db.outboxMessage.findMany({ where: { dedupeKey: { in: keys } } });
    expect(sent.every((m) => m.status === 'SENT' && m.sentAt !== null && m.attempts === 2)).toBe(true);
    expect(smtp.messages).toHaveLength(12);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(12);
    expect(smtp.to('traveller-7@example.com').map((m) => m.subject)).toEqual(['Notice 7']);
    // The Message-ID is the outbox row's id, so a receiver can recognise a resend.
    expect(sent.map((m) => m.messageId).sort()).toEqual(smtp.messages.map((m) => m.messageId).sort());

    // Nothing is sent twice, however often the sender runs.
    expect(await sendDueOutboxMessages({ now: later(3_600_000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(12);
  });

  it('enqueues nothing when the transaction that wrote the message rolls back, and one message per dedupe key', async () => {
    const tag = randomUUID();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, { template: 'test-notice', to: 'rolled-back@example.com', locale: 'en', payload: { n: 1 }, dedupeKey: `test:${tag}:rollback` });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.outboxMessage.count({ where: { dedupeKey: `test:${tag}:rollback` } })).toBe(0);

    const first = await db.$transaction((tx) => enqueueMail(tx, { template: 'test-notice', to: 'once@example.com', locale: 'en', payload: { n: 1 }, dedupeKey: `test:${tag}:once` }));
    const second = await db.$transaction((tx) => enqueueMail(tx, { template: 'test-notice', to: 'once@example.com', locale: 'en', payload: { n: 1 }, dedupeKey: `test:${tag}:once` }));
    expect([first.created, second.created]).toEqual([true, false]);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `test:${tag}:once` } })).toBe(1);
  });

  it('retries a message whose sender crashed after claiming it, once its lease has run out', async () => {
    const [key] = await enqueueNotices(1);
    // A sender that dies mid-delivery: the claim stays, the message is neither sent nor failed.
    await expect(
      sendDueOutboxMessages({
        deliver: () => {
          throw new Error('process killed');
        },
      }),
    ).resolves.toEqual({ sent: 0, retrying: 1, failed: 0 });
    await db.outboxMessage.update({ where: { dedupeKey: key }, data: { lockedUntil: later(120_000), nextAttemptAt: new Date(0) } });
    // Still leased: another worker leaves it alone.
    expect(await sendDueOutboxMessages()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    // After the lease, it is delivered.
    const after = await sendDueOutboxMessages({ now: later(180_000) });
    expect(after.sent).toBe(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key! } })).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('gives up on a permanent refusal and on an unknown template never sends anything', async () => {
    const tag = randomUUID();
    await db.$transaction((tx) => enqueueMail(tx, { template: 'test-notice', to: 'refused@example.com', locale: 'en', payload: { n: 1 }, dedupeKey: `test:${tag}:refused` }));
    const refused = await sendDueOutboxMessages({
      deliver: async () => {
        throw new MailDeliveryError('SMTP delivery failed (550)', true);
      },
    });
    expect(refused).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `test:${tag}:refused` } })).toMatchObject({ status: 'FAILED', lastError: 'SMTP delivery failed (550)' });

    await db.$transaction((tx) => enqueueMail(tx, { template: 'no-such-template', to: 'unknown@example.com', locale: 'en', payload: {}, dedupeKey: `test:${tag}:unknown` }));
    expect(await sendDueOutboxMessages()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `test:${tag}:unknown` } })).lastError).toBe('unknown_template:no-such-template');
  });
});
