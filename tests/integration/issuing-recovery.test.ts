/**
 * Issue 7, reliability of issuing on the real database: the payment only pays, issuing runs after
 * its commit. A crash in between (issuing never ran) is recovered by the worker's loop or the
 * minutely recovery job, exactly once; two workers issuing the same order at once issue it once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxOf, paidOrder, setUpIssuing, statusOf } from './issuing-kit';

const { db } = await import('@/lib/db/client');
const { issueOrder } = await import('@/lib/fulfilment/issue-order');
const { issuePaidOrders } = await import('@/lib/fulfilment/issue-paid-orders');
const { recoverIssuing, ISSUE_PAID_ORDERS_LOOP, RECOVER_ISSUING_JOB } = await import('@/lib/fulfilment/register-fulfilment');
const { registeredJobs, registeredLoops } = await import('@/lib/jobs/registry');
const { sendDueOutboxMessages } = await import('@/lib/mail/outbox/send-outbox');

beforeAll(() => {
  setUpIssuing();
});

describe('payment and issuing are separate steps', () => {
  it('the webhook makes the order PAID with its holds still HELD and queues the payment confirmation', async () => {
    const { placed, flight } = await paidOrder();
    expect(await statusOf(placed.orderId)).toBe('PAID');
    const holds = await db.orderHold.findMany({ where: { orderId: placed.orderId } });
    expect(holds.map((h) => h.status)).toEqual(['HELD']);
    expect((await db.catalogHold.findUniqueOrThrow({ where: { holdId: holds[0]!.id } })).status).toBe('HELD');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(8);
    expect(await outboxOf(placed.orderId)).toEqual([
      {
        template: 'payment-confirmed',
        dedupeKey: `order:${placed.orderId}:payment-confirmed`,
        status: 'PENDING',
        toAddress: 'traveller@example.com',
        locale: 'en',
        payload: { orderId: placed.orderId },
      },
    ]);
  });

  it('the worker registers the issuing loop and the minutely recovery job', () => {
    expect(registeredLoops().find((l) => l.name === ISSUE_PAID_ORDERS_LOOP)?.intervalMs).toBeLessThanOrEqual(2_000);
    expect(registeredJobs().find((j) => j.name === RECOVER_ISSUING_JOB)?.options.schedule).toBe('* * * * *');
  });
});

describe('a crash between payment and issuing', () => {
  it('the recovery job issues the order once: ISSUED, documents stored, one receipt; running it again changes nothing', async () => {
    const { placed, hotel } = await paidOrder({ hotel: true });
    // The process that received the webhook died before its issuing loop came round: the order
    // stays PAID in the database until a worker finds it.
    expect(await statusOf(placed.orderId)).toBe('PAID');

    await recoverIssuing();
    expect(await statusOf(placed.orderId)).toBe('ISSUED');
    const holds = await db.orderHold.findMany({ where: { orderId: placed.orderId }, orderBy: { kind: 'asc' } });
    expect(holds.map((h) => [h.kind, h.status])).toEqual([
      ['FLIGHT', 'CONFIRMED'],
      ['HOTEL', 'CONFIRMED'],
    ]);
    for (const hold of holds) {
      expect(hold.documents.length).toBeGreaterThan(0);
      expect(hold.confirmedAt).not.toBeNull();
      const supplier = await db.catalogHold.findUniqueOrThrow({ where: { holdId: hold.id } });
      expect(supplier.status).toBe('CONFIRMED');
      expect(supplier.documents).toEqual(hold.documents);
    }
    // The stay's room stays sold.
    const nights = await db.roomNight.findMany({ where: { roomTypeId: hotel!.roomTypeId } });
    expect(nights.every((n) => n.sold === 1)).toBe(true);

    const snapshot = async () => ({
      status: await statusOf(placed.orderId),
      events: await db.orderEvent.count({ where: { orderId: placed.orderId } }),
      issued: await db.orderEvent.count({ where: { orderId: placed.orderId, toStatus: 'ISSUED', reason: 'ISSUED' } }),
      audit: await db.auditEvent.count({ where: { subjectId: placed.orderId, action: 'order.issued', actorRole: 'SYSTEM' } }),
      outbox: (await outboxOf(placed.orderId)).map((m) => [m.template, m.dedupeKey]),
      documents: (await db.orderHold.findMany({ where: { orderId: placed.orderId }, orderBy: { kind: 'asc' } })).map((h) => h.documents),
    });
    const first = await snapshot();
    expect(first.issued).toBe(1);
    expect(first.audit).toBe(1);
    expect(first.outbox).toEqual([
      ['payment-confirmed', `order:${placed.orderId}:payment-confirmed`],
      ['itinerary-receipt', `order:${placed.orderId}:itinerary-receipt`],
    ]);

    await recoverIssuing();
    await issuePaidOrders();
    expect(await issueOrder(placed.orderId)).toEqual({ outcome: 'SKIPPED', reason: 'NOT_PAID' });
    expect(await snapshot()).toEqual(first);

    // The mails go out through the outbox, each once.
    await sendDueOutboxMessages();
    await sendDueOutboxMessages();
    const sent = await db.outboxMessage.findMany({ where: { orderId: placed.orderId } });
    expect(sent.map((m) => m.status)).toEqual(['SENT', 'SENT']);
    expect(await db.mailboxMessage.count({ where: { messageId: { in: sent.map((m) => m.messageId!) } } })).toBe(2);
  });

  it('the issuing loop picks up every PAID order, oldest first, and leaves other orders alone', async () => {
    const a = await paidOrder();
    const b = await paidOrder();
    const { results } = await issuePaidOrders();
    const mine = results.filter((r) => r.orderId === a.placed.orderId || r.orderId === b.placed.orderId);
    expect(mine.map((r) => r.result.outcome)).toEqual(['ISSUED', 'ISSUED']);
    expect(await statusOf(a.placed.orderId)).toBe('ISSUED');
    expect(await statusOf(b.placed.orderId)).toBe('ISSUED');
    expect((await issuePaidOrders()).results.filter((r) => r.orderId === a.placed.orderId)).toEqual([]);
  });

  it('the supplier let the hold go before issuing: the seat is taken again under the same hold and issued', async () => {
    const { placed, flight } = await paidOrder({ seats: 5 });
    const hold = await db.orderHold.findFirstOrThrow({ where: { orderId: placed.orderId } });
    const { getSuppliers } = await import('@/lib/inventory/suppliers');
    await db.$transaction((tx) => getSuppliers().flights.release(tx, hold.id));
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(5);

    expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(4);
    expect((await db.catalogHold.findUniqueOrThrow({ where: { holdId: hold.id } })).status).toBe('CONFIRMED');
  });
});

describe('two workers issue the same order at the same moment', () => {
  it('one issues it, the other skips without waiting; one receipt, one ticket set', async () => {
    const { placed } = await paidOrder({ hotel: true });
    const results = await Promise.all([issueOrder(placed.orderId), issueOrder(placed.orderId), issuePaidOrders(), issueOrder(placed.orderId)]);
    const outcomes = [results[0], results[1], ...results[2].results.filter((r) => r.orderId === placed.orderId).map((r) => r.result), results[3]];
    expect(outcomes.filter((o) => o.outcome === 'ISSUED')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome !== 'ISSUED').every((o) => o.outcome === 'SKIPPED')).toBe(true);

    expect(await statusOf(placed.orderId)).toBe('ISSUED');
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId, toStatus: 'ISSUED' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { orderId: placed.orderId, template: 'itinerary-receipt' } })).toBe(1);
    const holds = await db.orderHold.findMany({ where: { orderId: placed.orderId } });
    expect(holds.every((h) => h.status === 'CONFIRMED')).toBe(true);
  });
});
