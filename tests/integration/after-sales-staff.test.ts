/**
 * Issue 9, the support back office, on the real database with the sandbox provider: the queue and its
 * deadlines, approvals (partial, above the maximum, two staff at once), rejection, the agency's refusal
 * (Agreement 8.5), schedule changes (3.1.9), office payments (4.1), promo codes (7) and fee schedules
 * (4.3, 4.4). Every order here is placed, paid and issued through the real checkout code.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createFlight, createTransfer, createTrip, passenger, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

vi.mock('server-only', () => ({}));
configureBookingTestEnv({ SMTP_URL: '' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { issueOrder } = await import('@/lib/fulfilment/issue-order');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { getSandboxProvider } = await import('@/lib/payments');
const { completeSandboxCheckout } = await import('@/lib/payments/sandbox/complete-sandbox-checkout');
const { registerMailTemplates, sendDueOutboxMessages } = await import('@/lib/mail/outbox');
const { staffMailTemplates } = await import('@/lib/after-sales/staff-mail-templates');
const { travellerMailTemplates } = await import('@/lib/after-sales/traveller-mail-templates');
const { refundMailTemplates } = await import('@/lib/after-sales/refund-mail-templates');
const { documentMailTemplates } = await import('@/lib/documents/mail-templates');
const { NotFoundError } = await import('@/lib/auth/errors');
const { noRequestContext } = await import('@/lib/auth/request-context');
const { listQueue } = await import('@/lib/after-sales/staff/list-queue');
const { getRequestForStaff } = await import('@/lib/after-sales/staff/get-request-for-staff');
const { approveRefund } = await import('@/lib/after-sales/staff/approve-refund');
const { rejectRequest } = await import('@/lib/after-sales/staff/reject-request');
const { refuseOrder } = await import('@/lib/after-sales/staff/refuse-order');
const { recordScheduleChange } = await import('@/lib/after-sales/staff/record-schedule-change');
const { listOfficePayments } = await import('@/lib/after-sales/staff/list-office-payments');
const { markOfficePaymentPaid } = await import('@/lib/after-sales/staff/mark-office-payment-paid');
const { createPromoCode, updatePromoCode, setPromoCodeActive, listPromoCodes } = await import('@/lib/after-sales/admin/promo-codes');
const { publishFeeSchedule } = await import('@/lib/after-sales/admin/fee-schedules');
const { loadCurrentFeeSchedule } = await import('@/lib/pricing/load-current-fee-schedule');
const { feeScheduleForOrder } = await import('@/lib/pricing/fee-schedule-of-order');
const { BackOfficeError } = await import('@/lib/after-sales/staff/staff-guard');

type Viewer = { id: string; email: string; name: string | null; role: 'TRAVELLER' | 'SUPPORT' | 'ADMIN' };
const ctx = noRequestContext;
let support: Viewer;
let support2: Viewer;
let admin: Viewer;
let traveller: Viewer;

async function user(role: Viewer['role']): Promise<Viewer> {
  return db.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, role }, select: { id: true, email: true, name: true, role: true } });
}

beforeAll(async () => {
  registerFulfilment();
  registerMailTemplates([...documentMailTemplates, ...refundMailTemplates, ...travellerMailTemplates, ...staffMailTemplates]);
  support = await user('SUPPORT');
  support2 = await user('SUPPORT');
  admin = await user('ADMIN');
  traveller = await user('TRAVELLER');
});

type Offers = { kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; offerId: string }[];

/** Placed, paid by sandbox card and (by default) issued, through the real code. */
async function paidOrder(options: { offers?: Offers; email?: string; issue?: boolean; locale?: string; passengers?: Record<string, unknown>[] } = {}) {
  const offers = options.offers ?? [{ kind: 'FLIGHT' as const, offerId: (await createFlight()).offerId(1) }];
  const trip = await createTrip(offers);
  const input = await checkoutInput(trip);
  if (options.email) (input.contact as { email: string }).email = options.email;
  if (options.passengers) {
    const flightItem = (input.items as { kind: string; passengers?: unknown[] }[]).find((i) => i.kind === 'FLIGHT')!;
    flightItem.passengers = options.passengers;
  }
  const placed = await placeOrder({ owner: trip.owner, input, locale: options.locale ?? 'en', agreementVersion: TEST_AGREEMENT_VERSION });
  await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
  const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'desc' } });
  await completeSandboxCheckout({ sessionId: session.id, outcome: 'success' }, getSandboxProvider()!);
  if (options.issue !== false) expect((await issueOrder(placed.orderId)).outcome).toBe('ISSUED');
  const checkout = await db.orderCheckout.findUniqueOrThrow({ where: { orderId: placed.orderId } });
  const payment = await db.payment.findUniqueOrThrow({ where: { id: checkout.paidPaymentId! } });
  const items = await db.orderItem.findMany({ where: { orderId: placed.orderId }, orderBy: { startsAt: 'asc' } });
  return { ...placed, payment, items, checkout };
}

