/**
 * Shared set-up of the privacy integration tests. Import it FIRST in a test file: it fills in the
 * embedded-mode environment (secrets, outbox mail) before any module reads it.
 */
import { randomBytes, randomUUID } from 'node:crypto';

process.env.KARVAN_MODE = 'embedded';
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64');
process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
process.env.APP_URL ??= 'http://localhost:3000';
delete process.env.SMTP_URL;

import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import type { RequestContext } from '@/lib/auth/request-context';
import { registerMailTemplates } from '@/lib/mail/outbox/template-registry';
import { sendDueOutboxMessages } from '@/lib/mail/outbox/send-outbox';
import { privacyMailTemplates } from '@/lib/privacy/privacy-mail-templates';

registerMailTemplates(privacyMailTemplates);

export const context: RequestContext = { ip: '203.0.113.7', userAgent: 'vitest privacy' };

let counter = 0;
export function uniqueEmail(prefix = 'traveller'): string {
  counter += 1;
  return `${prefix}-${counter}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(overrides: Partial<{ email: string; name: string | null; role: Viewer['role']; locale: string; createdAt: Date }> = {}): Promise<Viewer> {
  const user = await db.user.create({
    data: {
      email: overrides.email ?? uniqueEmail(),
      name: overrides.name === undefined ? 'Nargiz Aliyeva' : overrides.name,
      role: overrides.role ?? 'TRAVELLER',
      locale: overrides.locale ?? 'en',
      emailVerified: new Date(),
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

/**
 * The text of the newest mail sent to `to` (embedded mode stores every sent mail), after sending what the
 * transactional outbox holds, as the worker's loop would.
 */
export async function lastMailTo(to: string): Promise<{ subject: string; text: string; html: string | null; raw: Buffer } | null> {
  await sendDueOutboxMessages();
  const row = await db.mailboxMessage.findFirst({
    where: { toAddresses: { has: to } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { subject: true, text: true, html: true, raw: true },
  });
  return row ? { subject: row.subject, text: row.text ?? '', html: row.html, raw: Buffer.from(row.raw) } : null;
}

/** The first URL in a mail's text that contains `part`. */
export function linkIn(text: string, part: string): string {
  const url = text.match(/https?:\/\/\S+/g)?.find((u) => u.includes(part));
  if (!url) throw new Error(`no link containing ${part} in:\n${text}`);
  return url;
}
