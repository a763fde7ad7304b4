/**
 * Issue 7, reliability: the SMTP server is down while orders are paid and issued. Nothing is lost and
 * nothing is sent twice: every payment confirmation and itinerary receipt reaches the real SMTP server
 * on 127.0.0.1 once it is back, the receipts with their PDF and .ics.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';
import { freePort, startSmtpServer } from './auth-test-kit';

vi.mock('server-only', () => ({}));

const port = await freePort();
configureBookingTestEnv({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Karvan <no-reply@karvan.test>' });

const { db } = await import('@/lib/db/client');
const { createPaidTripOrder } = await import('../support/order-factories');
const { issuePaidOrders } = await import('@/lib/fulfilment/issue-paid-orders');
const { registerMailTemplates, sendDueOutboxMessages } = await import('@/lib/mail/outbox');
const { documentMailTemplates } = await import('@/lib/documents/mail-templates');

let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;

beforeAll(() => {
  registerMailTemplates(documentMailTemplates);
});

afterAll(async () => {
  await smtp?.close();
});

describe('SMTP down while orders are paid (issue 7)', () => {
  it('delivers every confirmation and receipt once the server is back, none twice', async () => {
    const orders = [];
    for (const email of ['outage-1@example.test', 'outage-2@example.test', 'outage-3@example.test']) {
      orders.push({ email, ...(await createPaidTripOrder({ contactEmail: email })) });
    }
    const issued = await issuePaidOrders();
    expect(issued.results.filter((r) => r.result.outcome === 'ISSUED')).toHaveLength(3);

    // Down: each attempt fails, nothing is marked sent, every message waits for its next attempt.
    const down = await sendDueOutboxMessages();
    expect(down).toEqual({ sent: 0, retrying: 6, failed: 0 });
    const ids = orders.map((o) => o.orderId);
    const waiting = await db.outboxMessage.findMany({ where: { orderId: { in: ids } } });
    expect(waiting.map((m) => m.template).sort()).toEqual(['itinerary-receipt', 'itinerary-receipt', 'itinerary-receipt', 'payment-confirmed', 'payment-confirmed', 'payment-confirmed']);
    expect(waiting.every((m) => m.status === 'PENDING' && m.lastError !== null)).toBe(true);

    // Still down at the next attempt: still nothing lost.
    expect(await sendDueOutboxMessages({ now: new Date(Date.now() + 60_000) })).toEqual({ sent: 0, retrying: 6, failed: 0 });

    smtp = await startSmtpServer({ port });
    const back = await sendDueOutboxMessages({ now: new Date(Date.now() + 10 * 60_000) });
    expect(back).toEqual({ sent: 6, retrying: 0, failed: 0 });
    expect(await sendDueOutboxMessages({ now: new Date(Date.now() + 24 * 3_600_000) })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(6);
    for (const order of orders) {
      const received = smtp.to(order.email);
      expect(received).toHaveLength(2);
      const receipt = received.find((m) => m.attachments.some((a) => a.contentType === 'application/pdf'));
      expect(receipt?.subject).toContain(order.reference);
      expect(receipt?.attachments.map((a) => a.filename).sort()).toEqual([`${order.reference}.ics`, `${order.reference}.pdf`]);
    }
    const sent = await db.outboxMessage.findMany({ where: { orderId: { in: ids } } });
    expect(sent.every((m) => m.status === 'SENT' && m.attempts === 3)).toBe(true);
  }, 120_000);
});