/** A request as the traveller's self-service or the issuing code leaves it (fields of the shared schema). */
async function openRequest(order: { orderId: string }, data: Partial<Parameters<typeof db.serviceRequest.create>[0]['data']> & { topic: string }) {
  return db.serviceRequest.create({
    data: {
      reference: `SR-${randomUUID().slice(0, 6).toUpperCase()}`,
      orderId: order.orderId,
      kind: 'REFUND',
      status: 'OPEN',
      openedBy: 'TRAVELLER',
      refundCurrency: 'AZN',
      ...data,
    } as never,
  });
}

const statusOf = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
const outbox = (template: string, orderId: string) => db.outboxMessage.findMany({ where: { template, orderId } });
const mailboxTo = (to: string) => db.mailboxMessage.findMany({ where: { toAddresses: { has: to } }, orderBy: { createdAt: 'asc' } });
const sandboxRefunds = async (paymentId: string) => {
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return db.sandboxRefund.findMany({ where: { sessionId: payment.providerRef! } });
};

async function rejected<T>(promise: Promise<T>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the queue', () => {
  it('shows a 4.5 refund with its 3-day deadline, highlighted when close and when late, and data requests with theirs', async () => {
    const order = await paidOrder({ email: 'queue@example.test', issue: false });
    const paidAt = order.checkout.paidAt!;
    const dueAt = new Date(paidAt.getTime() + 3 * 86_400_000);
    const request = await openRequest(order, { topic: 'NOT_ISSUED', kind: 'REFUND', status: 'OPEN', openedBy: 'SYSTEM', clause: 'Agreement 4.5', dueAt, maxRefundMinor: order.payment.amountMinor });
    const data = await db.dataRequest.create({
      data: { reference: `DR-${randomUUID().slice(0, 6).toUpperCase()}`, origin: 'DATA_SUBJECT', kind: 'ACCESS', status: 'OPEN', email: 'queue@example.test', details: 'all of it', locale: 'en', dueAt: new Date(paidAt.getTime() + 10 * 86_400_000) },
    });

    const at = (now: Date) => listQueue(support, { now, filter: { q: 'queue@example.test' } });
    const early = await at(new Date(paidAt.getTime() + 86_400_000));
    expect(early.map((i) => [i.reference, i.deadline])).toEqual([
      [request.reference, 'ok'],
      [data.reference, 'ok'],
    ]);
    const close = await at(new Date(dueAt.getTime() - 60 * 60_000));
    expect(close.find((i) => i.id === request.id)).toMatchObject({ deadline: 'close', kind: 'REFUND', topic: 'NOT_ISSUED', orderReference: order.reference, amount: { amount: order.payment.amountMinor, currency: 'AZN' } });
    expect(close[0]!.id).toBe(request.id); // the urgent one first
    const late = await at(new Date(dueAt.getTime() + 60_000));
    expect(late.find((i) => i.id === request.id)?.deadline).toBe('late');
    expect(late.find((i) => i.id === data.id)?.deadline).toBe('ok');

    // Filters and search by order reference, request reference and email.
    const urgent = await listQueue(support, { now: new Date(dueAt.getTime() + 60_000), filter: { deadline: 'URGENT' } });
    expect(urgent.map((i) => i.id)).toContain(request.id);
    expect(urgent.map((i) => i.id)).not.toContain(data.id);
    expect((await listQueue(support, { filter: { q: order.reference.toLowerCase() } })).map((i) => i.id)).toEqual([request.id]);
    expect((await listQueue(support, { filter: { q: request.reference } })).map((i) => i.id)).toEqual([request.id]);
    expect((await listQueue(support, { filter: { q: 'queue@example.test', kind: 'DATA' } })).map((i) => i.id)).toEqual([data.id]);
    expect(await listQueue(support, { filter: { q: 'queue@example.test', kind: 'CHANGE' } })).toEqual([]);
    // The email is shown masked.
    expect(early[0]!.maskedEmail).not.toContain('queue@');

    expect(await rejected(listQueue(traveller))).toBeInstanceOf(NotFoundError);
  });
});

