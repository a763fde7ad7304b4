import type { MailTemplate } from '@/lib/mail/outbox/types';

/** Mails about what the traveller asked for: cancellations, changes, requests and their messages. */
export const travellerMailTemplates: readonly MailTemplate[] = [];
