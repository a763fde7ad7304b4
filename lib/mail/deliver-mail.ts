import 'server-only';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { env } from '@/lib/env';
import { mailMode } from './mail-mode';
import { storeMailboxMessage } from './mailbox';
import { MailDeliveryError, type DeliveryResult, type MailMessage } from './types';

let smtp: { url: string; transporter: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (smtp?.url !== url) {
    smtp = {
      url,
      transporter: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return smtp.transporter;
}

// Builds the real MIME message without sending it; the embedded default stores it for the outbox page.
const streamTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address);
  return match?.[1] ?? 'karvan.local';
}

function toList(value: Mail.Options['to']): string[] {
  if (!value) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => (typeof item === 'string' ? item : item.address));
}

function addressesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String((v as { address?: string }).address ?? v))) : [];
}

/**
 * The one way anything sends mail. With SMTP_URL: the SMTP server. In the embedded default: the real
 * MIME message is built by nodemailer and stored for the outbox page. Throws MailDeliveryError
 * (with `permanent`) so a retrying outbox knows what to do; never logs message bodies.
 */
export async function deliverMail(message: MailMessage): Promise<DeliveryResult> {
  const from = env().MAIL_FROM;
  const messageId = `<${message.idempotencyKey ?? randomUUID()}@${domainOf(from)}>`;
  const options: Mail.Options = {
    from,
    to: message.to,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId,
    attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };

  if (mailMode() === 'mailbox') {
    const built = await streamTransport.sendMail(options);
    const recipients = toList(message.to);
    await storeMailboxMessage({
      messageId,
      from,
      to: recipients,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      raw: built.message as Buffer,
      attachments: (message.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType ?? 'application/octet-stream',
        content: typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : a.content,
      })),
    });
    return { messageId, transport: 'mailbox', accepted: recipients, rejected: [] };
  }

  let info: { messageId: string; accepted: unknown; rejected: unknown };
  try {
    info = await smtpTransport(env().SMTP_URL!).sendMail(options);
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    throw new MailDeliveryError(`SMTP delivery failed${code ? ` (${code})` : ''}`, typeof code === 'number' && code >= 500, { cause: error });
  }
  const accepted = addressesOf(info.accepted);
  const rejected = addressesOf(info.rejected);
  if (accepted.length === 0) throw new MailDeliveryError('SMTP server accepted no recipient', true);
  return { messageId: info.messageId || messageId, transport: 'smtp', accepted, rejected };
}
