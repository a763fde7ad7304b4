/**
 * Scenario (e): the SMTP server is down while a real worker process works → every mail stays in the
 * outbox (PENDING, retried, none FAILED, none lost); when SMTP is back (a real smtp-server on 127.0.0.1,
 * spoken to by the worker's real nodemailer) each goes out exactly once.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, checkoutInput, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';
import { spawnChild, until } from './support/processes';

const SMTP_PORT = Number(process.env.RESILIENCE_SMTP_PORT ?? 3657);
configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { registerFeatures } = await import('@/lib/jobs/register-features');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { getSandboxProvider } = await import('@/lib/payments');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');

function startSmtp() {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => (messages.push(mail), callback()), callback);
    },
  });
  return new Promise<{ messages: ParsedMail[]; close: () => Promise<void> }>((resolve) =>
    server.listen(SMTP_PORT, '127.0.0.1', () => resolve({ messages, close: () => new Promise<void>((r) => server.close(() => r())) })),
  );
}

describe('SMTP down', () => {
  it('mails wait in the outbox and go out once when SMTP is back', async () => {
    registerFeatures();
    const orders: string[] = [];
    for (let i = 0; i < 2; i++) {
      const flight = await createFlight({ seats: 9 });
      const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
      const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip, { contact: { email: `smtp-down-${i}@example.com`, phone: '+994 50 123 45 67', bookerDateOfBirth: '1985-06-01' } }), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
      await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
      const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId } });
      await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
      orders.push(placed.orderId);
    }
    const mailsOf = () => db.outboxMessage.findMany({ where: { orderId: { in: orders } }, select: { id: true, template: true, status: true, attempts: true, toAddress: true } });

    const worker = spawnChild('lib/cli/worker.ts', [], { KARVAN_ROLE: 'worker', SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` });
    let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
    try {
      // Down: the worker issues both orders (2 confirmations + 2 receipts) and tries every mail at least once.
      await until(async () => {
        const mails = await mailsOf();
        return mails.length === 4 && mails.every((m) => m.attempts >= 1);
      }, () => `every mail tried while SMTP is down\n${worker.output().slice(-3000)}`, 60_000);
      const waiting = await mailsOf();
      expect(waiting.map((m) => m.status)).toEqual(['PENDING', 'PENDING', 'PENDING', 'PENDING']);
      expect(await db.order.count({ where: { id: { in: orders }, status: 'ISSUED' } })).toBe(2);

      smtp = await startSmtp();
      // The outbox backs off for minutes after a failure: make the retries due now instead of waiting.
      await db.outboxMessage.updateMany({ where: { orderId: { in: orders } }, data: { nextAttemptAt: new Date() } });
      await until(async () => (await mailsOf()).every((m) => m.status === 'SENT'), () => `mails sent once SMTP is back\n${worker.output().slice(-3000)}`, 60_000);
      worker.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    } finally {
      worker.kill('SIGKILL');
      await smtp?.close();
    }
    // Exactly once each: 4 messages received, one per outbox row.
    const received = smtp!.messages.map((m) => (Array.isArray(m.to) ? m.to : [m.to])[0]!.value[0]!.address).sort();
    expect(received).toEqual(['smtp-down-0@example.com', 'smtp-down-0@example.com', 'smtp-down-1@example.com', 'smtp-down-1@example.com']);
    expect(new Set(smtp!.messages.map((m) => m.subject)).size).toBeGreaterThan(1);
  });
});
