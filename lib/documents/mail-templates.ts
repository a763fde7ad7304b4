import type { MailTemplate } from '@/lib/mail/outbox/types';

/** The order's own mails (Agreement 4.5, 4.9): payment confirmation, itinerary receipt, not issued. */
export const documentMailTemplates: readonly MailTemplate[] = [];
