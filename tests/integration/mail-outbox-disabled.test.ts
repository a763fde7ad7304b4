import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { APP_URL, configureTestEnv } from './auth-test-kit';

vi.mock('server-only', () => ({}));

// Production: SMTP_URL set, so the outbox page and its routes do not exist.
configureTestEnv({ KARVAN_MODE: 'production', SMTP_URL: 'smtp://127.0.0.1:1', STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' });

const { isMailboxEnabled } = await import('@/lib/mail/mail-mode');
const attachmentRoute = await import('@/app/api/mailbox/[messageId]/attachments/[attachmentId]/route');
const rawRoute = await import('@/app/api/mailbox/[messageId]/raw/route');
const listPage = (await import('@/app/[locale]/dev/mailbox/page')).default;
const messagePage = (await import('@/app/[locale]/dev/mailbox/[id]/page')).default;

async function digestOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as { digest?: string }).digest;
  }
}

describe('the mail outbox outside the embedded default', () => {
  it('answers 404 for the pages and the download routes, even for a stored message', async () => {
    expect(isMailboxEnabled()).toBe(false);
    const message = await db.mailboxMessage.create({
      data: {
        messageId: '<leftover@karvan.test>',
        fromAddress: 'x',
        toAddresses: ['a@example.com'],
        subject: 'Left over',
        raw: new Uint8Array(Buffer.from('Subject: x\n\nbody')),
        attachments: { create: { position: 0, filename: 'a.txt', contentType: 'text/plain', size: 1, content: new Uint8Array([65]) } },
      },
      include: { attachments: true },
    });
    const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) }) as never;
    expect(await digestOf(() => listPage(params({ locale: 'en' })))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await digestOf(() => messagePage(params({ locale: 'en', id: message.id })))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    const attachment = await attachmentRoute.GET(new Request(`${APP_URL}/x`), params({ messageId: message.id, attachmentId: message.attachments[0]!.id }));
    expect(attachment.status).toBe(404);
    expect((await rawRoute.GET(new Request(`${APP_URL}/x`), params({ messageId: message.id }))).status).toBe(404);
  });
});
