import type { MailTemplate } from '@/lib/mail/outbox/types';

/** Mails about money going back: refund sent (with the provider's id and the 1–30 day notice), refund failed. */
export const refundMailTemplates: readonly MailTemplate[] = [];
