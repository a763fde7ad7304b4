import type { MailTemplate } from '@/lib/mail/outbox/types';
import { issueFailedMail } from './issue-failed-mail';
import { itineraryReceiptMail } from './itinerary-receipt-mail';
import { paymentConfirmedMail } from './payment-confirmed-mail';

/** The order's own mails (Agreement 4.5, 4.9): payment confirmation, itinerary receipt, not issued. */
export const documentMailTemplates: readonly MailTemplate[] = [paymentConfirmedMail, itineraryReceiptMail, issueFailedMail];
