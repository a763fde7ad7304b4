/**
 * Issue 7, Agreement 4.5 on the real database with the sandbox provider: the supplier cannot issue a
 * paid order. The order goes ISSUE_FAILED, every hold is released (confirmed ones too) and the
 * inventory is back, the whole amount paid (service fee included) is refunded once through the payment
 * provider, the 3-day deadline is recorded, the traveller is told, and the order ends REFUNDED. A crash
 * after ISSUE_FAILED but before the provider call is recovered by the minutely job, once.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outboxOf, paidOrder, setUpIssuing, statusOf } from './issuing-kit';

const { db } = await import('@/lib/db/client');
const { issueOrder } = await import('@/lib/fulfilment/issue-order');
const { recoverIssuing } = await import('@/lib/fulfilment/register-fulfilment');
const { startRequestRefund } = await import('@/lib/after-sales/start-request-refund');
const { catalogSuppliers, setSuppliersForTests } = await import('@/lib/inventory/suppliers');
const { sendDueOutboxMessages } = await import('@/lib/mail/outbox/send-outbox');
const { NOT_ISSUED_REFUND_DAYS } = await import('@/lib/rules');

beforeAll(() => {
  setUpIssuing();
});

afterEach(() => {
  setSuppliersForTests(undefined);
});

/** The flight supplier refuses to issue (the hotel still confirms, so a confirmed hold must be undone too). */
function flightsCannotIssue() {
  const catalog = catalogSuppliers();
  setSuppliersForTests({ ...catalog, flights: { ...catalog.flights, confirm: async () => ({ status: 'FAILED', reason: 'AIRLINE_REJECTED' }) } });
}

const DAY_MS = 24 * 3_600_000;

async function refundsOf(orderId: string) {
  return db.refund.findMany({ where: { payment: { orderId } } });
}

