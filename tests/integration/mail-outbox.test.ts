import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { APP_URL, authRequest, configureTestEnv, CookieJar } from './auth-test-kit';

vi.mock('server-only', () => ({}));

// The embedded default: KARVAN_MODE=embedded and no SMTP_URL, so mail goes to the outbox table.
configureTestEnv({ SMTP_URL: undefined });

const { deliverMail } = await import('@/lib/mail/deliver-mail');
const { listMailboxMessages, getMailboxMessage } = await import('@/lib/mail/mailbox');
const { isMailboxEnabled, mailMode } = await import('@/lib/mail/mail-mode');
const attachmentRoute = await import('@/app/api/mailbox/[messageId]/attachments/[attachmentId]/route');
const rawRoute = await import('@/app/api/mailbox/[messageId]/raw/route');

const routeParams = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

describe('deliverMail in the embedded default', () => {
  beforeAll(() => {
    expect(mailMode()).toBe('mailbox');
    expect(isMailboxEnabled()).toBe(true);
  });

  it('stores the real MIME message nodemailer built, with its parts and attachments', async () => {
    const pdf = Buffer.from('%PDF-1.4 receipt');
    const result = await deliverMail({
      to: 'traveller@example.com',
      subject: 'Your receipt KRV-7K3Q9P',
      text: 'Thank you. Manage your booking: https://karvan.example/en/booking',
      html: '<p>Thank you. <a href="https://karvan.example/en/booking">Manage your booking</a></p>',
      attachments: [{ filename: 'receipt.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    expect(result.transport).toBe('mailbox');
    expect(result.accepted).toEqual(['traveller@example.com']);

    const stored = await db.mailboxMessage.findUniqueOrThrow({ where: { messageId: result.messageId }, include: { attachments: true } });
    const parsed = await simpleParser(Buffer.from(stored.raw));
    expect(parsed.subject).toBe('Your receipt KRV-7K3Q9P');
    expect(parsed.messageId).toBe(result.messageId);
    expect(parsed.from?.text).toContain('no-reply@karvan.test');
    expect(parsed.text?.trim()).toBe('Thank you. Manage your booking: https://karvan.example/en/booking');
    expect(parsed.html).toContain('<a href="https://karvan.example/en/booking">');
    expect(parsed.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([['receipt.pdf', 'application/pdf', '%PDF-1.4 receipt']]);
    expect(stored.attachments).toHaveLength(1);
    expect(stored.toAddresses).toEqual(['traveller@example.com']);
  });

  it('stores a message once per idempotency key (a retried delivery is not a second mail)', async () => {
    const message = { to: 'retry@example.com', subject: 'Refund confirmed', text: 'Your refund was sent.', idempotencyKey: 'outbox-row-42' };
    const first = await deliverMail(message);
    const second = await deliverMail(message);
    expect(second.messageId).toBe(first.messageId);
    expect(first.messageId).toBe('<outbox-row-42@karvan.test>');
    expect(await db.mailboxMessage.count({ where: { toAddresses: { has: 'retry@example.com' } } })).toBe(1);
  });

  it('lists messages newest first with recipient, subject and time', async () => {
    await deliverMail({ to: 'order@example.com', subject: 'First', text: 'one' });
    await new Promise((r) => setTimeout(r, 5));
    await deliverMail({ to: 'order@example.com', subject: 'Second', text: 'two' });
    const list = await listMailboxMessages();
    const mine = list.filter((m) => m.to.includes('order@example.com'));
    expect(mine.map((m) => m.subject)).toEqual(['Second', 'First']);
    expect(mine[0]!.createdAt).toBeInstanceOf(Date);
  });

  it('serves attachments as downloads and the whole message as .eml', async () => {
    const { messageId } = await deliverMail({
      to: 'files@example.com',
      subject: 'Voucher',
      text: 'Attached.',
      attachments: [{ filename: 'ваучер "Baku".txt', content: 'voucher body', contentType: 'text/html' }],
    });
    const row = await db.mailboxMessage.findUniqueOrThrow({ where: { messageId }, include: { attachments: true } });
    const detail = await getMailboxMessage(row.id);
    expect(detail!.attachments).toEqual([{ id: row.attachments[0]!.id, filename: 'ваучер "Baku".txt', contentType: 'text/html', size: 12 }]);

    const response = await attachmentRoute.GET(new Request(`${APP_URL}/api/mailbox/x`), routeParams({ messageId: row.id, attachmentId: row.attachments[0]!.id }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('voucher body');
    // Always a download, never rendered as a page of this site.
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="______ _Baku_.txt"; filename\*=UTF-8''/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const wrongPair = await attachmentRoute.GET(new Request(`${APP_URL}/x`), routeParams({ messageId: crypto.randomUUID(), attachmentId: row.attachments[0]!.id }));
    expect(wrongPair.status).toBe(404);
    const garbage = await attachmentRoute.GET(new Request(`${APP_URL}/x`), routeParams({ messageId: 'nope', attachmentId: '../../etc' }));
    expect(garbage.status).toBe(404);

    const raw = await rawRoute.GET(new Request(`${APP_URL}/x`), routeParams({ messageId: row.id }));
    expect(raw.headers.get('content-type')).toBe('message/rfc822');
    expect((await simpleParser(Buffer.from(await raw.arrayBuffer()))).subject).toBe('Voucher');
  });

  it('delivers a sign-in link requested from the Azerbaijani page into the outbox, in Azerbaijani', async () => {
    const { handlers } = await import('@/lib/auth');
    const jar = new CookieJar();
    const csrf = await handlers.GET(authRequest('/api/auth/csrf', { jar }));
    jar.store(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await handlers.POST(authRequest('/api/auth/signin/nodemailer', { jar, form: { email: 'leyla@example.com', csrfToken, locale: 'az', callbackUrl: `${APP_URL}/az/account` } }));
    const [message] = (await listMailboxMessages()).filter((m) => m.to.includes('leyla@example.com'));
    expect(message!.subject).toBe('Karvan-a giriş linkiniz');
    const detail = await getMailboxMessage(message!.id);
    expect(detail!.text).toContain(`${APP_URL}/api/auth/callback/nodemailer?`);
    expect(detail!.html).toContain('lang="az"');
  });
});

describe('linksIn', () => {
  it('lists the links of a message with their anchor text, once each', async () => {
    const { linksIn } = await import('@/lib/mail/links-in');
    const links = linksIn('Open https://a.example/x?y=1&z=2 now', '<a href="https://a.example/x?y=1&amp;z=2">Sign in</a> <a href="mailto:x@y">m</a>');
    expect(links).toEqual([{ url: 'https://a.example/x?y=1&z=2', label: 'Sign in' }]);
  });
});
