import type { MailTemplate } from '@/lib/mail/outbox/types';

/** Mails about what staff did: decisions on requests, refusals (8.5), schedule changes (3.1.9). */
export const staffMailTemplates: readonly MailTemplate[] = [];