describe('the supplier fails to issue a paid order (Agreement 4.5)', () => {
  it('ISSUE_FAILED, inventory back, one full refund incl. the fee via the provider, deadline recorded, traveller mailed, order REFUNDED', async () => {
    const { placed, flight, hotel } = await paidOrder({ hotel: true, seats: 4 });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId, status: 'SUCCEEDED' } });
    const checkout = await db.orderCheckout.findUniqueOrThrow({ where: { orderId: placed.orderId } });
    // What was charged includes the non-refundable service fee of every line (Agreement 4.4), and 4.5 returns it too.
    const items = await db.orderItem.findMany({ where: { orderId: placed.orderId } });
    const fees = items.reduce((sum, i) => sum + i.serviceFeeAmountMinor, 0);
    expect(fees).toBeGreaterThan(0);
    expect(payment.amountMinor).toBe(items.reduce((sum, i) => sum + i.priceAmountMinor + i.serviceFeeAmountMinor, 0));
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(3);

    flightsCannotIssue();
    const result = await issueOrder(placed.orderId);
    expect(result.outcome).toBe('ISSUE_FAILED');

    // Every hold released at our side and at the supplier; the seat and the room are for sale again.
    const holds = await db.orderHold.findMany({ where: { orderId: placed.orderId } });
    expect(holds.map((h) => h.status)).toEqual(['RELEASED', 'RELEASED']);
    for (const hold of holds) expect((await db.catalogHold.findUniqueOrThrow({ where: { holdId: hold.id } })).status).toBe('RELEASED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(4);
    expect((await db.roomNight.findMany({ where: { roomTypeId: hotel!.roomTypeId } })).every((n) => n.sold === 0)).toBe(true);

    // The 4.5 request: automatic, approved for everything paid, due 3 days after the payment.
    const request = await db.serviceRequest.findFirstOrThrow({ where: { orderId: placed.orderId }, include: { messages: true } });
    expect(request).toMatchObject({
      kind: 'REFUND',
      topic: 'NOT_ISSUED',
      clause: 'Agreement 4.5',
      openedBy: 'SYSTEM',
      approvedRefundMinor: payment.amountMinor,
      maxRefundMinor: payment.amountMinor,
      refundCurrency: payment.currency,
    });
    expect(request.reference).toMatch(/^SR-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(request.dueAt!.getTime()).toBe(checkout.paidAt!.getTime() + NOT_ISSUED_REFUND_DAYS * DAY_MS);
    expect(request.messages.map((m) => [m.author, m.body])).toEqual(
      expect.arrayContaining([
        ['SYSTEM', 'notIssuedRefund'],
        ['SYSTEM', 'refundSent'],
      ]),
    );

    // One refund of the whole amount through the sandbox provider, confirmed by its webhook.
    const refunds = await refundsOf(placed.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ paymentId: payment.id, amountMinor: payment.amountMinor, currency: payment.currency, status: 'SUCCEEDED', idempotencyKey: `service-request:${request.id}` });
    expect(refunds[0]!.providerRefundRef).toMatch(/^sbx_re_|^re_/);
    expect(await db.sandboxRefund.count({ where: { idempotencyKey: `service-request:${request.id}` } })).toBe(1);
    expect(request.status).toBe('COMPLETED');
    expect(request.refundId).toBe(refunds[0]!.id);

    expect(await statusOf(placed.orderId)).toBe('REFUNDED');
    const events = await db.orderEvent.findMany({ where: { orderId: placed.orderId }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.toStatus)).toEqual(['HELD', 'PAID', 'ISSUE_FAILED', 'REFUNDED']);
    expect(await db.auditEvent.count({ where: { subjectId: placed.orderId, action: 'order.supplier_confirm_failed', actorRole: 'SYSTEM' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { subjectId: request.id, action: 'service_request.created' } })).toBe(1);

    // The traveller is told: not issued (with the request), then the refund sent; no receipt.
    const outbox = await outboxOf(placed.orderId);
    expect(outbox.map((m) => [m.template, m.dedupeKey])).toEqual([
      ['payment-confirmed', `order:${placed.orderId}:payment-confirmed`],
      ['issue-failed', `order:${placed.orderId}:issue-failed`],
      ['refund-sent', `request:${request.id}:refund-sent`],
    ]);
    expect(outbox.find((m) => m.template === 'issue-failed')?.payload).toEqual({ orderId: placed.orderId, requestId: request.id });
    expect(outbox.find((m) => m.template === 'refund-sent')?.payload).toEqual({ requestId: request.id });
    await sendDueOutboxMessages();
    expect((await outboxOf(placed.orderId)).map((m) => m.status)).toEqual(['SENT', 'SENT', 'SENT']);
    const refundSent = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `request:${request.id}:refund-sent` } });
    const sentMail = await db.mailboxMessage.findUniqueOrThrow({ where: { messageId: refundSent.messageId! } });
    expect(sentMail.subject).toContain(placed.reference);
    expect(sentMail.text).toContain(refunds[0]!.providerRefundRef!);
    expect(sentMail.text).toMatch(/1–30 days/);

    // Asking again, from any path, any number of times: still one refund, nothing else moves.
    expect(await startRequestRefund(request.id)).toMatchObject({ outcome: 'SKIPPED', status: 'COMPLETED' });
    await recoverIssuing({ now: new Date(Date.now() + 60_000) });
    await recoverIssuing({ now: new Date(Date.now() + 60_000) });
    expect(await issueOrder(placed.orderId)).toEqual({ outcome: 'SKIPPED', reason: 'NOT_PAID' });
    expect(await refundsOf(placed.orderId)).toHaveLength(1);
    expect(await db.orderEvent.count({ where: { orderId: placed.orderId } })).toBe(4);
    expect(await db.outboxMessage.count({ where: { orderId: placed.orderId } })).toBe(3);
  });

  it('a crash after ISSUE_FAILED committed, before the provider call: the recovery job refunds, once', async () => {
    const { placed } = await paidOrder();
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId, status: 'SUCCEEDED' } });
    flightsCannotIssue();
    const result = await issueOrder(placed.orderId, {
      startRefund: async () => {
        throw new Error('process killed');
      },
    });
    expect(result.outcome).toBe('ISSUE_FAILED');
    expect(await statusOf(placed.orderId)).toBe('ISSUE_FAILED');
    const request = await db.serviceRequest.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(request.status).toBe('APPROVED');
    expect(await refundsOf(placed.orderId)).toHaveLength(0);

    // Within the grace period the job leaves it to the call after the commit...
    await recoverIssuing();
    expect(await refundsOf(placed.orderId)).toHaveLength(0);
    // ...after it, the job hands the refund over; twice, and with two workers at once, gives one refund.
    const later = new Date(Date.now() + 60_000);
    await Promise.all([recoverIssuing({ now: later }), recoverIssuing({ now: later })]);
    await recoverIssuing({ now: later });
    await startRequestRefund(request.id);

    const refunds = await refundsOf(placed.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountMinor: payment.amountMinor, status: 'SUCCEEDED' });
    expect(await db.sandboxRefund.count({ where: { idempotencyKey: `service-request:${request.id}` } })).toBe(1);
    expect(await statusOf(placed.orderId)).toBe('REFUNDED');
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('COMPLETED');
    expect(await db.outboxMessage.count({ where: { orderId: placed.orderId, template: 'refund-sent' } })).toBe(1);
  });

  it('two workers fail the same order at once: one request, one refund', async () => {
    const { placed } = await paidOrder();
    flightsCannotIssue();
    const results = await Promise.all([issueOrder(placed.orderId), issueOrder(placed.orderId), issueOrder(placed.orderId)]);
    expect(results.filter((r) => r.outcome === 'ISSUE_FAILED')).toHaveLength(1);
    expect(await db.serviceRequest.count({ where: { orderId: placed.orderId } })).toBe(1);
    expect(await refundsOf(placed.orderId)).toHaveLength(1);
    expect(await statusOf(placed.orderId)).toBe('REFUNDED');
  });
});

