import type { Locale } from '@/lib/i18n/locales';
import type { MailAttachment } from '../types';

/** What a template renders for one outbox message, at send time. */
export type RenderedMail = {
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
};

/**
 * A kind of transactional mail. `render` reads what it needs (the order, the request) from the
 * database when the message is sent, so the outbox row holds ids and codes only, and a retry renders
 * the same message. Returning null means there is nothing to send any more (the order was anonymised):
 * the message is marked FAILED with `nothing_to_send` and never retried.
 */
export type MailTemplate = {
  /** kebab-case, unique: 'itinerary-receipt', 'refund-sent' */
  name: string;
  render(payload: unknown, context: { locale: Locale }): Promise<RenderedMail | null>;
};