describe('approving a refund', () => {
  it('a partial approval issues exactly that refund, once; the flight is cancelled and the seat released', async () => {
    const flight = await createFlight({ seats: 9 });
    const order = await paidOrder({ offers: [{ kind: 'FLIGHT', offerId: flight.offerId(1) }], email: 'partial@example.test' });
    const item = order.items[0]!;
    const request = await openRequest(order, { topic: 'FLIGHT_REFUND', kind: 'REFUND', orderItemId: item.id, maxRefundMinor: 10_000 });

    const view = await getRequestForStaff(support, request.id, ctx);
    expect(view.approvable).toEqual({ ceiling: 10_000, rulesMax: 10_000, currency: 'AZN' });
    expect(view.order.passengers[0]!.maskedDocument).toMatch(/^•+/);
    expect(await db.auditEvent.count({ where: { actorId: support.id, action: 'personal_data.viewed', data: { path: ['record'], equals: `ServiceRequest:${request.id}` } } })).toBe(1);

    const result = await approveRefund({ actor: support, requestId: request.id, amountMinor: 6_000, note: 'goodwill part', context: ctx });
    expect(result).toMatchObject({ changed: true, amountMinor: 6_000, currency: 'AZN', refundStarted: true });
    const again = await approveRefund({ actor: support, requestId: request.id, amountMinor: 6_000, context: ctx });
    expect(again).toMatchObject({ changed: false, alreadyDecided: true });

    const refunds = await db.refund.findMany({ where: { paymentId: order.payment.id } });
    expect(refunds.map((r) => [r.amountMinor, r.status])).toEqual([[6_000, 'SUCCEEDED']]);
    expect((await sandboxRefunds(order.payment.id)).map((r) => r.amountMinor)).toEqual([6_000]);
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ status: 'COMPLETED', approvedRefundMinor: 6_000, decidedById: support.id, decisionNote: 'goodwill part', refundId: refunds[0]!.id });
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: item.id } })).cancelledAt).not.toBeNull();
    expect((await db.orderHold.findFirstOrThrow({ where: { orderItemId: item.id } })).status).toBe('RELEASED');
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(9);
    expect(await statusOf(order.orderId)).toBe('REFUNDED');
    expect(await db.auditEvent.count({ where: { subjectId: request.id, action: 'service_request.approved' } })).toBe(1);

    await sendDueOutboxMessages();
    const subjects = (await mailboxTo('partial@example.test')).map((m) => m.subject);
    expect(subjects.some((s) => s.includes(request.reference))).toBe(true);
    const decided = (await mailboxTo('partial@example.test')).find((m) => m.subject.includes(request.reference))!;
    expect(decided.text).toContain('60.00');
  });

  it('an amount above the maximum is refused and changes nothing', async () => {
    const order = await paidOrder();
    const item = order.items[0]!;
    const request = await openRequest(order, { topic: 'FLIGHT_REFUND', kind: 'REFUND', orderItemId: item.id, maxRefundMinor: 10_000 });
    const error = await rejected(approveRefund({ actor: support, requestId: request.id, amountMinor: 10_001, context: ctx }));
    expect(error).toBeInstanceOf(BackOfficeError);
    expect((error as InstanceType<typeof BackOfficeError>).reason).toBe('ABOVE_MAXIMUM');
    // Never above what was paid less what is already refunded, whatever the stored maximum says.
    const greedy = await openRequest(order, { topic: 'OTHER', kind: 'OTHER', maxRefundMinor: order.payment.amountMinor * 2 });
    expect(((await rejected(approveRefund({ actor: support, requestId: greedy.id, amountMinor: order.payment.amountMinor + 1, context: ctx }))) as { reason: string }).reason).toBe('ABOVE_MAXIMUM');

    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('OPEN');
    expect(await db.refund.count({ where: { paymentId: order.payment.id } })).toBe(0);
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: item.id } })).cancelledAt).toBeNull();
    expect(await statusOf(order.orderId)).toBe('ISSUED');
    // A traveller cannot approve anything.
    expect(await rejected(approveRefund({ actor: traveller, requestId: request.id, amountMinor: 1, context: ctx }))).toBeInstanceOf(NotFoundError);
  });

  it('two staff approving the same request at once: one approval, one provider refund', async () => {
    const order = await paidOrder();
    const request = await openRequest(order, { topic: 'FLIGHT_REFUND', kind: 'REFUND', orderItemId: order.items[0]!.id, maxRefundMinor: 12_000 });
    const results = await Promise.all([
      approveRefund({ actor: support, requestId: request.id, amountMinor: 12_000, context: ctx }),
      approveRefund({ actor: support2, requestId: request.id, amountMinor: 11_000, context: ctx }),
      approveRefund({ actor: support2, requestId: request.id, amountMinor: null, context: ctx }),
    ]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(results.filter((r) => !r.changed)).toHaveLength(2);
    expect(await db.refund.count({ where: { paymentId: order.payment.id } })).toBe(1);
    expect(await sandboxRefunds(order.payment.id)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { subjectId: request.id, action: 'service_request.approved' } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: order.orderId, reason: 'REFUND_APPROVED' } })).toBe(1);
  });
});

