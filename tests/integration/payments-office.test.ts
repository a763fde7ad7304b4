/** Pay at our office (Agreement 4.1): held until a deadline, support marks it paid. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { cancelOpenPayments } from '@/lib/payments/cancel-payment';
import { isPaymentError } from '@/lib/payments/errors';
import { getRefundSummary } from '@/lib/payments/get-payments';
import { issueRefund } from '@/lib/payments/issue-refund';
import { markPaidAtOffice } from '@/lib/payments/mark-paid-at-office';
import { createSandboxProvider } from '@/lib/payments/sandbox-provider';
import { startOfficePayment } from '@/lib/payments/start-office-payment';
import { startPayment } from '@/lib/payments/start-payment';
import { createOrder, paymentInput, recordEffects } from './payments-support';

const provider = createSandboxProvider({ webhookSecret: 'whsec_sbx_office_test_secret' });
const staff = { id: randomUUID(), role: 'SUPPORT' };
const amount = { amount: 42_000, currency: 'KZT' };
let recorder: ReturnType<typeof recordEffects>;

beforeAll(() => {
  recorder = recordEffects();
});
afterAll(() => recorder.unregister());
beforeEach(() => recorder.reset());

const inAnHour = () => new Date(Date.now() + 60 * 60_000);

describe('startOfficePayment', () => {
  it('holds a PENDING office payment until the deadline, and returns it again on a second call', async () => {
    const orderId = await createOrder();
    const deadlineAt = inAnHour();
    const first = await startOfficePayment({ orderId, amount, deadlineAt }, { provider });
    const second = await startOfficePayment({ orderId, amount, deadlineAt }, { provider });

    expect(first).toMatchObject({ reused: false, payment: { method: 'OFFICE', provider: 'office', status: 'PENDING', amount, deadlineAt, providerRef: null } });
    expect(second).toMatchObject({ reused: true, payment: { id: first.payment.id } });
    expect(await db.payment.count({ where: { orderId } })).toBe(1);
  });

  it('switching from card to office cancels the open card session', async () => {
    const orderId = await createOrder();
    const card = await startPayment(paymentInput(orderId, { amount }), { provider });
    const office = await startOfficePayment({ orderId, amount, deadlineAt: inAnHour() }, { provider });

    expect(office.payment.method).toBe('OFFICE');
    expect((await db.payment.findUniqueOrThrow({ where: { id: card.payment.id } })).status).toBe('CANCELLED');
    expect((await db.sandboxCheckoutSession.findUniqueOrThrow({ where: { id: card.payment.providerRef! } })).status).toBe('expired');
  });

  it('refuses a deadline in the past', async () => {
    const orderId = await createOrder();
    const error = await startOfficePayment({ orderId, amount, deadlineAt: new Date(Date.now() - 1) }, { provider }).catch((e: unknown) => e);
    expect(isPaymentError(error, 'INVALID_INPUT')).toBe(true);
  });
});

describe('markPaidAtOffice', () => {
  it('marks the payment SUCCEEDED with an AuditEvent naming the staff member and runs the hook once', async () => {
    const orderId = await createOrder();
    const { payment } = await startOfficePayment({ orderId, amount, deadlineAt: inAnHour() }, { provider });

    const [a, b] = await Promise.all([markPaidAtOffice({ paymentId: payment.id, staff }), markPaidAtOffice({ paymentId: payment.id, staff })]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    expect(a.payment.status).toBe('SUCCEEDED');
    expect(recorder.calls.succeeded).toEqual([expect.objectContaining({ previousStatus: 'PENDING', payment: expect.objectContaining({ id: payment.id }) })]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { subjectId: payment.id, action: 'payment.succeeded' } });
    expect(audit).toMatchObject({ actorId: staff.id, actorRole: 'SUPPORT', subjectType: 'payment', data: expect.objectContaining({ via: 'office', orderId }) });
  });

  it('only support staff may mark a payment', async () => {
    const orderId = await createOrder();
    const { payment } = await startOfficePayment({ orderId, amount, deadlineAt: inAnHour() }, { provider });
    const error = await markPaidAtOffice({ paymentId: payment.id, staff: { id: randomUUID(), role: 'TRAVELLER' } }).catch((e: unknown) => e);
    expect(isPaymentError(error, 'FORBIDDEN')).toBe(true);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('PENDING');
  });

  it('refuses after the deadline, after release, and for card payments', async () => {
    const orderId = await createOrder();
    const { payment } = await startOfficePayment({ orderId, amount, deadlineAt: inAnHour() }, { provider });
    const late = await markPaidAtOffice({ paymentId: payment.id, staff }, { now: new Date(Date.now() + 2 * 60 * 60_000) }).catch((e: unknown) => e);
    expect(isPaymentError(late, 'DEADLINE_PASSED')).toBe(true);

    await cancelOpenPayments({ orderId, reason: 'hold_expired' }, { provider });
    const released = await markPaidAtOffice({ paymentId: payment.id, staff }).catch((e: unknown) => e);
    expect(isPaymentError(released, 'PAYMENT_NOT_OPEN')).toBe(true);

    const cardOrder = await createOrder();
    const card = await startPayment(paymentInput(cardOrder), { provider });
    const notOffice = await markPaidAtOffice({ paymentId: card.payment.id, staff }).catch((e: unknown) => e);
    expect(isPaymentError(notOffice, 'NOT_OFFICE_PAYMENT')).toBe(true);
    expect(recorder.calls.succeeded).toHaveLength(0);
  });

  it('office payments are refunded in person: recorded SUCCEEDED without a provider call, within what was paid', async () => {
    const orderId = await createOrder();
    const { payment } = await startOfficePayment({ orderId, amount, deadlineAt: inAnHour() }, { provider });
    await markPaidAtOffice({ paymentId: payment.id, staff });

    const { refund } = await issueRefund({ paymentId: payment.id, amount: { amount: 2_000, currency: 'KZT' }, reason: 'service fee kept, rest returned', requestedBy: staff, idempotencyKey: `refund-request:${payment.id}` }, { provider });
    expect(refund).toMatchObject({ status: 'SUCCEEDED', providerRefundRef: null, requestedBy: staff.id });
    expect(recorder.calls.refundSucceeded).toHaveLength(1);
    const summary = await getRefundSummary(payment.id);
    expect(summary).toMatchObject({ captured: amount, refunded: { amount: 2_000, currency: 'KZT' }, inFlight: { amount: 0, currency: 'KZT' }, refundable: { amount: 40_000, currency: 'KZT' } });
    const over = await issueRefund({ paymentId: payment.id, amount: { amount: 40_001, currency: 'KZT' }, reason: 'x', idempotencyKey: `refund-request:${payment.id}:2` }, { provider }).catch((e: unknown) => e);
    expect(isPaymentError(over, 'REFUND_EXCEEDS_CAPTURED')).toBe(true);
  });
});
