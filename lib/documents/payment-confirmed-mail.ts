import { z } from 'zod';
import type { MailTemplate } from '@/lib/mail/outbox/types';
import { mailTranslator } from '@/lib/mail/translate';
import { documentMoney, localMoment } from './format';
import { loadItinerary } from './load-itinerary';
import { renderDocumentMail } from './mail-html';
import { confirmationUrl } from './manage-booking-url';
import { AGENCY_TIME_ZONE, buildReceiptView } from './receipt-view';

const payloadSchema = z.object({ orderId: z.uuid() });

/**
 * Agreement 4.9: the payment confirmation, sent when the order becomes PAID (dedupeKey
 * `order:<orderId>:payment-confirmed`): what was received, how and when, what it was for, and that
 * the itinerary receipt follows once the tickets and vouchers are issued.
 */
export const paymentConfirmedMail: MailTemplate = {
  name: 'payment-confirmed',
  async render(payload, { locale }) {
    const { orderId } = payloadSchema.parse(payload);
    const itinerary = await loadItinerary(orderId, { locale });
    if (!itinerary) return null;
    const t = mailTranslator(locale, 'documents');
    const view = buildReceiptView(itinerary, { locale });
    const received = itinerary.payment?.amount ?? itinerary.charge?.amount;
    const paidAt = itinerary.payment?.paidAt;

    const intro = [
      ...(received ? [t('payment.intro', { amount: documentMoney(received, locale), reference: itinerary.reference })] : []),
      ...(itinerary.payment && paidAt
        ? [t('payment.method', { method: t(`paymentMethod.${itinerary.payment.method}`), date: localMoment(paidAt, AGENCY_TIME_ZONE, locale) })]
        : []),
      t('payment.issuing'),
    ];
    const { html, text } = renderDocumentMail({
      locale,
      brand: view.brand,
      heading: t('payment.heading'),
      intro,
      sections: [
        { rows: [view.reference] },
        { heading: t('payment.items'), list: view.items.map((item) => [item.heading, item.details[0]?.value].filter(Boolean).join(' — ')) },
        { heading: view.price.heading, table: view.price },
        ...(view.price.charged ? [{ rows: [view.price.charged] }] : []),
        // the last note says how it was paid, which the introduction already does
        { paragraphs: view.price.notes.slice(0, -1) },
      ],
      action: { label: t('receipt.manage'), url: confirmationUrl(locale, { id: orderId, reference: itinerary.reference }), hint: t('receipt.manageHint') },
      footer: t('footer'),
    });
    return { subject: t('payment.subject', { reference: itinerary.reference }), html, text };
  },
};