describe('rejecting a request', () => {
  it('needs a reason, and the traveller is mailed with it', async () => {
    const order = await paidOrder({ email: 'rejected@example.test' });
    const request = await openRequest(order, { topic: 'OTHER', kind: 'OTHER' });
    expect(((await rejected(rejectRequest({ actor: support, requestId: request.id, reason: '  ', context: ctx }))) as { reason: string }).reason).toBe('REASON_REQUIRED');
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('OPEN');
    expect(await outbox('request-decided', order.orderId)).toHaveLength(0);

    await rejectRequest({ actor: support, requestId: request.id, reason: 'The airline does not allow a name change on this fare.', context: ctx });
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'REJECTED', decidedById: support.id });
    expect(await db.auditEvent.count({ where: { subjectId: request.id, action: 'service_request.rejected' } })).toBe(1);
    await sendDueOutboxMessages();
    const mail = (await mailboxTo('rejected@example.test')).find((m) => m.subject.includes(request.reference));
    expect(mail?.text).toContain('The airline does not allow a name change on this fare.');
    // Decided once: approving afterwards is refused.
    expect(((await rejected(approveRefund({ actor: support, requestId: request.id, amountMinor: 0, context: ctx }))) as { reason: string }).reason).toBe('NOT_OPEN');
  });
});

