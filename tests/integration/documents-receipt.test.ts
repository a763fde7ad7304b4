/**
 * Issue 7, documents (Agreement 4.9, 4.5) on the real database: a flight + hotel + transfer order
 * placed, paid through the sandbox and issued; its itinerary receipt rendered from the outbox, read
 * back (PDF text, .ics events in local times) and delivered into the embedded mailbox with both
 * attachments; the Russian receipt; the payment confirmation; the "not issued" mail; nothing for an
 * anonymised order.
 */
import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';

// The embedded default without SMTP_URL: delivered mail lands in the mailbox table.
configureBookingTestEnv();
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { enqueueMail, registerMailTemplates, sendDueOutboxMessages, findMailTemplate } = await import('@/lib/mail/outbox');
const { documentMailTemplates } = await import('@/lib/documents/mail-templates');
const { mailMode } = await import('@/lib/mail/mail-mode');
const { createIssuedTripOrder, createPaidTripOrder } = await import('../support/order-factories');

beforeAll(() => {
  registerMailTemplates(documentMailTemplates);
  expect(mailMode()).toBe('mailbox');
});

async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** The events of an .ics file: each as a map of its (unfolded) properties. */
function icsEvents(ics: string): Record<string, string>[] {
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

const compact = (date: string) => date.replace(/-/g, '');

async function enqueue(template: string, orderId: string, payload: Record<string, unknown> = { orderId }) {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { contactEmail: true, locale: true } });
  return db.$transaction((tx) =>
    enqueueMail(tx, { template, to: order.contactEmail, locale: order.locale, payload, dedupeKey: `order:${orderId}:${template}`, orderId }),
  );
}

