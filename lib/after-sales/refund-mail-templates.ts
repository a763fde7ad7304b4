import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { renderMailLayout } from '@/lib/mail/layout';
import type { MailTemplate, RenderedMail } from '@/lib/mail/outbox/types';
import { mailTranslator } from '@/lib/mail/translate';
import { CARD_REFUND_TIME } from '@/lib/rules';

const payloadSchema = z.object({ requestId: z.uuid() });

type RefundFacts = {
  requestReference: string;
  orderReference: string;
  amount: string;
  method: 'CARD' | 'OFFICE';
  providerRefundRef: string | null;
};

/** What the mail says, read at send time: the request, its order and the refund it started. */
async function loadFacts(payload: unknown, locale: Locale, refundId?: string): Promise<RefundFacts | null> {
  const { requestId } = payloadSchema.parse(payload);
  const request = await db.serviceRequest.findUnique({
    where: { id: requestId },
    select: { reference: true, refundId: true, approvedRefundMinor: true, refundCurrency: true, order: { select: { id: true, reference: true } } },
  });
  if (!request) return null;
  const id = refundId ?? request.refundId;
  const refund = id
    ? await db.refund.findUnique({ where: { id }, select: { amountMinor: true, currency: true, providerRefundRef: true, payment: { select: { method: true } } } })
    : null;
  const lastFailed = !refund
    ? await db.refund.findFirst({
        where: { OR: [{ idempotencyKey: `service-request:${requestId}` }, { idempotencyKey: { startsWith: `service-request:${requestId}:` } }] },
        orderBy: { createdAt: 'desc' },
        select: { amountMinor: true, currency: true, providerRefundRef: true, payment: { select: { method: true } } },
      })
    : null;
  const source = refund ?? lastFailed;
  const amount = source
    ? { amount: source.amountMinor, currency: source.currency.trim() }
    : { amount: request.approvedRefundMinor ?? 0, currency: (request.refundCurrency ?? 'AZN').trim() };
  return {
    requestReference: request.reference,
    orderReference: request.order.reference,
    amount: formatMoney(amount, locale),
    method: source?.payment.method ?? 'CARD',
    providerRefundRef: source?.providerRefundRef ?? null,
  };
}

function bookingUrl(locale: Locale): string {
  return new URL(`/${locale}/booking`, env().APP_URL).toString();
}

/** Agreement 6.5: the refund goes to the original payment method; card refunds take 1–30 days. */
const refundSentMail: MailTemplate = {
  name: 'refund-sent',
  async render(payload, { locale }): Promise<RenderedMail | null> {
    const facts = await loadFacts(payload, locale);
    if (!facts) return null;
    const t = mailTranslator(locale, 'refunds');
    const values = { reference: facts.orderReference, request: facts.requestReference, amount: facts.amount, method: t(`method.${facts.method}`) };
    const paragraphs = [t('sent.intro', values)];
    if (facts.providerRefundRef) paragraphs.push(t('sent.refundId', { refundId: facts.providerRefundRef }));
    paragraphs.push(facts.method === 'CARD' ? t('sent.cardTime', { minDays: CARD_REFUND_TIME.minDays, maxDays: CARD_REFUND_TIME.maxDays }) : t('sent.officeTime'));
    const { html, text } = renderMailLayout({
      locale,
      brand: t('brand'),
      heading: t('sent.heading'),
      paragraphs,
      action: { label: t('manage'), url: bookingUrl(locale) },
      notes: [t('manageHint', { reference: facts.orderReference })],
      footer: t('footer'),
    });
    return { subject: t('sent.subject', values), text, html };
  },
};

/** The provider refused the refund: the traveller hears it from us, and staff take the request up again. */
const refundFailedMail: MailTemplate = {
  name: 'refund-failed',
  async render(payload, { locale }): Promise<RenderedMail | null> {
    const facts = await loadFacts(payload, locale);
    if (!facts) return null;
    const t = mailTranslator(locale, 'refunds');
    const values = { reference: facts.orderReference, request: facts.requestReference, amount: facts.amount, method: t(`method.${facts.method}`) };
    const { html, text } = renderMailLayout({
      locale,
      brand: t('brand'),
      heading: t('failed.heading'),
      paragraphs: [t('failed.intro', values), t('failed.next')],
      action: { label: t('manage'), url: bookingUrl(locale) },
      notes: [t('manageHint', { reference: facts.orderReference })],
      footer: t('footer'),
    });
    return { subject: t('failed.subject', values), text, html };
  },
};

/** Mails about money going back: refund sent (with the provider's id and the 1–30 day notice), refund failed. */
export const refundMailTemplates: readonly MailTemplate[] = [refundSentMail, refundFailedMail];