describe('refund outcomes of other requests', () => {
  it('a refund the provider refuses sends the request back to staff and tells the traveller; a new approval refunds under a new key', async () => {
    const { placed } = await paidOrder();
    flightsCannotIssue();
    await issueOrder(placed.orderId, { startRefund: async () => undefined });
    const request = await db.serviceRequest.findFirstOrThrow({ where: { orderId: placed.orderId } });
    // The provider refuses: the payment was already refunded outside Karvan (the sandbox checks the charge).
    const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId, status: 'complete' } });
    await db.sandboxRefund.create({
      data: { id: 'sbx_re_outside', idempotencyKey: 'outside-karvan', sessionId: session.id, amountMinor: session.amountMinor, currency: session.currency, status: 'succeeded', refundId: null },
    });
    const first = await startRequestRefund(request.id);
    expect(first).toMatchObject({ outcome: 'REFUND', refund: { status: 'FAILED' } });
    const reopened = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { messages: true } });
    expect(reopened).toMatchObject({ status: 'OPEN', refundId: null });
    expect(reopened.messages.map((m) => m.body)).toContain('refundFailed');
    expect(await statusOf(placed.orderId)).toBe('ISSUE_FAILED');
    const failedRefund = (await refundsOf(placed.orderId))[0]!;
    expect(await db.outboxMessage.count({ where: { dedupeKey: `request:${request.id}:refund-failed:${failedRefund.id}` } })).toBe(1);
    // The recovery job does not touch an OPEN request.
    await recoverIssuing({ now: new Date(Date.now() + 60_000) });
    expect(await refundsOf(placed.orderId)).toHaveLength(1);

    // Staff settle it with the provider and approve again: a second attempt under its own key.
    await db.sandboxRefund.delete({ where: { id: 'sbx_re_outside' } });
    await db.serviceRequest.update({ where: { id: request.id }, data: { status: 'APPROVED' } });
    const second = await startRequestRefund(request.id);
    expect(second).toMatchObject({ outcome: 'REFUND', refund: { status: 'SUCCEEDED', idempotencyKey: `service-request:${request.id}:retry-1` } });
    expect(await statusOf(placed.orderId)).toBe('REFUNDED');
    await sendDueOutboxMessages();
    expect((await db.outboxMessage.findMany({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'asc' } })).map((m) => [m.template, m.status])).toEqual([
      ['payment-confirmed', 'SENT'],
      ['issue-failed', 'SENT'],
      ['refund-failed', 'SENT'],
      ['refund-sent', 'SENT'],
    ]);
  });

  it('an approved request of zero is completed without a refund', async () => {
    const { placed } = await paidOrder();
    await issueOrder(placed.orderId);
    const request = await db.serviceRequest.create({
      data: { reference: 'SR-ZZZZZ2', orderId: placed.orderId, kind: 'CANCELLATION', status: 'APPROVED', topic: 'CANCEL_ORDER', openedBy: 'TRAVELLER', approvedRefundMinor: 0, refundCurrency: 'AZN' },
    });
    expect(await startRequestRefund(request.id)).toEqual({ outcome: 'COMPLETED_WITHOUT_REFUND' });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('COMPLETED');
    expect(await refundsOf(placed.orderId)).toHaveLength(0);
    expect(await statusOf(placed.orderId)).toBe('ISSUED');
  });
});
