import 'server-only';
import { db } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/locales';
import { deliverMail } from '../deliver-mail';
import { MailDeliveryError, type DeliveryResult, type MailMessage } from '../types';
import { MAX_OUTBOX_ATTEMPTS, outboxRetryDelayMs } from './backoff';
import { findMailTemplate } from './template-registry';

/** How long one sender may take to deliver a claimed message before another sender may try it. */
const LEASE_MS = 2 * 60_000;

type ClaimedRow = { id: string; template: string; to_address: string; locale: string; payload: unknown; attempts: number };

export type SendOutboxOptions = {
  now?: Date;
  /** at most this many messages in this call (default 50) */
  limit?: number;
  /** tests: deliver through something else than deliverMail */
  deliver?: (message: MailMessage) => Promise<DeliveryResult>;
};

export type SendOutboxResult = { sent: number; retrying: number; failed: number };

/**
 * Delivers the outbox messages that are due, each at most once at a time across every worker: a
 * message is claimed with a lease (FOR UPDATE SKIP LOCKED), rendered from its template, handed to
 * deliverMail with its id as the Message-ID, and marked SENT. A temporary failure (connection refused,
 * SMTP 4xx) schedules the next attempt with backoff; a permanent one (5xx) or too many attempts mark
 * it FAILED. Nothing is lost while the SMTP server is down, and a message the server accepted is never
 * sent again by us.
 */
export async function sendDueOutboxMessages(options: SendOutboxOptions = {}): Promise<SendOutboxResult> {
  const result: SendOutboxResult = { sent: 0, retrying: 0, failed: 0 };
  const limit = options.limit ?? 50;
  const deliver = options.deliver ?? deliverMail;
  while (result.sent + result.retrying + result.failed < limit) {
    const now = options.now ?? new Date();
    const [row] = await claimNext(now);
    if (!row) break;
    const outcome = await sendOne(row, deliver, now);
    result[outcome] += 1;
  }
  return result;
}

async function claimNext(now: Date): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox_messages SET locked_until = ${new Date(now.getTime() + LEASE_MS)}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM outbox_messages
      WHERE status = 'PENDING' AND next_attempt_at <= ${now} AND (locked_until IS NULL OR locked_until < ${now})
      ORDER BY next_attempt_at, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, template, to_address, locale, payload, attempts`;
}

async function sendOne(row: ClaimedRow, deliver: NonNullable<SendOutboxOptions['deliver']>, now: Date): Promise<'sent' | 'retrying' | 'failed'> {
  const template = findMailTemplate(row.template);
  let error: { message: string; permanent: boolean };
  try {
    if (!template) throw new MailDeliveryError(`unknown_template:${row.template}`, false);
    const rendered = await template.render(row.payload, { locale: isLocale(row.locale) ? row.locale : 'en' });
    if (!rendered) {
      await finish(row.id, { status: 'FAILED', lastError: 'nothing_to_send' });
      return 'failed';
    }
    const delivered = await deliver({ to: row.to_address, idempotencyKey: `outbox-${row.id}`, ...rendered });
    await finish(row.id, { status: 'SENT', messageId: delivered.messageId, sentAt: new Date() });
    return 'sent';
  } catch (caught) {
    error = caught instanceof MailDeliveryError ? { message: caught.message, permanent: caught.permanent } : { message: describe(caught), permanent: false };
  }
  if (error.permanent || row.attempts >= MAX_OUTBOX_ATTEMPTS) {
    await finish(row.id, { status: 'FAILED', lastError: error.message });
    return 'failed';
  }
  await finish(row.id, { status: 'PENDING', lastError: error.message, nextAttemptAt: new Date(now.getTime() + outboxRetryDelayMs(row.attempts)) });
  return 'retrying';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function finish(
  id: string,
  data: { status: 'SENT' | 'PENDING' | 'FAILED'; lastError?: string; messageId?: string; sentAt?: Date; nextAttemptAt?: Date },
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, status: 'PENDING' },
    data: { ...data, lastError: data.lastError?.slice(0, 500) ?? null, lockedUntil: null },
  });
}
