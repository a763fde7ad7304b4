/**
 * Issue 9, traveller self-service, through the real domain functions on the real database with orders
 * that were placed, paid with the sandbox card and issued: the rules' boundaries at their exact instants
 * (Agreement 6.1–6.3, 3.1.4, 6.2), the confirmed quote stored and enforced, inventory released and the
 * refund made once through the sandbox provider, double submission, and that one order's ids never
 * reach another order's data. Every moment is passed as `now`; the clock is not mocked.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';

vi.mock('server-only', () => ({}));

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { registerMailTemplates, findMailTemplate } = await import('@/lib/mail/outbox');
const { travellerMailTemplates } = await import('@/lib/after-sales/traveller-mail-templates');
const { refundMailTemplates } = await import('@/lib/after-sales/refund-mail-templates');
const { documentMailTemplates } = await import('@/lib/documents/mail-templates');
const { quoteOrderCancellation } = await import('@/lib/after-sales/quote-order-cancellation');
const { cancelBooking } = await import('@/lib/after-sales/cancel-booking');
const { requestChange } = await import('@/lib/after-sales/request-change');
const { createRequest } = await import('@/lib/after-sales/create-request');
const { addRequestMessage } = await import('@/lib/after-sales/add-request-message');
const { listOrderRequests, listUserRequests } = await import('@/lib/after-sales/list-order-requests');
const { refundAmount } = await import('@/lib/pricing/refund-amount');
const { reviveRulesItem } = await import('@/lib/after-sales/revive-rules-item');
const { quotePassengerDataChange } = await import('@/lib/rules');
const { decryptField } = await import('@/lib/crypto/field-encryption');
const { issuedOrder, refundsOf, refusal } = await import('../support/after-sales-factories');

const HOUR = 3_600_000;
const MINUTE = 60_000;

beforeAll(() => {
  registerFulfilment();
  const names = new Set([...documentMailTemplates, ...refundMailTemplates].map((t) => t.name));
  // Mails of the other helpers that may not exist yet: a stand-in under the same name.
  const standIns = ['payment-confirmed', 'itinerary-receipt', 'issue-failed', 'refund-sent', 'refund-failed']
    .filter((name) => !names.has(name))
    .map((name) => ({ name, render: async () => ({ subject: name, text: name, html: `<p>${name}</p>` }) }));
  registerMailTemplates([...documentMailTemplates, ...refundMailTemplates, ...standIns, ...travellerMailTemplates]);
});

const requestsOf = (orderId: string) => db.serviceRequest.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' } });

describe('cancelling a transfer (Agreement 6.2)', () => {
  it('exactly 5 h before pickup is free: everything but the service fee comes back, once, through the sandbox, and the vehicle is released', async () => {
    const order = await issuedOrder({ transfer: true });
    const now = new Date(order.pickupAt!.getTime() - 5 * HOUR);
    const hold = await db.orderHold.findFirstOrThrow({ where: { orderItemId: order.transferItemId! } });
    expect(hold.status).toBe('CONFIRMED');

    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    expect(quote.items).toHaveLength(1);
    expect(quote.items[0]!.quote).toEqual({
      allowed: true,
      penalty: { amount: 0, currency: 'AZN' },
      agencyFee: { amount: 0, currency: 'AZN' },
      serviceFeeKept: { amount: 500, currency: 'AZN' },
      refund: { amount: 6000, currency: 'AZN' },
      clause: 'Agreement 6.2',
      reason: 'TRANSFER_FREE_WINDOW',
    });
    expect(quote.immediateRefund).toEqual({ amount: 6000, currency: 'AZN' });
    expect(order.charge).toEqual({ amount: 6500, currency: 'AZN' });

    const result = await cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: quote.hash }, { now });
    expect(result.created).toBe(true);
    expect(result.requests).toHaveLength(1);

    const [request] = await requestsOf(order.orderId);
    expect(request).toMatchObject({
      kind: 'CANCELLATION',
      topic: 'CANCEL_ITEM',
      orderItemId: order.transferItemId,
      maxRefundMinor: 6000,
      approvedRefundMinor: 6000,
      refundCurrency: 'AZN',
      clause: 'Agreement 6.2',
      openedBy: 'TRAVELLER',
    });
    // The exact quote the traveller confirmed is stored on the request.
    expect(request!.quote).toMatchObject({ hash: quote.hash, scope: 'ITEM', refund: { amount: 6000, currency: 'AZN' }, items: [{ itemId: order.transferItemId, quote: { reason: 'TRANSFER_FREE_WINDOW' } }] });

    const refunds = await refundsOf(order.orderId);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amountMinor: 6000, currency: 'AZN', status: 'SUCCEEDED', idempotencyKey: `service-request:${request!.id}` });
    expect(refunds[0]!.providerRefundRef).toMatch(/^sbx_re_/);
    expect(await db.sandboxRefund.count({ where: { refundId: refunds[0]!.id } })).toBe(1);

    const item = await db.orderItem.findUniqueOrThrow({ where: { id: order.transferItemId! } });
    expect(item.cancelledAt?.getTime()).toBe(now.getTime());
    expect((await db.orderHold.findUniqueOrThrow({ where: { id: hold.id } })).status).toBe('RELEASED');
    expect((await db.catalogHold.findUniqueOrThrow({ where: { holdId: hold.id } })).status).toBe('RELEASED');

    const events = await db.orderEvent.findMany({ where: { orderId: order.orderId }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.toStatus)).toContain('CANCELLED');
    expect(await db.auditEvent.count({ where: { subjectId: request!.id, action: 'service_request.cancellation_confirmed' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { subjectId: order.orderId, action: 'order.cancelled_by_traveller' } })).toBe(1);
    expect(['CANCELLED', 'REFUNDED']).toContain((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status);

    // The booking shows the refund as sent, with the provider's id and the 1–30 days notice.
    const [view] = await listOrderRequests({ orderId: order.orderId });
    expect(view!.refund).toMatchObject({ progress: 'sent', amount: { amount: 6000, currency: 'AZN' }, providerRefundRef: refunds[0]!.providerRefundRef, cardNotice: true });

    const outbox = await db.outboxMessage.findMany({ where: { orderId: order.orderId, template: 'cancellation-confirmed' } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.dedupeKey).toBe(`request:${request!.id}:cancellation-confirmed`);
  });

  it('at 4 h 59 min the whole price is the penalty: cancelled with nothing back, no refund is made', async () => {
    const order = await issuedOrder({ transfer: true });
    const now = new Date(order.pickupAt!.getTime() - 5 * HOUR + MINUTE);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    expect(quote.items[0]!.quote).toMatchObject({
      allowed: true,
      penalty: { amount: 6000, currency: 'AZN' },
      serviceFeeKept: { amount: 500, currency: 'AZN' },
      refund: { amount: 0, currency: 'AZN' },
      reason: 'TRANSFER_LATE_CANCELLATION',
    });
    expect(quote.refund.amount).toBe(0);

    await cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: quote.hash }, { now });
    const [request] = await requestsOf(order.orderId);
    expect(request).toMatchObject({ status: 'COMPLETED', approvedRefundMinor: 0, maxRefundMinor: 0 });
    expect(await refundsOf(order.orderId)).toHaveLength(0);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.transferItemId! } })).cancelledAt).not.toBeNull();
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe('CANCELLED');
    const [view] = await listOrderRequests({ orderId: order.orderId });
    expect(view!.refund.progress).toBe('none');
  });

  it('after pickup it cannot be cancelled online, and confirming is refused with the reason', async () => {
    const order = await issuedOrder({ transfer: true });
    const now = new Date(order.pickupAt!.getTime());
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    expect(quote.allowed).toBe(false);
    expect(quote.items[0]!.quote.reason).toBe('TRANSFER_PICKUP_PASSED');
    const refused = await refusal(cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: quote.hash }, { now }));
    expect(refused).toMatchObject({ code: 'CANCELLATION_NOT_ALLOWED', details: { clause: 'Agreement 6.2', reason: 'TRANSFER_PICKUP_PASSED' } });
    expect(await requestsOf(order.orderId)).toHaveLength(0);
  });
});

describe('cancelling a hotel (Agreement 6.3)', () => {
  it('until its free deadline everything but the service fee comes back; one minute after, the rate keeps its first night', async () => {
    const order = await issuedOrder({ hotel: true });
    const rules = order.rulesOf('HOTEL')! as { price: { amount: number }; firstNight: { amount: number }; serviceFee: { amount: number } };
    const atDeadline = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.hotelItemId, now: order.hotelFreeUntil! });
    expect(atDeadline.items[0]!.quote).toMatchObject({ reason: 'HOTEL_FREE_CANCELLATION', refund: { amount: rules.price.amount } });

    const now = new Date(order.hotelFreeUntil!.getTime() + MINUTE);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.hotelItemId, now });
    const expected = rules.price.amount - rules.firstNight.amount;
    expect(rules.firstNight.amount).toBeGreaterThan(0);
    expect(quote.items[0]!.quote).toMatchObject({
      allowed: true,
      penalty: { amount: rules.firstNight.amount },
      serviceFeeKept: { amount: rules.serviceFee.amount },
      refund: { amount: expected },
      clause: 'Agreement 6.3',
      reason: 'HOTEL_CANCELLATION_PENALTY',
    });
    // The deadline's quote no longer holds: confirming it is refused.
    expect((await refusal(cancelBooking({ orderId: order.orderId, itemId: order.hotelItemId, quoteHash: atDeadline.hash }, { now }))).code).toBe('QUOTE_CHANGED');

    await cancelBooking({ orderId: order.orderId, itemId: order.hotelItemId, quoteHash: quote.hash }, { now });
    const refunds = await refundsOf(order.orderId);
    expect(refunds.map((r) => [r.amountMinor, r.status])).toEqual([[expected, 'SUCCEEDED']]);
    const hold = await db.orderHold.findFirstOrThrow({ where: { orderItemId: order.hotelItemId! } });
    expect(hold.status).toBe('RELEASED');
  });
});

describe('a non-refundable hotel rate (Agreement 6.3)', () => {
  it('shows why not, refunds nothing and cannot be cancelled online; the rest of the booking still can', async () => {
    const order = await issuedOrder({ hotel: { nonRefundable: true }, transfer: true });
    const now = new Date(order.pickupAt!.getTime() - 2 * 24 * HOUR);
    const hotel = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.hotelItemId, now });
    expect(hotel.items[0]!.quote).toMatchObject({ allowed: false, refund: { amount: 0 }, clause: 'Agreement 6.3', reason: 'NON_REFUNDABLE_RATE' });
    expect(hotel.refund.amount).toBe(0);
    expect((await refusal(cancelBooking({ orderId: order.orderId, itemId: order.hotelItemId, quoteHash: hotel.hash }, { now }))).details).toMatchObject({ reason: 'NON_REFUNDABLE_RATE' });
    const whole = await quoteOrderCancellation({ orderId: order.orderId, now });
    expect(whole.allowed).toBe(false);
    expect((await refusal(cancelBooking({ orderId: order.orderId, quoteHash: whole.hash }, { now }))).code).toBe('CANCELLATION_NOT_ALLOWED');
    const transfer = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    await cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: transfer.hash }, { now });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe('ISSUED');
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.hotelItemId! } })).cancelledAt).toBeNull();
  });
});

describe('flight refund requests (Agreement 6.1, 6.4)', () => {
  it('go to support OPEN with the most the fare rules allow: the airline penalty, 15 AZN and the service fee are kept', async () => {
    const order = await issuedOrder({ flight: true });
    const rules = order.rulesOf('FLIGHT')! as { price: { amount: number }; serviceFee: { amount: number } };
    const now = new Date(order.departureAt!.getTime() - 3 * 24 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    const expected = rules.price.amount - 5000 - 1500;
    expect(quote.items[0]!).toMatchObject({ handling: 'SUPPORT' });
    expect(quote.items[0]!.quote).toMatchObject({
      allowed: true,
      penalty: { amount: 5000, currency: 'AZN' },
      agencyFee: { amount: 1500, currency: 'AZN' },
      serviceFeeKept: { amount: rules.serviceFee.amount, currency: 'AZN' },
      refund: { amount: expected, currency: 'AZN' },
      clause: 'Agreement 6.1',
      reason: 'FARE_RULES_REFUND',
    });
    expect(quote.supportRefund).toEqual({ amount: expected, currency: 'AZN' });
    expect(quote.immediateRefund.amount).toBe(0);

    const result = await cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now });
    expect(result.requests).toEqual([expect.objectContaining({ topic: 'FLIGHT_REFUND', status: 'OPEN' })]);
    const [request] = await requestsOf(order.orderId);
    expect(request).toMatchObject({ kind: 'REFUND', topic: 'FLIGHT_REFUND', status: 'OPEN', maxRefundMinor: expected, approvedRefundMinor: null, refundCurrency: 'AZN', clause: 'Agreement 6.1' });
    expect(await refundsOf(order.orderId)).toHaveLength(0);
    // Support approves and cancels it; until then the ticket stands.
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).cancelledAt).toBeNull();
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe('CANCELLATION_REQUESTED');
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'request-received', dedupeKey: `request:${request!.id}:received` } })).toBe(1);
    const [view] = await listOrderRequests({ orderId: order.orderId });
    expect(view!.refund).toMatchObject({ progress: 'requested', amount: { amount: expected, currency: 'AZN' }, cardNotice: false });

    // Confirming the same quote again returns the same request; another cancellation covering the flight is refused.
    const again = await cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now: new Date(now.getTime() + 1) });
    expect(again).toMatchObject({ created: false, requests: [{ id: request!.id }] });
    expect((await refusal(quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now }))).code).toBe('REQUEST_ALREADY_OPEN');
    expect((await refusal(quoteOrderCancellation({ orderId: order.orderId, now }))).code).toBe('NOTHING_TO_CANCEL');
    expect(await requestsOf(order.orderId)).toHaveLength(1);
  });

  it('a non-refundable fare shows why not and cannot be requested online', async () => {
    const order = await issuedOrder({ flight: { refundable: false } });
    const now = new Date(order.departureAt!.getTime() - 3 * 24 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    expect(quote.items[0]!.quote).toMatchObject({ allowed: false, refund: { amount: 0 }, reason: 'NON_REFUNDABLE_FARE', clause: 'Agreement 6.1' });
    expect((await refusal(cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: quote.hash }, { now }))).code).toBe('CANCELLATION_NOT_ALLOWED');
  });

  it('cancelling a whole flight + transfer order: the transfer at once, the flight to support', async () => {
    const order = await issuedOrder({ flight: true, transfer: true });
    const now = new Date(Math.min(order.pickupAt!.getTime(), order.departureAt!.getTime()) - 2 * 24 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, now });
    expect(quote.scope).toBe('ORDER');
    expect(quote.items.map((i) => i.handling).sort()).toEqual(['IMMEDIATE', 'SUPPORT']);
    const result = await cancelBooking({ orderId: order.orderId, quoteHash: quote.hash }, { now });
    expect(result.requests.map((r) => r.topic).sort()).toEqual(['CANCEL_ORDER', 'FLIGHT_REFUND']);
    expect((await refundsOf(order.orderId)).map((r) => r.amountMinor)).toEqual([6000]);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe('CANCELLATION_REQUESTED');
    // The flight waits for support; nothing else is left to cancel.
    expect((await refusal(quoteOrderCancellation({ orderId: order.orderId, now }))).code).toBe('NOTHING_TO_CANCEL');
  });

  it('a flight refund waiting for support leaves the rest of the order cancellable, and the order waits for support', async () => {
    const order = await issuedOrder({ flight: true, transfer: true });
    const now = new Date(Math.min(order.pickupAt!.getTime(), order.departureAt!.getTime()) - 2 * 24 * HOUR);
    const flight = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.flightItemId, now });
    await cancelBooking({ orderId: order.orderId, itemId: order.flightItemId, quoteHash: flight.hash }, { now });
    const rest = await quoteOrderCancellation({ orderId: order.orderId, now });
    expect(rest.items.map((i) => i.itemId)).toEqual([order.transferItemId]);
    await cancelBooking({ orderId: order.orderId, quoteHash: rest.hash }, { now });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe('CANCELLATION_REQUESTED');
    expect((await refundsOf(order.orderId)).map((r) => r.amountMinor)).toEqual([6000]);
  });
});

describe('the confirmed quote is enforced', () => {
  it('a tampered or outdated quote is refused and changes nothing', async () => {
    const order = await issuedOrder({ transfer: true });
    const now = new Date(order.pickupAt!.getTime() - 5 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    const tampered = quote.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await refusal(cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: tampered }, { now }))).code).toBe('QUOTE_CHANGED');
    // Shown at exactly 5 h (free), confirmed one millisecond later (100 % penalty).
    const later = await refusal(cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: quote.hash }, { now: new Date(now.getTime() + 1) }));
    expect(later.code).toBe('QUOTE_CHANGED');
    expect((later.details.quote as { refund: { amount: number } }).refund.amount).toBe(0);
    expect((await refusal(cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: 'not-a-hash' }, { now }))).code).toBe('INVALID_INPUT');
    expect(await requestsOf(order.orderId)).toHaveLength(0);
    expect(await refundsOf(order.orderId)).toHaveLength(0);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: order.transferItemId! } })).cancelledAt).toBeNull();
  });

  it('a double submission creates one request and one refund', async () => {
    const order = await issuedOrder({ transfer: true });
    const now = new Date(order.pickupAt!.getTime() - 6 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    const input = { orderId: order.orderId, itemId: order.transferItemId, quoteHash: quote.hash };
    const [a, b] = await Promise.all([cancelBooking(input, { now }), cancelBooking(input, { now })]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.requests.map((r) => r.id)).toEqual(b.requests.map((r) => r.id));
    expect(await requestsOf(order.orderId)).toHaveLength(1);
    expect(await refundsOf(order.orderId)).toHaveLength(1);
    // And once more later, from a stale tab: the same request again.
    const c = await cancelBooking(input, { now: new Date(now.getTime() + HOUR) });
    expect(c.created).toBe(false);
    expect(c.requests.map((r) => r.id)).toEqual(a.requests.map((r) => r.id));
  });
});

describe('change requests', () => {
  it('passenger data change (Agreement 3.1.4): OPEN for support, fee 15 AZN + the airline charge, the document encrypted', async () => {
    const order = await issuedOrder({ flight: true });
    const passenger = await db.orderPassenger.findFirstOrThrow({ where: { orderItemId: order.flightItemId! } });
    const now = new Date(order.departureAt!.getTime() - 2 * 24 * HOUR);
    const created = await requestChange(
      { orderId: order.orderId, topic: 'PASSENGER_DATA_CHANGE', itemId: order.flightItemId!, passengerId: passenger.id, lastName: 'Aliyeva', documentNumber: 'P9876543', note: 'Married last month' },
      { now },
    );
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(request).toMatchObject({ kind: 'CHANGE', topic: 'PASSENGER_DATA_CHANGE', status: 'OPEN', clause: 'Agreement 3.1.4', orderItemId: order.flightItemId, chargeMinor: null });
    const details = request.details as { agencyFee: unknown; changes: { lastName: string; documentNumberEnc: string } };
    expect(details.agencyFee).toEqual({ amount: 1500, currency: 'AZN' });
    expect(details.changes.lastName).toBe('ALIYEVA');
    expect(JSON.stringify(request.details)).not.toContain('9876543');
    expect(decryptField(details.changes.documentNumberEnc)).toBe('P9876543');
    // What the traveller pays once support states the airline's charge: that charge + 15 AZN.
    const item = reviveRulesItem((await db.orderItem.findUniqueOrThrow({ where: { id: order.flightItemId! } })).snapshot, 'ISSUED');
    expect(item?.kind).toBe('FLIGHT');
    expect(quotePassengerDataChange(item as never, { amount: 5000, currency: 'AZN' }).total).toEqual({ amount: 6500, currency: 'AZN' });

    const [view] = await listOrderRequests({ orderId: order.orderId });
    expect(view!.changes).toEqual({ lastName: 'ALIYEVA', documentNumber: '•••••6543' });
    expect(view!.messages.map((m) => [m.author, m.body])).toEqual([['TRAVELLER', 'Married last month']]);
    expect(await db.auditEvent.count({ where: { subjectId: created.id, action: 'service_request.change_requested' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { orderId: order.orderId, template: 'request-received' } })).toBe(1);

    const nothing = await refusal(requestChange({ orderId: order.orderId, topic: 'PASSENGER_DATA_CHANGE', itemId: order.flightItemId!, passengerId: passenger.id }, { now }));
    expect(nothing.code).toBe('NOTHING_TO_CHANGE');
    const badName = await refusal(requestChange({ orderId: order.orderId, topic: 'PASSENGER_DATA_CHANGE', itemId: order.flightItemId!, passengerId: passenger.id, lastName: 'Алиева' }, { now }));
    expect(badName).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { lastName: 'afterSales.errors.latinName' } } });
  });

  it('a standard transfer changes only more than 16 h ahead: refused at exactly 16 h with the latest moment, allowed at 16 h + 1 ms', async () => {
    const order = await issuedOrder({ transfer: true });
    const pickup = order.pickupAt!.getTime();
    const input = { orderId: order.orderId, topic: 'TRANSFER_CHANGE' as const, itemId: order.transferItemId!, address: '12 Nizami Street, Baku' };
    const refused = await refusal(requestChange(input, { now: new Date(pickup - 16 * HOUR) }));
    expect(refused.code).toBe('CHANGE_WINDOW_CLOSED');
    expect(refused.details).toMatchObject({ clause: 'Agreement 6.2', reason: 'TRANSFER_CHANGE_TOO_LATE' });
    expect((refused.details.latestAt as Date).getTime()).toBe(pickup - 16 * HOUR - 1);
    expect(await requestsOf(order.orderId)).toHaveLength(0);

    const created = await requestChange(input, { now: new Date(pickup - 16 * HOUR - 1) });
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(request).toMatchObject({ kind: 'CHANGE', topic: 'TRANSFER_CHANGE', status: 'OPEN', clause: 'Agreement 6.2' });
    expect(JSON.stringify(request.details)).not.toContain('Nizami');
    const [view] = await listOrderRequests({ orderId: order.orderId });
    expect(view!.changes).toEqual({ address: '12 Nizami Street, Baku' });
  });

  it('a new pickup time must itself be bookable', async () => {
    const order = await issuedOrder({ transfer: true });
    const pickup = order.pickupAt!;
    const now = new Date(pickup.getTime() - 2 * 24 * HOUR);
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    const tooSoon = await refusal(requestChange({ orderId: order.orderId, topic: 'TRANSFER_CHANGE', itemId: order.transferItemId!, newPickupDate: local, newPickupTime: '23:00' }, { now }));
    expect(tooSoon).toMatchObject({ code: 'NEW_PICKUP_NOT_BOOKABLE', details: { reason: 'TRANSFER_BOOKING_TOO_LATE' } });
  });

  it('children, animals and extra bags are declared up to 24 h before pickup: refused at 24 h − 1 ms', async () => {
    const order = await issuedOrder({ transfer: true });
    const pickup = order.pickupAt!.getTime();
    const input = { orderId: order.orderId, topic: 'TRANSFER_EXTRAS' as const, itemId: order.transferItemId!, children: '1', childSeats: '1', animals: '0', extraBags: '2' };
    const refused = await refusal(requestChange(input, { now: new Date(pickup - 24 * HOUR + 1) }));
    expect(refused).toMatchObject({ code: 'CHANGE_WINDOW_CLOSED', details: { clause: 'Agreement 6.2', reason: 'TRANSFER_EXTRAS_TOO_LATE' } });
    expect((refused.details.latestAt as Date).getTime()).toBe(pickup - 24 * HOUR);
    const created = await requestChange(input, { now: new Date(pickup - 24 * HOUR) });
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(request).toMatchObject({ topic: 'TRANSFER_EXTRAS', status: 'OPEN', details: { changes: { children: 1, childSeats: 1, animals: 0, extraBags: 2 } } });
  });
});

describe('other requests and messages (Agreement 6.5)', () => {
  it('a request with the order attached lands OPEN; the traveller writes on it and a closed one reopens', async () => {
    const order = await issuedOrder({ hotel: true });
    const created = await createRequest({ orderId: order.orderId, itemId: order.hotelItemId, subject: 'Late arrival', message: 'We arrive after midnight, please keep the room.' });
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(request).toMatchObject({ kind: 'OTHER', topic: 'OTHER', status: 'OPEN', orderItemId: order.hotelItemId, reference: expect.stringMatching(/^SR-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/) });

    const bad = await refusal(createRequest({ orderId: order.orderId, subject: 'x', message: 'short' }));
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { subject: 'afterSales.errors.subjectRequired', message: 'afterSales.errors.messageTooShort' } } });

    await db.serviceRequest.update({ where: { id: created.id }, data: { status: 'CLOSED' } });
    const reply = await addRequestMessage({ orderId: order.orderId, requestId: created.id, body: 'Any news?' });
    expect(reply.reopened).toBe(true);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('OPEN');
    const [view] = await listOrderRequests({ orderId: order.orderId, requestId: created.id });
    expect(view).toMatchObject({ subject: 'Late arrival', status: 'OPEN', item: { id: order.hotelItemId } });
    expect(view!.messages.map((m) => m.body)).toEqual(['We arrive after midnight, please keep the room.', 'Any news?']);
  });

  it('mails render in the order language with the refund and the card notice', async () => {
    const email = `ru-${Date.now()}@example.com`;
    const order = await issuedOrder({ transfer: true, locale: 'ru', email });
    const now = new Date(order.pickupAt!.getTime() - 10 * HOUR);
    const quote = await quoteOrderCancellation({ orderId: order.orderId, itemId: order.transferItemId, now });
    await cancelBooking({ orderId: order.orderId, itemId: order.transferItemId, quoteHash: quote.hash }, { now });
    // The outbox row as the sender renders it: the registered template, the row's payload and locale.
    const row = await db.outboxMessage.findFirstOrThrow({ where: { orderId: order.orderId, template: 'cancellation-confirmed' } });
    expect(row).toMatchObject({ toAddress: email, locale: 'ru' });
    const mail = await findMailTemplate(row.template)!.render(row.payload, { locale: 'ru' });
    expect(mail?.subject).toBe(`Отмена подтверждена: ${order.reference}`);
    expect(mail?.text).toContain('60,00');
    expect(mail?.text).toContain('от 1 до 30 дней');
    expect(mail?.html).toContain(order.reference);

    // A staff answer (the back office enqueues `request-message` with the message id).
    const message = await db.serviceRequestMessage.create({ data: { requestId: (row.payload as { requestId: string }).requestId, author: 'STAFF', body: 'Мы вернули деньги.' } });
    const reply = await findMailTemplate('request-message')!.render({ requestId: message.requestId, messageId: message.id }, { locale: 'ru' });
    expect(reply?.subject).toMatch(/^Новое сообщение по запросу SR-/);
    expect(reply?.text).toContain('Мы вернули деньги.');
  });
});

describe('authorisation: every query carries the order the caller was given', () => {
  it("another order's request, item or passenger is never reached", async () => {
    const [a, b] = await Promise.all([issuedOrder({ flight: true, transfer: true }), issuedOrder({ hotel: true })]);
    const requestA = await createRequest({ orderId: a.orderId, subject: 'Seat', message: 'Can we sit together please?' });
    const now = new Date(a.pickupAt!.getTime() - 2 * 24 * HOUR);
    const quoteA = await quoteOrderCancellation({ orderId: a.orderId, itemId: a.transferItemId, now });

    expect(await listOrderRequests({ orderId: b.orderId, requestId: requestA.id })).toEqual([]);
    expect((await listOrderRequests({ orderId: b.orderId })).map((r) => r.id)).not.toContain(requestA.id);
    expect((await refusal(addRequestMessage({ orderId: b.orderId, requestId: requestA.id, body: 'hello' }))).code).toBe('NOT_FOUND');
    expect((await refusal(quoteOrderCancellation({ orderId: b.orderId, itemId: a.transferItemId, now }))).code).toBe('NOT_FOUND');
    expect((await refusal(cancelBooking({ orderId: b.orderId, itemId: a.transferItemId, quoteHash: quoteA.hash }, { now }))).code).toBe('NOT_FOUND');
    expect((await refusal(requestChange({ orderId: b.orderId, topic: 'TRANSFER_EXTRAS', itemId: a.transferItemId!, children: '1' }, { now }))).code).toBe('NOT_FOUND');
    const passengerA = await db.orderPassenger.findFirstOrThrow({ where: { orderItemId: a.flightItemId! } });
    const b2 = await issuedOrder({ flight: true });
    const crossed = await refusal(requestChange({ orderId: b2.orderId, topic: 'PASSENGER_DATA_CHANGE', itemId: b2.flightItemId!, passengerId: passengerA.id, lastName: 'Other' }, { now: new Date(b2.departureAt!.getTime() - 2 * 24 * HOUR) }));
    expect(crossed).toMatchObject({ code: 'INVALID_INPUT', details: { fieldErrors: { passengerId: 'afterSales.errors.choosePassenger' } } });
    expect((await refusal(createRequest({ orderId: b.orderId, itemId: a.transferItemId, subject: 'Hello', message: 'A question about it.' }))).code).toBe('INVALID_INPUT');

    // Nothing of A changed.
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: a.transferItemId! } })).cancelledAt).toBeNull();
    expect(await db.serviceRequestMessage.count({ where: { requestId: requestA.id } })).toBe(1);
    expect(await db.serviceRequest.count({ where: { orderId: b.orderId } })).toBe(0);
  });

  it("the account's list holds only the user's own orders' requests", async () => {
    const user = await db.user.create({ data: { email: `owner-${Date.now()}@example.com` } });
    const mine = await issuedOrder({ hotel: true, userId: user.id });
    const other = await issuedOrder({ hotel: true });
    const r1 = await createRequest({ orderId: mine.orderId, subject: 'Mine', message: 'A question about my stay.' });
    const r2 = await createRequest({ orderId: other.orderId, subject: 'Other', message: 'A question about another stay.' });
    const list = await listUserRequests(user.id);
    expect(list.map((r) => r.id)).toContain(r1.id);
    expect(list.map((r) => r.id)).not.toContain(r2.id);
  });
});

describe('refund amounts in the payment currency', () => {
  it('converts with the stored rates and caps at what is left to refund', () => {
    const rates = { asOf: '2026-11-23', base: 'AZN', perBase: { USD: '0.5882' } };
    const basis = { currency: 'AZN', rates, paidMinor: 20_000, refundedMinor: 5_000, reservedMinor: 1_000 };
    expect(refundAmount({ refunds: [{ amount: 5882, currency: 'USD' }], basis }).refund).toEqual({ amount: 10_000, currency: 'AZN' });
    const capped = refundAmount({ refunds: [{ amount: 5882, currency: 'USD' }, { amount: 9_000, currency: 'AZN' }], basis });
    expect(capped).toMatchObject({ refund: { amount: 14_000, currency: 'AZN' }, uncapped: { amount: 19_000 }, capped: true });
  });
});
