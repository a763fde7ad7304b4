export type MailAttachment = {
  filename: string;
  content: Buffer | string;
  contentType?: string;
};

/** A message as every feature hands it to `deliverMail` (sign-in links, receipts, refunds, notices). */
export type MailMessage = {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  attachments?: MailAttachment[];
  /**
   * A stable key for this message (e.g. the outbox row id). It becomes the Message-ID, so a retry
   * after an uncertain failure is recognisable downstream, and the embedded outbox stores it once.
   */
  idempotencyKey?: string;
};

export type DeliveryResult = {
  messageId: string;
  transport: 'smtp' | 'mailbox';
  accepted: string[];
  rejected: string[];
};

/**
 * Delivery failed. `permanent` tells a retrying caller (the transactional outbox) not to try again:
 * the server refused the message or every recipient (SMTP 5xx), as opposed to a connection problem
 * or a temporary refusal (4xx), which is worth retrying.
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailDeliveryError';
  }
}
