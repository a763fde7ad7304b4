import 'server-only';
import { db } from '@/lib/db/client';

export type StoredMail = {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  raw: Buffer;
  attachments: { filename: string; contentType: string; content: Buffer }[];
};

/** Stores a message of the embedded default once per Message-ID (a retried delivery is not a second mail). */
export async function storeMailboxMessage(mail: StoredMail): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await tx.mailboxMessage.findUnique({ where: { messageId: mail.messageId }, select: { id: true } });
    if (existing) return;
    await tx.mailboxMessage.create({
      data: {
        messageId: mail.messageId,
        fromAddress: mail.from,
        toAddresses: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        raw: new Uint8Array(mail.raw),
        attachments: {
          create: mail.attachments.map((a, position) => ({
            position,
            filename: a.filename,
            contentType: a.contentType,
            size: a.content.length,
            content: new Uint8Array(a.content),
          })),
        },
      },
    });
  });
}

export type MailboxListItem = { id: string; to: string[]; subject: string; createdAt: Date; attachmentCount: number };

export async function listMailboxMessages(limit = 100): Promise<MailboxListItem[]> {
  const rows = await db.mailboxMessage.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, toAddresses: true, subject: true, createdAt: true, _count: { select: { attachments: true } } },
  });
  return rows.map((r) => ({ id: r.id, to: r.toAddresses, subject: r.subject, createdAt: r.createdAt, attachmentCount: r._count.attachments }));
}

export type MailboxMessageDetail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  createdAt: Date;
  attachments: { id: string; filename: string; contentType: string; size: number }[];
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getMailboxMessage(id: string): Promise<MailboxMessageDetail | null> {
  if (!uuid.test(id)) return null;
  const row = await db.mailboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      fromAddress: true,
      toAddresses: true,
      subject: true,
      text: true,
      html: true,
      createdAt: true,
      attachments: { orderBy: { position: 'asc' }, select: { id: true, filename: true, contentType: true, size: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    from: row.fromAddress,
    to: row.toAddresses,
    subject: row.subject,
    text: row.text,
    html: row.html,
    createdAt: row.createdAt,
    attachments: row.attachments,
  };
}

export async function getMailboxAttachment(messageId: string, attachmentId: string) {
  if (!uuid.test(messageId) || !uuid.test(attachmentId)) return null;
  return db.mailboxAttachment.findFirst({
    where: { id: attachmentId, messageId },
    select: { filename: true, contentType: true, content: true },
  });
}

/** The raw RFC 5322 message (downloadable as .eml from the outbox page). */
export async function getMailboxRawMessage(id: string) {
  if (!uuid.test(id)) return null;
  return db.mailboxMessage.findUnique({ where: { id }, select: { raw: true, subject: true } });
}