describe('messages and changes', () => {
  it('a staff message is stored and mailed to the traveller', async () => {
    const order = await paidOrder({ email: 'message@example.test' });
    const request = await openRequest(order, { topic: 'OTHER', kind: 'OTHER' });
    const { replyToRequest } = await import('@/lib/after-sales/staff/reply-to-request');
    const { messageId } = await replyToRequest({ actor: support, requestId: request.id, body: 'Your seat is confirmed by the airline.', context: ctx });
    expect(await db.serviceRequestMessage.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({ author: 'STAFF', staffId: support.id });
    expect((await outbox('request-message', order.orderId)).map((m) => m.payload)).toEqual([{ requestId: request.id, messageId }]);
    await sendDueOutboxMessages();
    expect((await mailboxTo('message@example.test')).some((m) => (m.text ?? '').includes('Your seat is confirmed by the airline.'))).toBe(true);
  });

  it('a passenger data change: the airline charge plus 15 AZN is asked for, and nothing is done before it is paid (3.1.4)', async () => {
    const order = await paidOrder({ email: 'change@example.test' });
    const request = await openRequest(order, { topic: 'PASSENGER_DATA_CHANGE', kind: 'CHANGE', orderItemId: order.items[0]!.id, refundCurrency: null });
    const { setChangeCharge } = await import('@/lib/after-sales/staff/set-change-charge');
    const { completeChange } = await import('@/lib/after-sales/staff/complete-change');
    expect(await setChangeCharge({ actor: support, requestId: request.id, airlineCharge: { amount: 5_000, currency: 'AZN' }, context: ctx })).toEqual({ chargeMinor: 6_500, chargeCurrency: 'AZN' });
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'AWAITING_PAYMENT', chargeMinor: 6_500, clause: 'Agreement 3.1.4' });
    expect(((await rejected(completeChange({ actor: support, requestId: request.id, context: ctx }))) as { reason: string }).reason).toBe('CHARGE_NOT_PAID');
    const other = await openRequest(order, { topic: 'OTHER', kind: 'OTHER' });
    expect(((await rejected(setChangeCharge({ actor: support, requestId: other.id, airlineCharge: { amount: 1, currency: 'AZN' }, context: ctx }))) as { reason: string }).reason).toBe('NOT_A_PASSENGER_CHANGE');
    await sendDueOutboxMessages();
    expect((await mailboxTo('change@example.test')).some((m) => (m.text ?? '').includes('65.00'))).toBe(true);
  });
});

describe('refusing an order (Agreement 8.5)', () => {
  it('refunds everything paid, fee included, mails at once, and the order ends REFUNDED', async () => {
    const flight = await createFlight();
    const transfer = await createTransfer();
    const order = await paidOrder({
      offers: [
        { kind: 'FLIGHT', offerId: flight.offerId(1) },
        { kind: 'TRANSFER', offerId: transfer.offerId(1, 1) },
      ],
      email: 'refused@example.test',
      locale: 'ru',
    });
    const fees = await db.orderItem.aggregate({ where: { orderId: order.orderId }, _sum: { serviceFeeAmountMinor: true } });
    expect(fees._sum.serviceFeeAmountMinor).toBeGreaterThan(0);

    const refused = await refuseOrder({ actor: support, reference: order.reference.toLowerCase(), context: ctx });
    expect(refused).toMatchObject({ changed: true, refundMinor: order.payment.amountMinor, currency: 'AZN' });
    // The mail was queued in the refusal's own transaction, before any refund.
    const queued = await outbox('order-refused', order.orderId);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.locale).toBe('ru');

    const refunds = await db.refund.findMany({ where: { paymentId: order.payment.id } });
    expect(refunds.map((r) => [r.amountMinor, r.status])).toEqual([[order.payment.amountMinor, 'SUCCEEDED']]);
    expect(await statusOf(order.orderId)).toBe('REFUNDED');
    expect(await db.orderItem.count({ where: { orderId: order.orderId, cancelledAt: null } })).toBe(0);
    expect(await db.orderHold.count({ where: { orderId: order.orderId, status: { not: 'RELEASED' } } })).toBe(0);
    expect(await db.serviceRequest.findFirstOrThrow({ where: { orderId: order.orderId, topic: 'REFUSAL' } })).toMatchObject({ status: 'COMPLETED', clause: 'Agreement 8.5', approvedRefundMinor: order.payment.amountMinor });
    const reasons = (await db.orderEvent.findMany({ where: { orderId: order.orderId }, orderBy: { at: 'asc' } })).map((e) => e.toStatus);
    expect(reasons.slice(-2)).toEqual(['CANCELLED', 'REFUNDED']);

    // Refusing again changes nothing.
    expect(await refuseOrder({ actor: support2, reference: order.reference, context: ctx })).toMatchObject({ changed: false });
    expect(await db.refund.count({ where: { paymentId: order.payment.id } })).toBe(1);

    await sendDueOutboxMessages();
    const mail = (await mailboxTo('refused@example.test')).find((m) => m.subject.includes(order.reference) && (m.text ?? '').includes('30'));
    expect(mail).toBeDefined();
    // Russian, as the order.
    expect(mail!.text).toMatch(/[А-Яа-я]/);
  });

  it('an unpaid order cannot be refused', async () => {
    const flight = await createFlight();
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
    expect(((await rejected(refuseOrder({ actor: support, reference: placed.reference, context: ctx }))) as { reason: string }).reason).toBe('NOT_REFUSABLE');
    expect(await rejected(refuseOrder({ actor: traveller, reference: placed.reference, context: ctx }))).toBeInstanceOf(NotFoundError);
  });
});

