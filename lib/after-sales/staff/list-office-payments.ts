import 'server-only';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import { maskEmail } from '@/lib/privacy/mask';
import { deadlineState, type DeadlineState } from './deadline-state';
import { requireStaff } from './staff-guard';

export type OfficePaymentListItem = {
  paymentId: string;
  orderId: string;
  orderReference: string;
  maskedEmail: string;
  amount: { amount: number; currency: string };
  deadlineAt: Date | null;
  deadline: DeadlineState;
  createdAt: Date;
};

/** HELD orders waiting for a "pay at our office" payment (Agreement 4.1), the nearest deadline first. */
export async function listOfficePayments(actor: Viewer, options: { now?: Date; q?: string } = {}): Promise<OfficePaymentListItem[]> {
  requireStaff(actor);
  const now = options.now ?? new Date();
  const q = options.q?.trim().toUpperCase();
  const rows = await db.payment.findMany({
    where: { method: 'OFFICE', status: { in: ['CREATED', 'PENDING'] }, order: { status: 'HELD', ...(q ? { reference: q } : {}) } },
    orderBy: [{ deadlineAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    take: 200,
    select: { id: true, amountMinor: true, currency: true, deadlineAt: true, createdAt: true, order: { select: { id: true, reference: true, contactEmail: true } } },
  });
  return rows.map((r) => ({
    paymentId: r.id,
    orderId: r.order.id,
    orderReference: r.order.reference,
    maskedEmail: maskEmail(r.order.contactEmail),
    amount: { amount: r.amountMinor, currency: r.currency },
    deadlineAt: r.deadlineAt,
    deadline: deadlineState(r.deadlineAt, now),
    createdAt: r.createdAt,
  }));
}
