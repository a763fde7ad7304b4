import 'server-only';
import { db } from '../db/client';
import { PaymentError } from './errors';
import { lockPayment, TX_OPTIONS } from './locks';
import { toPaymentRecord } from './records';
import { succeedPayment } from './transitions';
import type { Actor, PaymentRecord } from './types';

export type MarkPaidAtOfficeInput = { paymentId: string; staff: Actor };

const STAFF_ROLES = new Set(['SUPPORT', 'ADMIN']);

/**
 * Support confirms that the traveller paid at our office (Agreement 4.1): the OFFICE payment becomes
 * SUCCEEDED with an AuditEvent naming the staff member, and the order's onPaymentSucceeded hook runs
 * in the same transaction. Pressing it twice changes nothing more (changed: false).
 *
 * Throws PaymentError: FORBIDDEN (not SUPPORT/ADMIN), PAYMENT_NOT_FOUND, NOT_OFFICE_PAYMENT,
 * PAYMENT_NOT_OPEN (cancelled, e.g. released after the deadline), DEADLINE_PASSED.
 */
export async function markPaidAtOffice(input: MarkPaidAtOfficeInput, options: { now?: Date } = {}): Promise<{ payment: PaymentRecord; changed: boolean }> {
  if (!STAFF_ROLES.has(input.staff.role)) throw new PaymentError('FORBIDDEN', 'only support staff mark office payments');
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, input.paymentId);
    if (!payment) throw new PaymentError('PAYMENT_NOT_FOUND', input.paymentId);
    if (payment.method !== 'OFFICE') throw new PaymentError('NOT_OFFICE_PAYMENT', `payment ${payment.id} is a ${payment.method} payment`);
    if (payment.status === 'SUCCEEDED') return { payment: toPaymentRecord(payment), changed: false };
    if (payment.status !== 'PENDING' && payment.status !== 'CREATED') throw new PaymentError('PAYMENT_NOT_OPEN', `payment ${payment.id} is ${payment.status}`);
    if (payment.deadlineAt && payment.deadlineAt <= now) throw new PaymentError('DEADLINE_PASSED', `payment ${payment.id} was due by ${payment.deadlineAt.toISOString()}`);
    const updated = await succeedPayment(tx, payment, { via: 'office', actor: input.staff });
    return { payment: toPaymentRecord(updated), changed: true };
  }, TX_OPTIONS);
}