describe('schedule changes (Agreement 3.1.9)', () => {
  it('notifies every affected order once, and no other', async () => {
    const flight = await createFlight({ seats: 9 });
    const other = await createFlight({ seats: 9 });
    const a = await paidOrder({ offers: [{ kind: 'FLIGHT', offerId: flight.offerId(1) }], email: 'sched-a@example.test' });
    const b = await paidOrder({ offers: [{ kind: 'FLIGHT', offerId: flight.offerId(2) }], email: 'sched-b@example.test' });
    const c = await paidOrder({ offers: [{ kind: 'FLIGHT', offerId: other.offerId(1) }], email: 'sched-c@example.test' });
    const [carrier, number] = flight.flightNumber.split(' ') as [string, string];

    const result = await recordScheduleChange({
      actor: support,
      input: { carrier: carrier.toLowerCase(), flightNumber: number, departureDate: flight.departureDate, newDeparture: `${flight.departureDate}T12:30`, newArrival: '', note: 'Departure moved by the airline.' },
      context: ctx,
    });
    expect(result.ordersNotified).toBe(2);
    expect(result.zoneKnown).toBe(true);
    // 12:30 in Baku (UTC+4).
    expect(result.newDepartureAt.toISOString()).toBe(`${flight.departureDate}T08:30:00.000Z`);
    expect((await db.scheduleChange.findUniqueOrThrow({ where: { id: result.id } })).ordersNotified).toBe(2);
    for (const order of [a, b]) {
      expect(await outbox('schedule-changed', order.orderId)).toHaveLength(1);
      expect(await db.orderEvent.count({ where: { orderId: order.orderId, reason: 'SCHEDULE_CHANGED' } })).toBe(1);
    }
    expect(await outbox('schedule-changed', c.orderId)).toHaveLength(0);

    await sendDueOutboxMessages();
    const mail = (await mailboxTo('sched-b@example.test')).find((m) => m.subject.includes(flight.flightNumber));
    expect(mail?.text).toContain('Departure moved by the airline.');
    expect(mail?.text).toContain(b.reference);

    // The booking page shows the change with the new time; another flight's booking does not.
    const { getBookingView } = await import('@/lib/fulfilment/get-booking-view');
    const shown = await getBookingView(a.orderId, { locale: 'en', includeContact: false });
    expect(shown?.scheduleChanges).toEqual([expect.objectContaining({ flight: flight.flightNumber, newDepartureAt: result.newDepartureAt, note: 'Departure moved by the airline.' })]);
    expect((await getBookingView(c.orderId, { locale: 'en', includeContact: false }))?.scheduleChanges).toEqual([]);

    // A flight the catalog does not know: no airport zone, the new times are read as UTC and the result says so.
    const unknown = await recordScheduleChange({
      actor: support,
      input: { carrier: 'ZZ', flightNumber: '9999', departureDate: flight.departureDate, newDeparture: `${flight.departureDate}T12:30`, newArrival: '', note: 'Moved.' },
      context: ctx,
    });
    expect(unknown).toMatchObject({ zoneKnown: false, ordersNotified: 0 });
    expect(unknown.newDepartureAt.toISOString()).toBe(`${flight.departureDate}T12:30:00.000Z`);

    const invalid = await rejected(recordScheduleChange({ actor: support, input: { carrier: 'J', flightNumber: 'x', departureDate: 'tomorrow', newDeparture: '', note: '' }, context: ctx }));
    expect((invalid as { issues: { path: string[] }[] }).issues.map((i) => i.path[0]).sort()).toEqual(['carrier', 'departureDate', 'flightNumber', 'newDeparture', 'note']);
    expect(await rejected(recordScheduleChange({ actor: traveller, input: {}, context: ctx }))).toBeInstanceOf(NotFoundError);
  });
});

