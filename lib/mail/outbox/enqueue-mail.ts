import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { currentRequestId } from '@/lib/observe/request-scope';

export type EnqueueMailInput = {
  /** a registered template (lib/mail/outbox/template-registry.ts) */
  template: string;
  to: string;
  locale: Locale | string;
  /** the template's input: ids and codes (rendered at send time), never copies of personal data */
  payload: Record<string, unknown>;
  /** one message per business event, e.g. `order:<id>:receipt`; enqueueing the same key again is a no-op */
  dedupeKey: string;
  orderId?: string | null;
  /** send no earlier than this (default: now) */
  notBefore?: Date;
  /** the request that queued it (default: the request or job being worked, lib/observe/request-scope) */
  requestId?: string | null;
};

const inputSchema = z.object({
  template: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  to: z.email().max(320),
  dedupeKey: z.string().min(3).max(300),
  orderId: z.uuid().nullish(),
});

/**
 * Writes a message into the transactional outbox inside the caller's transaction: it is sent only if
 * that transaction commits, and then for sure (the `mail-send-outbox` job retries with backoff until
 * the server accepts it). Returns whether a new row was written.
 */
export async function enqueueMail(tx: Tx, input: EnqueueMailInput): Promise<{ created: boolean }> {
  const parsed = inputSchema.parse(input);
  const locale = isLocale(input.locale) ? input.locale : 'en';
  const requestId = (input.requestId ?? currentRequestId())?.slice(0, 128) ?? null;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO outbox_messages (id, template, dedupe_key, to_address, locale, payload, order_id, next_attempt_at, request_id)
    VALUES (gen_random_uuid(), ${parsed.template}, ${parsed.dedupeKey}, ${parsed.to.toLowerCase()}, ${locale},
            ${JSON.stringify(input.payload)}::jsonb, ${parsed.orderId ?? null}::uuid, ${input.notBefore ?? new Date()}, ${requestId})
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id`;
  return { created: rows.length > 0 };
}

/**
 * Many messages in one INSERT, inside the caller's transaction (a job that queues hundreds of mails).
 * Same rules as enqueueMail; returns how many new rows were written (a repeated dedupe key is skipped).
 */
export async function enqueueMails(tx: Tx, inputs: readonly EnqueueMailInput[]): Promise<number> {
  if (inputs.length === 0) return 0;
  const rows = inputs.map((input) => {
    const parsed = inputSchema.parse(input);
    return {
      template: parsed.template,
      dedupe_key: parsed.dedupeKey,
      to_address: parsed.to.toLowerCase(),
      locale: isLocale(input.locale) ? input.locale : 'en',
      payload: input.payload,
      order_id: parsed.orderId ?? null,
      next_attempt_at: (input.notBefore ?? new Date()).toISOString(),
    };
  });
  return tx.$executeRaw`
    INSERT INTO outbox_messages (id, template, dedupe_key, to_address, locale, payload, order_id, next_attempt_at)
    SELECT gen_random_uuid(), r.template, r.dedupe_key, r.to_address, r.locale, r.payload, r.order_id, r.next_attempt_at
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(template text, dedupe_key text, to_address text, locale text, payload jsonb, order_id uuid, next_attempt_at timestamptz)
    ON CONFLICT (dedupe_key) DO NOTHING`;
}
