/**
 * Mails about what staff did (issue 9), rendered at send time from the database in the order's language:
 * - `request-decided` { requestId, outcome: approved | rejected | charge | completed }
 * - `order-refused` { requestId } (Agreement 8.5: told at once, everything paid back to the same method)
 * - `schedule-changed` { scheduleChangeId, orderId } (Agreement 3.1.9)
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { formatInZone, formatMoney, zoneLabel } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { mailTranslator } from '@/lib/mail/translate';
import { renderMailLayout } from '@/lib/mail/layout';
import type { MailTemplate, RenderedMail } from '@/lib/mail/outbox/types';
import { CARD_REFUND_TIME } from '@/lib/rules';
import { findFlightZones } from './staff/flight-zones';

function bookingUrl(locale: Locale, reference: string): string {
  return `${env().APP_URL.replace(/\/$/, '')}/${locale}/booking/${encodeURIComponent(reference)}`;
}

function render(locale: Locale, parts: { subject: string; heading: string; paragraphs: string[]; notes?: string[]; reference: string }): RenderedMail {
  const t = mailTranslator(locale, 'backOffice');
  const tm = mailTranslator(locale);
  const { html, text } = renderMailLayout({
    locale,
    brand: tm('brand'),
    heading: parts.heading,
    paragraphs: parts.paragraphs,
    action: { label: t('mail.openBooking'), url: bookingUrl(locale, parts.reference) },
    notes: parts.notes,
    footer: tm('footer.automatic'),
  });
  return { subject: parts.subject, text, html };
}

const decidedPayload = z.object({ requestId: z.uuid(), outcome: z.enum(['approved', 'rejected', 'charge', 'completed']) });

const requestDecidedMail: MailTemplate = {
  name: 'request-decided',
  async render(payload, { locale }) {
    const { requestId, outcome } = decidedPayload.parse(payload);
    const request = await db.serviceRequest.findUnique({
      where: { id: requestId },
      select: { reference: true, topic: true, approvedRefundMinor: true, refundCurrency: true, decisionNote: true, chargeMinor: true, chargeCurrency: true, order: { select: { reference: true } } },
    });
    if (!request) return null;
    const t = mailTranslator(locale, 'backOffice');
    const values = { request: request.reference, order: request.order.reference };
    const paragraphs = [t(`mail.decided.${outcome}.intro`, values)];
    const notes: string[] = [];
    if (outcome === 'approved') {
      const amount = formatMoney({ amount: request.approvedRefundMinor ?? 0, currency: request.refundCurrency ?? 'AZN' }, locale);
      paragraphs.push(t('mail.decided.approved.amount', { amount }));
      if ((request.approvedRefundMinor ?? 0) > 0) notes.push(t('mail.refundTime', { minDays: CARD_REFUND_TIME.minDays, maxDays: CARD_REFUND_TIME.maxDays }));
    }
    if (outcome === 'rejected' && request.decisionNote) paragraphs.push(t('mail.decided.rejected.reason', { reason: request.decisionNote }));
    if (outcome === 'charge') {
      paragraphs.push(t('mail.decided.charge.amount', { amount: formatMoney({ amount: request.chargeMinor ?? 0, currency: request.chargeCurrency ?? 'AZN' }, locale) }));
    }
    return render(locale, { subject: t(`mail.decided.${outcome}.subject`, values), heading: t(`mail.decided.${outcome}.heading`, values), paragraphs, notes, reference: request.order.reference });
  },
};

const orderRefusedMail: MailTemplate = {
  name: 'order-refused',
  async render(payload, { locale }) {
    const { requestId } = z.object({ requestId: z.uuid() }).parse(payload);
    const request = await db.serviceRequest.findUnique({
      where: { id: requestId },
      select: { approvedRefundMinor: true, refundCurrency: true, order: { select: { reference: true } } },
    });
    if (!request) return null;
    const t = mailTranslator(locale, 'backOffice');
    const reference = request.order.reference;
    const amount = formatMoney({ amount: request.approvedRefundMinor ?? 0, currency: request.refundCurrency ?? 'AZN' }, locale);
    return render(locale, {
      subject: t('mail.refused.subject', { order: reference }),
      heading: t('mail.refused.heading', { order: reference }),
      paragraphs: [t('mail.refused.intro', { order: reference }), t('mail.refused.amount', { amount })],
      notes: [t('mail.refundTime', { minDays: CARD_REFUND_TIME.minDays, maxDays: CARD_REFUND_TIME.maxDays })],
      reference,
    });
  },
};

const scheduleChangedMail: MailTemplate = {
  name: 'schedule-changed',
  async render(payload, { locale }) {
    const { scheduleChangeId, orderId } = z.object({ scheduleChangeId: z.uuid(), orderId: z.uuid() }).parse(payload);
    const [change, order] = await Promise.all([
      db.scheduleChange.findUnique({ where: { id: scheduleChangeId } }),
      db.order.findUnique({ where: { id: orderId }, select: { reference: true } }),
    ]);
    if (!change || !order) return null;
    const t = mailTranslator(locale, 'backOffice');
    const carrier = change.carrier.trim();
    const date = change.departureDate.toISOString().slice(0, 10);
    const zones = await findFlightZones(db, carrier, change.flightNumber, date);
    const when = (at: Date, zone: string) => `${formatInZone(at, zone, locale)} (${zoneLabel(at, zone, locale)})`;
    const flight = `${carrier} ${change.flightNumber}`;
    const paragraphs = [
      t('mail.schedule.intro', { flight, date, order: order.reference }),
      t('mail.schedule.departure', { time: when(change.newDepartureAt, zones?.originZone ?? 'UTC') }),
    ];
    if (change.newArrivalAt) paragraphs.push(t('mail.schedule.arrival', { time: when(change.newArrivalAt, zones?.destinationZone ?? 'UTC') }));
    paragraphs.push(t('mail.schedule.note', { note: change.note }));
    return render(locale, {
      subject: t('mail.schedule.subject', { flight, order: order.reference }),
      heading: t('mail.schedule.heading', { flight }),
      paragraphs,
      notes: [t('mail.schedule.contact')],
      reference: order.reference,
    });
  },
};

/** Mails about what staff did: decisions on requests, refusals (8.5), schedule changes (3.1.9). */
export const staffMailTemplates: readonly MailTemplate[] = [requestDecidedMail, orderRefusedMail, scheduleChangedMail];