describe('office payments (Agreement 4.1)', () => {
  it('marking the office payment paid moves the order to PAID, once', async () => {
    const flight = await createFlight({ daysAhead: 20 });
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip, { paymentMethod: 'OFFICE' }), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
    await startOrderPayment({ orderId: placed.orderId, locale: 'en' });
    const listed = (await listOfficePayments(support)).find((p) => p.orderId === placed.orderId);
    expect(listed).toMatchObject({ orderReference: placed.reference, amount: placed.charge });

    expect(await rejected(markOfficePaymentPaid({ actor: traveller, paymentId: listed!.paymentId }))).toBeInstanceOf(NotFoundError);
    expect(await statusOf(placed.orderId)).toBe('HELD');
    expect(await markOfficePaymentPaid({ actor: support, paymentId: listed!.paymentId })).toEqual({ changed: true, orderReference: placed.reference });
    expect(await statusOf(placed.orderId)).toBe('PAID');
    expect(await markOfficePaymentPaid({ actor: support2, paymentId: listed!.paymentId })).toEqual({ changed: false, orderReference: placed.reference });
    expect((await listOfficePayments(support)).some((p) => p.orderId === placed.orderId)).toBe(false);
  });
});

describe('promo codes (Agreement 7), admin only', () => {
  const valid = { code: 'spring-26', discountType: 'PERCENT', percent: '12.5', limitCurrency: 'AZN', kindHOTEL: 'on', validFrom: '2026-03-01', validUntil: '2026-05-31', maxUses: '100', maxUsesPerCustomer: '1', minimumSpend: '200', maxDiscount: '50' };

  it('creates, validates, edits and deactivates', async () => {
    const created = await createPromoCode({ actor: admin, input: valid, context: ctx });
    expect(created).toMatchObject({ code: 'SPRING-26', percent: '12.5', kinds: ['HOTEL'], minimumSpend: '200.00', maxDiscount: '50.00', maxUses: 100, active: true });
    const row = await db.promoCode.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ minimumSpendMinor: 20_000, maxDiscountMinor: 5_000, limitCurrency: 'AZN' });
    expect(row.validUntil.toISOString()).toBe('2026-05-31T23:59:59.999Z');

    const invalid = await rejected(createPromoCode({ actor: admin, input: { ...valid, code: 'x', percent: '0', kindHOTEL: undefined, validUntil: '2026-02-01', maxUses: '1', maxUsesPerCustomer: '2' }, context: ctx }));
    expect((invalid as { issues: { path: string[]; message: string }[] }).issues.map((i) => `${i.path[0]}:${i.message}`).sort()).toEqual([
      'code:backOffice.validation.promoCode',
      'kinds:backOffice.validation.kinds',
      'maxUsesPerCustomer:backOffice.validation.perCustomer',
      'percent:backOffice.validation.percent',
      'validUntil:backOffice.validation.dateOrder',
    ]);
    const fixedWithoutAmount = await rejected(createPromoCode({ actor: admin, input: { ...valid, code: 'FIX-1', discountType: 'FIXED', percent: '' }, context: ctx }));
    expect((fixedWithoutAmount as { issues: { path: string[] }[] }).issues.map((i) => i.path[0])).toEqual(['amount']);
    expect(((await rejected(createPromoCode({ actor: admin, input: valid, context: ctx }))) as { reason: string }).reason).toBe('PROMO_CODE_TAKEN');

    const edited = await updatePromoCode({ actor: admin, id: created.id, input: { ...valid, discountType: 'FIXED', percent: '', amount: '15', kindFLIGHT: 'on' }, context: ctx });
    expect(edited).toMatchObject({ code: 'SPRING-26', discountType: 'FIXED', amount: '15.00', percent: null, kinds: ['FLIGHT', 'HOTEL'] });
    expect((await setPromoCodeActive({ actor: admin, id: created.id, active: false, context: ctx })).active).toBe(false);
    expect(await db.auditEvent.count({ where: { subjectId: created.id, action: { startsWith: 'promo_code.' } } })).toBe(3);

    // SUPPORT and travellers cannot read or change promo codes.
    for (const who of [support, traveller]) {
      expect(await rejected(listPromoCodes(who))).toBeInstanceOf(NotFoundError);
      expect(await rejected(createPromoCode({ actor: who, input: { ...valid, code: 'SNEAKY-1' }, context: ctx }))).toBeInstanceOf(NotFoundError);
      expect(await rejected(setPromoCodeActive({ actor: who, id: created.id, active: true, context: ctx }))).toBeInstanceOf(NotFoundError);
    }
    expect(await db.promoCode.count({ where: { code: 'SNEAKY-1' } })).toBe(0);
    expect((await db.promoCode.findUniqueOrThrow({ where: { id: created.id } })).active).toBe(false);
  });
});

