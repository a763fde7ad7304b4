import { z } from 'zod';
import type { MailTemplate } from '@/lib/mail/outbox/types';
import { mailTranslator } from '@/lib/mail/translate';
import { loadItinerary } from './load-itinerary';
import { renderDocumentMail, type MailSection } from './mail-html';
import { confirmationUrl } from './manage-booking-url';
import { buildReceiptView } from './receipt-view';
import { renderItineraryIcs } from './render-itinerary-ics';
import { renderReceiptView } from './render-receipt-pdf';

const payloadSchema = z.object({ orderId: z.uuid() });

/**
 * Agreement 4.9: the itinerary receipt, sent when the order is ISSUED (dedupeKey
 * `order:<orderId>:itinerary-receipt`). HTML and text list the items with their local times, the
 * tickets and vouchers, the price lines and the amount charged; `<reference>.pdf` is the full receipt
 * (rules included) and `<reference>.ics` puts every flight leg, stay and transfer into a calendar.
 */
export const itineraryReceiptMail: MailTemplate = {
  name: 'itinerary-receipt',
  async render(payload, { locale }) {
    const { orderId } = payloadSchema.parse(payload);
    const itinerary = await loadItinerary(orderId, { locale });
    if (!itinerary) return null;
    const t = mailTranslator(locale, 'documents');
    const view = buildReceiptView(itinerary, { locale });
    const createdAt = itinerary.issuedAt ?? itinerary.createdAt;
    const pdf = await renderReceiptView(view, createdAt);
    const ics = renderItineraryIcs(itinerary, { locale });

    const sections: MailSection[] = [
      { rows: [view.reference, ...view.facts] },
      { heading: view.travellers.heading, list: view.travellers.names },
      ...view.items.map((item, index) => ({
        heading: index === 0 ? view.tripHeading : undefined,
        subheading: item.heading,
        paragraphs: item.cancelled ? [item.cancelled] : [],
        rows: [...item.details, ...(item.travellers ? [item.travellers] : []), item.documents],
      })),
      { heading: view.price.heading, table: view.price },
      ...(view.price.charged ? [{ rows: [view.price.charged] }] : []),
      { paragraphs: view.price.notes },
      ...(view.agreement ? [{ paragraphs: [view.agreement] }] : []),
    ];
    const { html, text } = renderDocumentMail({
      locale,
      brand: view.brand,
      heading: t('receipt.heading', { reference: itinerary.reference }),
      intro: [t('receipt.intro')],
      sections,
      action: { label: t('receipt.manage'), url: confirmationUrl(locale, { id: orderId, reference: itinerary.reference }), hint: t('receipt.manageHint') },
      notes: [t('receipt.attachments', { pdf: `${itinerary.reference}.pdf`, ics: `${itinerary.reference}.ics` })],
      footer: t('footer'),
    });
    return {
      subject: t('receipt.subject', { reference: itinerary.reference }),
      html,
      text,
      attachments: [
        { filename: `${itinerary.reference}.pdf`, content: pdf, contentType: 'application/pdf' },
        { filename: `${itinerary.reference}.ics`, content: ics, contentType: 'text/calendar' },
      ],
    };
  },
};
