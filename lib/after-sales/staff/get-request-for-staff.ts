/**
 * One request in full for staff (issue 9): the request with its quote as confirmed and the rules' quote
 * now, the most that may be approved, the order (items, rules, passengers with masked documents), the
 * payment history and the conversation. Showing it is a staff read of personal data: an AuditEvent
 * (lib/privacy recordStaffAccess) records it, as the data-request pages do.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { decryptField } from '@/lib/crypto/field-encryption';
import { recordStaffAccess } from '@/lib/privacy/staff-access';
import { deadlineState, type DeadlineState } from './deadline-state';
import { loadOrderDetail, type StaffOrderDetail } from './load-order-detail';
import { OPEN_REQUEST_STATUSES } from './list-queue';
import { loadOrderMoney } from '../order-money';
import { cancelsItems, refundCeiling } from './refund-ceiling';
import { requireStaff, requireUuid } from './staff-guard';

export type StaffRequestDetail = {
  id: string;
  reference: string;
  kind: string;
  topic: string;
  status: string;
  clause: string | null;
  openedBy: string;
  orderItemId: string | null;
  /** the quote the traveller confirmed (item currency), as stored */
  quote: unknown;
  /** what the traveller asked, personal values decrypted for the handler */
  details: [string, string][];
  maxRefundMinor: number | null;
  refundCurrency: string | null;
  approvedRefundMinor: number | null;
  refundId: string | null;
  chargeMinor: number | null;
  chargeCurrency: string | null;
  dueAt: Date | null;
  deadline: DeadlineState;
  decidedAt: Date | null;
  decisionNote: string | null;
  createdAt: Date;
  /** the most staff may approve now, in the payment currency (0 when nothing can go back) */
  approvable: { ceiling: number; rulesMax: number; currency: string };
  cancelsItems: boolean;
  canDecide: boolean;
  canSetCharge: boolean;
  canComplete: boolean;
  messages: { id: string; author: string; body: string; createdAt: Date }[];
  order: StaffOrderDetail;
};

function readDetails(details: unknown): [string, string][] {
  if (!details || typeof details !== 'object') return [];
  return Object.entries(details as Record<string, unknown>).map(([key, value]) => {
    if (key.endsWith('Enc') && typeof value === 'string') {
      try {
        return [key.slice(0, -3), decryptField(value)];
      } catch {
        return [key.slice(0, -3), '—'];
      }
    }
    return [key, typeof value === 'string' ? value : JSON.stringify(value)];
  });
}

export async function getRequestForStaff(viewer: Viewer, id: string, context: RequestContext, options: { now?: Date } = {}): Promise<StaffRequestDetail> {
  const staff = requireStaff(viewer);
  requireUuid(id);
  const now = options.now ?? new Date();
  const request = await db.serviceRequest.findUnique({
    where: { id },
    include: { messages: { orderBy: { createdAt: 'asc' }, select: { id: true, author: true, body: true, createdAt: true } } },
  });
  if (!request) throw new NotFoundError();
  const order = await loadOrderDetail(db, staff, { id: request.orderId }, now);
  if (!order) throw new NotFoundError();
  const money = await loadOrderMoney(db, request.orderId, { exceptRequestId: request.id });
  const { ceiling, rulesMax } = await refundCeiling(db, request, money, now);

  await db.$transaction(async (tx) => {
    await recordStaffAccess(tx, {
      viewer: staff,
      action: 'personal_data.viewed',
      ownerUserId: order.userId,
      orderId: order.id,
      record: `ServiceRequest:${request.id}`,
      reason: 'handling a service request',
      context,
    });
  });

  const open = request.status === 'OPEN';
  return {
    id: request.id,
    reference: request.reference,
    kind: request.kind,
    topic: request.topic,
    status: request.status,
    clause: request.clause,
    openedBy: request.openedBy,
    orderItemId: request.orderItemId,
    quote: request.quote,
    details: readDetails(request.details),
    maxRefundMinor: request.maxRefundMinor,
    refundCurrency: request.refundCurrency,
    approvedRefundMinor: request.approvedRefundMinor,
    refundId: request.refundId,
    chargeMinor: request.chargeMinor,
    chargeCurrency: request.chargeCurrency,
    dueAt: request.dueAt,
    deadline: deadlineState(request.dueAt, now, (OPEN_REQUEST_STATUSES as readonly string[]).includes(request.status)),
    decidedAt: request.decidedAt,
    decisionNote: request.decisionNote,
    createdAt: request.createdAt,
    approvable: { ceiling: open ? ceiling : 0, rulesMax, currency: money.currency },
    cancelsItems: cancelsItems(request.topic),
    canDecide: open,
    canSetCharge: request.topic === 'PASSENGER_DATA_CHANGE' && (open || request.status === 'AWAITING_PAYMENT'),
    canComplete: request.kind === 'CHANGE' && (open || request.status === 'AWAITING_PAYMENT'),
    messages: request.messages,
    order,
  };
}