/** Intl puts no-break spaces in amounts and dates; the assertions are written with plain ones. */
const plain = (value: string | null | undefined) => (value ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function mailboxFor(to: string) {
  const rows = await db.mailboxMessage.findMany({
    where: { toAddresses: { has: to } },
    orderBy: { createdAt: 'asc' },
    include: { attachments: { orderBy: { position: 'asc' } } },
  });
  return rows.map((row) => ({ ...row, html: plain(row.html), text: plain(row.text) }));
}

describe('the itinerary receipt', () => {
  it('is sent through the outbox with the PDF and the calendar, naming the traveller, the reference, every item and the price lines', async () => {
    const to = 'receipt-en@example.com';
    const order = await createIssuedTripOrder({ contactEmail: to });
    expect(await enqueue('itinerary-receipt', order.orderId)).toEqual({ created: true });
    const sent = await sendDueOutboxMessages();
    expect(sent.failed).toBe(0);
    expect(sent.sent).toBeGreaterThanOrEqual(1);

    const stored = (await mailboxFor(to)).filter((m) => m.subject.includes('itinerary receipt'));
    expect(stored).toHaveLength(1);
    const mail = stored[0]!;
    expect(mail.subject).toBe(`Your itinerary receipt for booking ${order.reference}`);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${order.reference}.pdf`, 'application/pdf'],
      [`${order.reference}.ics`, 'text/calendar'],
    ]);
    // the stored MIME message carries the same attachments
    const parsed = await simpleParser(Buffer.from(mail.raw));
    expect(parsed.attachments.map((a) => a.filename)).toEqual([`${order.reference}.pdf`, `${order.reference}.ics`]);
    expect(Buffer.compare(parsed.attachments[0]!.content, Buffer.from(mail.attachments[0]!.content))).toBe(0);

    const items = await db.orderItem.findMany({ where: { orderId: order.orderId }, include: { priceLine: true, hold: true } });
    const passengers = await db.orderPassenger.findMany({ where: { orderId: order.orderId, role: 'FLIGHT_PASSENGER' } });
    const checkout = await db.orderCheckout.findUniqueOrThrow({ where: { orderId: order.orderId } });
    expect(items).toHaveLength(3);

    const text = await pdfText(mail.attachments[0]!.content);
    expect(text).toContain(order.reference);
    expect(text).toContain(`${passengers[0]!.firstName} ${passengers[0]!.lastName}`);
    for (const item of items) {
      expect(text).toContain(item.title);
      for (const document of item.hold!.documents) expect(text).toContain(document);
      expect(item.hold!.documents.length).toBeGreaterThan(0);
    }
    const money = (minor: number) => `AZN ${(minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
    for (const item of items) {
      expect(text).toContain(money(item.priceLine!.providerCostMinor));
      expect(text).toContain(money(item.priceLine!.serviceFeeMinor));
      expect(text).toContain(money(item.priceLine!.totalMinor));
    }
    expect(text).toContain(`Amount charged: ${money(checkout.chargeAmountMinor)}`);
    expect(text).toContain('Paid by bank card on');
    expect(text).toContain('version 2026-11-23');
    expect(text).toContain('Flight J2');
    expect(text).toContain('10:00 (GMT+4, Asia/Baku)');
    expect(text).toContain('(GMT+5, Asia/Almaty)');
    expect(text).not.toMatch(/C1\d{6}/); // no passport numbers
    expect(text).not.toContain('1990'); // no dates of birth

    // The calendar: one event per flight leg, stay and transfer, on the local clock of each place.
    const ics = Buffer.from(mail.attachments[1]!.content).toString('utf8');
    const events = icsEvents(ics);
    // the stay is a check-in and a check-out event (issue 20), not one busy block
    expect(events).toHaveLength(4);
    const [flightEvent, checkInEvent, checkOutEvent, transferEvent] = events;
    expect(flightEvent!['DTSTART;TZID=Asia/Baku']).toBe(`${compact(order.flight.departureDate)}T100000`);
    expect(flightEvent!['DTEND;TZID=Asia/Almaty']).toBe(`${compact(order.flight.departureDate)}T150000`);
    expect(flightEvent!.SUMMARY).toContain('GYD → ALA');
    expect(checkInEvent!['DTSTART;TZID=Asia/Baku']).toBe(`${compact(order.hotel.checkIn)}T140000`);
    expect(checkOutEvent!['DTSTART;TZID=Asia/Baku']).toBe(`${compact(order.hotel.checkOut)}T120000`);
    expect(transferEvent!['DTSTART;TZID=Asia/Baku']).toBe(`${compact(order.transfer.pickupDate)}T143000`);
    expect(events.map((e) => e.UID)).toEqual([1, 2, 3, 4].map((n) => `${order.orderId}-${n}@karvan`));
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Baku');

    // The HTML lists the items, their documents, the total charged and where to manage the booking.
    expect(mail.html).toContain('http://localhost:3000/en/checkout/done?ref=');
    expect(mail.html).toContain(order.reference);
    expect(mail.html).toContain(money(checkout.chargeAmountMinor));
    for (const item of items) expect(mail.html).toContain(item.hold!.documents[0]!);
    expect(mail.text).toContain('http://localhost:3000/en/checkout/done?ref=');

    // Enqueued again for the same event: nothing new is written or sent.
    expect(await enqueue('itinerary-receipt', order.orderId)).toEqual({ created: false });
    await sendDueOutboxMessages();
    expect((await mailboxFor(to)).filter((m) => m.subject.includes('itinerary receipt'))).toHaveLength(1);
  });

  it('in Russian: the labels are Cyrillic in the PDF and in the mail', async () => {
    const to = 'receipt-ru@example.com';
    const order = await createIssuedTripOrder({ locale: 'ru', contactEmail: to });
    await enqueue('itinerary-receipt', order.orderId);
    await sendDueOutboxMessages();
    const mail = (await mailboxFor(to)).find((m) => m.subject.startsWith('Маршрутная квитанция'));
    expect(mail?.subject).toBe(`Маршрутная квитанция по бронированию ${order.reference}`);
    const text = await pdfText(mail!.attachments[0]!.content);
    for (const expected of ['Маршрутная квитанция', 'Номер бронирования', 'Путешественники', 'Сервисный сбор', 'Правила этого бронирования', 'Оплачено банковской картой', order.reference]) {
      expect(text).toContain(expected);
    }
    expect(mail!.html).toContain('http://localhost:3000/ru/checkout/done?ref=');
    const events = icsEvents(Buffer.from(mail!.attachments[1]!.content).toString('utf8'));
    expect(events.map((e) => e.SUMMARY!.split(' ')[0])).toEqual(['Рейс', 'Заселение:', 'Выезд:', 'Трансфер']);
  });
});

describe('the payment confirmation', () => {
  it('says what was received, for which booking, and that the receipt follows', async () => {
    const to = 'paid@example.com';
    const order = await createPaidTripOrder({ contactEmail: to });
    await enqueue('payment-confirmed', order.orderId);
    await sendDueOutboxMessages();
    const mail = (await mailboxFor(to)).find((m) => m.subject === `Payment received for booking ${order.reference}`);
    expect(mail).toBeDefined();
    const checkout = await db.orderCheckout.findUniqueOrThrow({ where: { orderId: order.orderId } });
    const amount = `AZN ${(checkout.chargeAmountMinor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
    expect(mail!.text).toContain(`We received ${amount} for booking ${order.reference}.`);
    expect(mail!.text).toContain('Paid by bank card on');
    expect(mail!.text).toContain('itinerary receipt');
    expect(mail!.attachments).toHaveLength(0);
  });
});

describe('the "not issued" mail (Agreement 4.5)', () => {
  it('promises the full amount back to the same method by the due date, on Baku time', async () => {
    const to = 'not-issued@example.com';
    const order = await createPaidTripOrder({ contactEmail: to });
    const checkout = await db.orderCheckout.findUniqueOrThrow({ where: { orderId: order.orderId } });
    const request = await db.serviceRequest.create({
      data: {
        reference: `SR-${order.reference.slice(4)}`,
        orderId: order.orderId,
        kind: 'REFUND',
        status: 'APPROVED',
        topic: 'NOT_ISSUED',
        clause: 'Agreement 4.5',
        maxRefundMinor: checkout.chargeAmountMinor,
        approvedRefundMinor: checkout.chargeAmountMinor,
        refundCurrency: checkout.chargeCurrency,
        dueAt: new Date('2026-12-04T20:30:00Z'),
        openedBy: 'SYSTEM',
      },
    });
    const rendered = await findMailTemplate('issue-failed')!.render({ orderId: order.orderId, requestId: request.id }, { locale: 'en' });
    const amount = `AZN ${(checkout.chargeAmountMinor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
    rendered!.text = plain(rendered!.text);
    expect(rendered!.subject).toBe(`Booking ${order.reference} could not be issued: full refund`);
    expect(rendered!.text).toContain(`We are refunding everything you paid, ${amount}, service fee included, to the same payment method you used.`);
    // 20:30 UTC is half past midnight the next day in Baku (UTC+4)
    expect(rendered!.text).toContain('The refund is due by 5 Dec 2026, 00:30 (GMT+4, Asia/Baku).');
    expect(rendered!.text).toContain(request.reference);

    const kk = await findMailTemplate('issue-failed')!.render({ orderId: order.orderId, requestId: request.id }, { locale: 'kk' });
    expect(plain(kk!.text)).toContain('(GMT+4, Asia/Baku)');
    expect(kk!.subject).toContain('рәсімдеу мүмкін болмады');

    // through the outbox into the mailbox as well
    await enqueue('issue-failed', order.orderId, { orderId: order.orderId, requestId: request.id });
    await sendDueOutboxMessages();
    expect((await mailboxFor(to)).map((m) => m.subject)).toContain(rendered!.subject);
  });

  it('renders nothing for a request of another order', async () => {
    const a = await createPaidTripOrder();
    const b = await createPaidTripOrder();
    const request = await db.serviceRequest.create({
      data: { reference: `SR-${b.reference.slice(4)}`, orderId: b.orderId, kind: 'REFUND', topic: 'NOT_ISSUED', openedBy: 'SYSTEM' },
    });
    expect(await findMailTemplate('issue-failed')!.render({ orderId: a.orderId, requestId: request.id }, { locale: 'en' })).toBeNull();
  });
});

describe('orders that are gone', () => {
  it('an anonymised or missing order gets no mail (the outbox marks it nothing_to_send)', async () => {
    const order = await createIssuedTripOrder({ contactEmail: 'gone@example.com' });
    await db.orderAnonymisation.create({ data: { orderId: order.orderId, reason: 'retention', dueAt: new Date(), doneAt: new Date() } });
    for (const template of ['payment-confirmed', 'itinerary-receipt']) {
      expect(await findMailTemplate(template)!.render({ orderId: order.orderId }, { locale: 'en' })).toBeNull();
    }
    expect(await findMailTemplate('itinerary-receipt')!.render({ orderId: '00000000-0000-4000-8000-000000000000' }, { locale: 'en' })).toBeNull();
    await enqueue('itinerary-receipt', order.orderId);
    await sendDueOutboxMessages();
    const row = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `order:${order.orderId}:itinerary-receipt` } });
    expect(row).toMatchObject({ status: 'FAILED', lastError: 'nothing_to_send' });
    expect(await mailboxFor('gone@example.com')).toHaveLength(0);
  });
});
