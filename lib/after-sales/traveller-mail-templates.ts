/**
 * Mails about what the traveller asked for, in the order's language (orders.locale): a cancellation
 * confirmed with its refund (Agreement 6.5: back to the payment method, card refunds take 1–30 days),
 * a request received (with the Agreement 3.1.4 fee for a passenger data change), and a new message on
 * a request (enqueued by the back office). Payloads hold ids only; everything is read at send time.
 */
import 'server-only';
import { z } from 'zod';
import { itemName } from '@/lib/booking/item-name';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { renderMailLayout } from '@/lib/mail/layout';
import type { MailTemplate, RenderedMail } from '@/lib/mail/outbox/types';
import { mailTranslator, type MailTranslator } from '@/lib/mail/translate';
import type { Money } from '@/lib/money';
import { CARD_REFUND_TIME } from '@/lib/rules';
import type { StoredCancellationQuote } from './cancel-booking';
import { systemMessageKey } from './system-message-keys';

const requestPayload = z.object({ requestId: z.uuid() });
const messagePayload = z.object({ requestId: z.uuid(), messageId: z.uuid() });

async function loadRequest(requestId: string) {
  return db.serviceRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      reference: true,
      topic: true,
      status: true,
      quote: true,
      details: true,
      approvedRefundMinor: true,
      maxRefundMinor: true,
      refundCurrency: true,
      order: { select: { reference: true, checkout: { select: { paymentMethod: true } } } },
      orderItem: { select: { kind: true, title: true, snapshot: true } },
    },
  });
}

type LoadedRequest = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

function bookingUrl(locale: Locale): string {
  return `${env().APP_URL.replace(/\/$/, '')}/${locale}/booking`;
}

function layout(t: MailTranslator, locale: Locale, input: { heading: string; paragraphs: string[]; notes?: string[]; request: LoadedRequest }): { html: string; text: string } {
  return renderMailLayout({
    locale,
    brand: t('mail.brand'),
    heading: input.heading,
    paragraphs: input.paragraphs,
    action: { label: t('mail.manageBooking'), url: bookingUrl(locale) },
    fallback: t('mail.findWith', { reference: input.request.order.reference }),
    notes: input.notes,
    footer: t('mail.footer'),
  });
}

const topicLabel = (t: MailTranslator, topic: string) => t(`topics.${/^[A-Z_]+$/.test(topic) ? topic : 'OTHER'}`);

const cancellationConfirmedMail: MailTemplate = {
  name: 'cancellation-confirmed',
  async render(payload, { locale }): Promise<RenderedMail | null> {
    const { requestId } = requestPayload.parse(payload);
    const request = await loadRequest(requestId);
    if (!request) return null;
    const t = mailTranslator(locale, 'afterSales');
    const quote = request.quote as StoredCancellationQuote | null;
    const refund: Money | null = request.refundCurrency ? { amount: request.approvedRefundMinor ?? 0, currency: request.refundCurrency } : null;
    const items = await db.orderItem.findMany({ where: { id: { in: (quote?.items ?? []).map((i) => i.itemId) } }, select: { id: true, kind: true, title: true, snapshot: true } });
    const paragraphs = [
      t('mail.cancellationConfirmed.intro', { reference: request.order.reference, request: request.reference }),
      ...items.map((i) => t('mail.cancellationConfirmed.item', { title: itemName(i, locale) })),
      refund && refund.amount > 0
        ? t('mail.cancellationConfirmed.refund', { amount: formatMoney(refund, locale) })
        : t('mail.cancellationConfirmed.noRefund'),
    ];
    const notes = [t('mail.serviceFeeKept')];
    if (refund && refund.amount > 0 && request.order.checkout?.paymentMethod === 'CARD') {
      notes.push(t('mail.cardNotice', { min: CARD_REFUND_TIME.minDays, max: CARD_REFUND_TIME.maxDays }));
    }
    const heading = t('mail.cancellationConfirmed.heading');
    return { subject: t('mail.cancellationConfirmed.subject', { reference: request.order.reference }), ...layout(t, locale, { heading, paragraphs, notes, request }) };
  },
};

const requestReceivedMail: MailTemplate = {
  name: 'request-received',
  async render(payload, { locale }): Promise<RenderedMail | null> {
    const { requestId } = requestPayload.parse(payload);
    const request = await loadRequest(requestId);
    if (!request) return null;
    const t = mailTranslator(locale, 'afterSales');
    const details = (request.details ?? {}) as { agencyFee?: Money };
    const paragraphs = [
      t('mail.requestReceived.intro', { request: request.reference, topic: topicLabel(t, request.topic), reference: request.order.reference }),
    ];
    if (request.orderItem) paragraphs.push(t('mail.requestReceived.item', { title: itemName(request.orderItem, locale) }));
    if (request.topic === 'FLIGHT_REFUND' && request.refundCurrency && request.maxRefundMinor != null) {
      paragraphs.push(t('mail.requestReceived.flightRefund', { amount: formatMoney({ amount: request.maxRefundMinor, currency: request.refundCurrency }, locale) }));
    }
    if (request.topic === 'PASSENGER_DATA_CHANGE' && details.agencyFee) {
      paragraphs.push(t('mail.requestReceived.passengerChangeFee', { fee: formatMoney(details.agencyFee, locale) }));
    }
    paragraphs.push(t('mail.requestReceived.next'));
    const heading = t('mail.requestReceived.heading');
    return { subject: t('mail.requestReceived.subject', { request: request.reference }), ...layout(t, locale, { heading, paragraphs, request }) };
  },
};

const requestMessageMail: MailTemplate = {
  name: 'request-message',
  async render(payload, { locale }): Promise<RenderedMail | null> {
    const { requestId, messageId } = messagePayload.parse(payload);
    const request = await loadRequest(requestId);
    const message = await db.serviceRequestMessage.findFirst({ where: { id: messageId, requestId }, select: { author: true, body: true } });
    if (!request || !message) return null;
    const t = mailTranslator(locale, 'afterSales');
    // SYSTEM messages hold a key of the afterSales catalog; people's messages are shown as written.
    const body = message.author === 'SYSTEM' ? systemText(t, message.body) : message.body;
    const paragraphs = [t('mail.requestMessage.intro', { request: request.reference, topic: topicLabel(t, request.topic) }), body];
    const heading = t('mail.requestMessage.heading');
    return { subject: t('mail.requestMessage.subject', { request: request.reference }), ...layout(t, locale, { heading, paragraphs, request }) };
  },
};

function systemText(t: MailTranslator, key: string): string {
  return t(`system.${systemMessageKey(key)}`);
}

/** Mails about what the traveller asked for: cancellations, changes, requests and their messages. */
export const travellerMailTemplates: readonly MailTemplate[] = [cancellationConfirmedMail, requestReceivedMail, requestMessageMail];
