/**
 * Support confirm that a traveller paid at the office (Agreement 4.1). lib/payments markPaidAtOffice
 * does the work in its own transaction (payment row locked, AuditEvent naming the staff member, the
 * order's onPaymentSucceeded hook moving it HELD → PAID and queueing the payment confirmation mail).
 * No order lock is held here while it runs: the order is only read first, to refuse a payment of an
 * order that is not waiting for it. Pressing twice changes nothing more.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/auth/errors';
import type { Viewer } from '@/lib/auth/viewer-types';
import { isPaymentError, markPaidAtOffice } from '@/lib/payments';
import { BackOfficeError, requireStaff, requireUuid } from './staff-guard';

export async function markOfficePaymentPaid(input: { actor: Viewer; paymentId: string; now?: Date }): Promise<{ changed: boolean; orderReference: string }> {
  const actor = requireStaff(input.actor);
  const paymentId = requireUuid(input.paymentId);
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { method: true, order: { select: { reference: true } } } });
  if (!payment) throw new NotFoundError();
  if (payment.method !== 'OFFICE') throw new BackOfficeError('NO_OFFICE_PAYMENT');
  try {
    const result = await markPaidAtOffice({ paymentId, staff: { id: actor.id, role: actor.role } }, { now: input.now });
    return { changed: result.changed, orderReference: payment.order.reference };
  } catch (error) {
    if (isPaymentError(error)) {
      if (error.code === 'DEADLINE_PASSED') throw new BackOfficeError('OFFICE_DEADLINE_PASSED');
      if (error.code === 'PAYMENT_NOT_OPEN') throw new BackOfficeError('OFFICE_PAYMENT_CLOSED');
      if (error.code === 'NOT_OFFICE_PAYMENT') throw new BackOfficeError('NO_OFFICE_PAYMENT');
      if (error.code === 'PAYMENT_NOT_FOUND' || error.code === 'FORBIDDEN') throw new NotFoundError();
    }
    throw error;
  }
}
