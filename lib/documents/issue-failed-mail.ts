import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { MailTemplate } from '@/lib/mail/outbox/types';
import { mailTranslator } from '@/lib/mail/translate';
import { CARD_REFUND_TIME, NOT_ISSUED_REFUND_DAYS } from '@/lib/rules';
import { documentMoney, localMoment } from './format';
import { loadItinerary } from './load-itinerary';
import { renderDocumentMail } from './mail-html';
import { manageBookingUrl } from './manage-booking-url';
import { AGENCY_TIME_ZONE } from './receipt-view';

const payloadSchema = z.object({ orderId: z.uuid(), requestId: z.uuid() });

/**
 * Agreement 4.5: the order was paid but could not be issued. Everything paid, service fee included,
 * goes back to the same payment method by the request's due date (3 days), shown on the agency's
 * clock with its zone. dedupeKey `order:<orderId>:issue-failed`.
 */
export const issueFailedMail: MailTemplate = {
  name: 'issue-failed',
  async render(payload, { locale }) {
    const { orderId, requestId } = payloadSchema.parse(payload);
    const itinerary = await loadItinerary(orderId, { locale });
    if (!itinerary) return null;
    const request = await db.serviceRequest.findFirst({
      where: { id: requestId, orderId },
      select: { reference: true, dueAt: true, createdAt: true, maxRefundMinor: true, approvedRefundMinor: true, refundCurrency: true },
    });
    if (!request) return null;
    const t = mailTranslator(locale, 'documents');
    const rules = mailTranslator(locale, 'rules');

    const requested = request.approvedRefundMinor ?? request.maxRefundMinor;
    const amount =
      requested !== null && request.refundCurrency
        ? { amount: requested, currency: request.refundCurrency }
        : (itinerary.payment?.amount ?? itinerary.charge?.amount ?? null);
    const dueAt = request.dueAt ?? new Date(request.createdAt.getTime() + NOT_ISSUED_REFUND_DAYS * 86_400_000);

    const { html, text } = renderDocumentMail({
      locale,
      brand: t('brand'),
      heading: t('issueFailed.heading'),
      intro: [
        t('issueFailed.intro', { reference: itinerary.reference }),
        ...(amount ? [t('issueFailed.refund', { amount: documentMoney(amount, locale) })] : []),
        t('issueFailed.due', { date: localMoment(dueAt, AGENCY_TIME_ZONE, locale) }),
        ...(itinerary.payment?.method === 'OFFICE' ? [] : [rules('common.refundToCard', { minDays: CARD_REFUND_TIME.minDays, maxDays: CARD_REFUND_TIME.maxDays })]),
      ],
      sections: [{ rows: [{ label: t('receipt.reference'), value: itinerary.reference }] }],
      action: { label: t('receipt.manage'), url: manageBookingUrl(locale), hint: t('issueFailed.contact', { request: request.reference }) },
      footer: t('footer'),
    });
    return { subject: t('issueFailed.subject', { reference: itinerary.reference }), html, text };
  },
};