// Last: publishing a schedule changes the fees of every order placed after it in this file.
describe('fee schedules (Agreement 4.3, 4.4), admin only', () => {
  it('a new schedule prices new orders while an old order keeps its version', async () => {
    const before = await paidOrder({ issue: false });
    expect(before.checkout.feeScheduleVersion).toBe(TEST_AGREEMENT_VERSION);
    const oldFee = before.items[0]!.serviceFeeAmountMinor;
    expect(oldFee).toBe(1_000);

    const input = { FLIGHT_type: 'FIXED', FLIGHT_amount: '25', HOTEL_type: 'PERCENT', HOTEL_percent: '4', HOTEL_minimum: '6', TRANSFER_type: 'FIXED', TRANSFER_amount: '7.50' };
    expect(await rejected(publishFeeSchedule({ actor: support, input, context: ctx }))).toBeInstanceOf(NotFoundError);
    const invalid = await rejected(publishFeeSchedule({ actor: admin, input: { ...input, FLIGHT_amount: '', HOTEL_percent: '140' }, context: ctx }));
    expect((invalid as { issues: { path: string[] }[] }).issues.map((i) => i.path[0]).sort()).toEqual(['FLIGHT_amount', 'HOTEL_percent']);
    expect((await loadCurrentFeeSchedule()).agreementVersion).toBe(TEST_AGREEMENT_VERSION);

    const { version } = await publishFeeSchedule({ actor: admin, input, context: ctx });
    expect(version).toBe(`${TEST_AGREEMENT_VERSION}.2`);
    expect((await publishFeeSchedule({ actor: admin, input: { ...input, FLIGHT_amount: '20' }, context: ctx })).version).toBe(`${TEST_AGREEMENT_VERSION}.3`);
    const third = await publishFeeSchedule({ actor: admin, input, context: ctx });
    expect(third.version).toBe(`${TEST_AGREEMENT_VERSION}.4`);

    const after = await paidOrder({ issue: false });
    expect(after.checkout.feeScheduleVersion).toBe(third.version);
    expect(after.items[0]!.serviceFeeAmountMinor).toBe(2_500);
    // The old order is untouched and its schedule is still found by its version.
    expect((await db.orderItem.findUniqueOrThrow({ where: { id: before.items[0]!.id } })).serviceFeeAmountMinor).toBe(oldFee);
    expect((await feeScheduleForOrder(before.checkout.feeScheduleVersion)).serviceFee.FLIGHT).toEqual({ type: 'FIXED', amount: { amount: 1_000, currency: 'AZN' } });
    expect((await feeScheduleForOrder(`${TEST_AGREEMENT_VERSION}.3`)).serviceFee.FLIGHT).toEqual({ type: 'FIXED', amount: { amount: 2_000, currency: 'AZN' } });
    expect(await db.auditEvent.count({ where: { action: 'fee_schedule.published', actorId: admin.id } })).toBe(3);
  });
});

void passenger;
