import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/outbox/enqueue-mail';
import { PRIVACY_MAIL } from './privacy-mail-templates';

const TEMPLATE = { verify: PRIVACY_MAIL.verifyRequest, received: PRIVACY_MAIL.requestReceived, closed: PRIVACY_MAIL.requestClosed } as const;

/**
 * Queues one of a data request's mails in the caller's transaction. Each mail is keyed by the request and
 * its kind, so "received" is sent once whether the request was verified at once or by its link later.
 */
export function queueDataRequestMail(tx: Tx, mail: keyof typeof TEMPLATE, request: { id: string; email: string; locale: Locale | string }) {
  return enqueueMail(tx, {
    template: TEMPLATE[mail],
    to: request.email,
    locale: request.locale,
    payload: { dataRequestId: request.id },
    dedupeKey: `privacy:data-request:${request.id}:${mail}`,
  });
}
