/**
 * The back-office queue (issue 9): service requests (refunds, cancellations, changes, anything else) and
 * privacy data requests in one list, most urgent deadline first. Deadlines: 3 days for the automatic
 * refund of an order that was paid but not issued (Agreement 4.5, ServiceRequest.dueAt) and 10 days for
 * data requests (Privacy Policy 10, DataRequest.dueAt); "close" is under 24 h left, "late" is past.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import { fromMajor } from '@/lib/money';
import { maskEmail } from '@/lib/privacy/mask';
import { deadlineState, type DeadlineState } from './deadline-state';
import { requireStaff } from './staff-guard';

export const QUEUE_KINDS = ['ALL', 'REFUND', 'CANCELLATION', 'CHANGE', 'OTHER', 'DATA'] as const;
export const QUEUE_STATUSES = ['OPEN', 'DONE', 'ALL'] as const;
export const QUEUE_DEADLINES = ['ALL', 'URGENT', 'CLOSE', 'LATE'] as const;

export const queueFilterSchema = z.object({
  kind: z.enum(QUEUE_KINDS).catch('ALL'),
  status: z.enum(QUEUE_STATUSES).catch('OPEN'),
  deadline: z.enum(QUEUE_DEADLINES).catch('ALL'),
  q: z.string().trim().max(320).catch(''),
});

export type QueueFilter = z.output<typeof queueFilterSchema>;

/** Service requests still waiting for someone (APPROVED: the refund is on its way). */
export const OPEN_REQUEST_STATUSES = ['OPEN', 'AWAITING_PAYMENT', 'APPROVED'] as const;
const OPEN_DATA_STATUSES = ['UNVERIFIED', 'OPEN', 'IN_PROGRESS'] as const;

export type QueueItem = {
  /** SUPPLIER: a remote booking the reconciler could not cancel (supplier_bookings ORPHANED) */
  source: 'SERVICE' | 'DATA' | 'SUPPLIER';
  id: string;
  reference: string;
  /** ServiceRequestKind, or DATA */
  kind: 'REFUND' | 'CANCELLATION' | 'CHANGE' | 'OTHER' | 'DATA';
  /** the service request's topic, or the data request's kind (ACCESS, ERASURE …) */
  topic: string;
  status: string;
  orderReference: string | null;
  maskedEmail: string;
  amount: { amount: number; currency: string } | null;
  createdAt: Date;
  dueAt: Date | null;
  deadline: DeadlineState;
};

export type ListQueueOptions = { filter?: Partial<QueueFilter>; now?: Date; limit?: number };

export async function listQueue(actor: Viewer, options: ListQueueOptions = {}): Promise<QueueItem[]> {
  requireStaff(actor);
  const filter = queueFilterSchema.parse(options.filter ?? {});
  const now = options.now ?? new Date();
  const limit = options.limit ?? 200;
  const q = filter.q;
  const upper = q.toUpperCase();
  const lower = q.toLowerCase();

  const items: QueueItem[] = [];
  if (filter.kind !== 'DATA') {
    const where: Prisma.ServiceRequestWhereInput = {
      ...(filter.kind !== 'ALL' ? { kind: filter.kind } : {}),
      ...(filter.status === 'OPEN' ? { status: { in: [...OPEN_REQUEST_STATUSES] } } : filter.status === 'DONE' ? { status: { notIn: [...OPEN_REQUEST_STATUSES] } } : {}),
      ...(q ? { OR: [{ reference: upper }, { order: { reference: upper } }, { order: { contactEmail: lower } }] } : {}),
    };
    const rows = await db.serviceRequest.findMany({
      where,
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      take: limit,
      select: {
        id: true,
        reference: true,
        kind: true,
        topic: true,
        status: true,
        maxRefundMinor: true,
        approvedRefundMinor: true,
        refundCurrency: true,
        createdAt: true,
        dueAt: true,
        order: { select: { reference: true, contactEmail: true } },
      },
    });
    for (const r of rows) {
      const amount = r.approvedRefundMinor ?? r.maxRefundMinor;
      items.push({
        source: 'SERVICE',
        id: r.id,
        reference: r.reference,
        kind: r.kind,
        topic: r.topic,
        status: r.status,
        orderReference: r.order.reference,
        maskedEmail: maskEmail(r.order.contactEmail),
        amount: amount !== null && r.refundCurrency ? { amount, currency: r.refundCurrency } : null,
        createdAt: r.createdAt,
        dueAt: r.dueAt,
        // An APPROVED refund still counts against the 4.5 deadline until the money is sent.
        deadline: deadlineState(r.dueAt, now, (OPEN_REQUEST_STATUSES as readonly string[]).includes(r.status)),
      });
    }
  }
  if (filter.kind === 'ALL' || filter.kind === 'DATA') {
    const where: Prisma.DataRequestWhereInput = {
      ...(filter.status === 'OPEN' ? { status: { in: [...OPEN_DATA_STATUSES] } } : filter.status === 'DONE' ? { status: { notIn: [...OPEN_DATA_STATUSES] } } : {}),
      ...(q ? { OR: [{ reference: upper }, { orderReference: upper }, { email: lower }] } : {}),
    };
    const rows = await db.dataRequest.findMany({
      where,
      orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
      take: limit,
      select: { id: true, reference: true, kind: true, status: true, email: true, orderReference: true, createdAt: true, dueAt: true },
    });
    for (const r of rows) {
      items.push({
        source: 'DATA',
        id: r.id,
        reference: r.reference,
        kind: 'DATA',
        topic: r.kind,
        status: r.status,
        orderReference: r.orderReference,
        maskedEmail: maskEmail(r.email),
        amount: null,
        createdAt: r.createdAt,
        dueAt: r.dueAt,
        deadline: deadlineState(r.dueAt, now, r.status === 'OPEN' || r.status === 'IN_PROGRESS'),
      });
    }
  }

  // Remote orders the reconciler could not cancel (issue 21): money may be tied up at the supplier.
  if (filter.status !== 'DONE' && (filter.kind === 'ALL' || filter.kind === 'OTHER')) {
    const rows = await db.$queryRaw<{ id: string; remote_id: string; amount: string; currency: string; created_at: Date; order_reference: string | null; contact_email: string | null }[]>`
      SELECT b.id::text AS id, b.remote_id, b.amount, b.currency, b.created_at, o.reference AS order_reference, o.contact_email
      FROM supplier_bookings b LEFT JOIN order_holds h ON h.id::text = b.hold_id LEFT JOIN orders o ON o.id = h.order_id
      WHERE b.state = 'ORPHANED' AND b.remote_id IS NOT NULL
        AND (${q} = '' OR b.remote_id = ${q} OR o.reference = ${upper} OR o.contact_email = ${lower})
      ORDER BY b.created_at LIMIT ${limit}`;
    for (const r of rows) {
      let amount: QueueItem['amount'] = null;
      try {
        amount = fromMajor(r.amount, r.currency.trim());
      } catch {
        // an amount Duffel wrote in a way we cannot read: staff see it at Duffel
      }
      items.push({
        source: 'SUPPLIER',
        id: r.id,
        reference: r.remote_id,
        kind: 'OTHER',
        topic: 'SUPPLIER_ORPHAN',
        status: 'OPEN',
        orderReference: r.order_reference,
        maskedEmail: r.contact_email ? maskEmail(r.contact_email) : '',
        amount,
        createdAt: r.created_at,
        dueAt: null,
        deadline: deadlineState(null, now, true),
      });
    }
  }

  const wanted = (d: DeadlineState) =>
    filter.deadline === 'ALL' || (filter.deadline === 'URGENT' ? d === 'close' || d === 'late' : d === filter.deadline.toLowerCase());
  const rank = (d: DeadlineState) => (d === 'late' ? 0 : d === 'close' ? 1 : 2);
  return items
    .filter((i) => wanted(i.deadline))
    .sort(
      (a, b) =>
        rank(a.deadline) - rank(b.deadline) ||
        (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    )
    .slice(0, limit);
}
