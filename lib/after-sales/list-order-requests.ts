/**
 * The traveller's view of the requests on an order: status, what was asked, the conversation, and the
 * refund's progress (requested → approved → sent with the provider's refund id, or failed), with the
 * notice that card refunds take 1–30 days depending on the bank (Agreement 6.5). Always scoped to the
 * order id the caller was authorised for; staff identities are not shown.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Money } from '@/lib/money';
import { decryptField } from '@/lib/crypto/field-encryption';
import { maskDocumentNumber } from '@/lib/privacy/mask';
import type { StoredCancellationQuote } from './cancel-booking';

type RefundProgress = 'none' | 'requested' | 'approved' | 'sent' | 'failed';

export type TravellerRequestView = {
  id: string;
  reference: string;
  orderId: string;
  orderReference: string;
  kind: string;
  topic: string;
  status: string;
  clause: string | null;
  createdAt: Date;
  item: { id: string; kind: string; title: string } | null;
  subject: string | null;
  quote: StoredCancellationQuote | null;
  /** what the traveller asked to change, safe to show them (document number masked) */
  changes: Record<string, string | number> | null;
  /** Agreement 3.1.4: the agency fee, and what the traveller must pay once support states the airline's charge */
  agencyFee: Money | null;
  charge: Money | null;
  decisionNote: string | null;
  refund: {
    progress: RefundProgress;
    /** approved (or the most the rules allow while requested), in the payment's currency */
    amount: Money | null;
    providerRefundRef: string | null;
    sentAt: Date | null;
    /** Agreement 6.5: card refunds take 1–30 days depending on the bank */
    cardNotice: boolean;
  };
  messages: { id: string; author: 'TRAVELLER' | 'STAFF' | 'SYSTEM'; body: string; createdAt: Date }[];
};

const select = {
  id: true,
  reference: true,
  orderId: true,
  kind: true,
  topic: true,
  status: true,
  clause: true,
  createdAt: true,
  quote: true,
  details: true,
  maxRefundMinor: true,
  approvedRefundMinor: true,
  refundCurrency: true,
  refundId: true,
  chargeMinor: true,
  chargeCurrency: true,
  decisionNote: true,
  order: { select: { reference: true, checkout: { select: { paymentMethod: true } } } },
  orderItem: { select: { id: true, kind: true, title: true } },
  messages: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, author: true, body: true, createdAt: true } },
} satisfies Prisma.ServiceRequestSelect;

type Row = Prisma.ServiceRequestGetPayload<{ select: typeof select }>;

export type ListOrderRequestsInput = { orderId: string; requestId?: string };

/** Newest first. `requestId` narrows to one request of that order (a request of another order is not found). */
export async function listOrderRequests({ orderId, requestId }: ListOrderRequestsInput): Promise<TravellerRequestView[]> {
  const rows = await db.serviceRequest.findMany({
    where: { orderId, ...(requestId ? { id: requestId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select,
  });
  return toViews(rows);
}

/** Every request on the signed-in traveller's orders (the account's Requests page). */
export async function listUserRequests(userId: string): Promise<TravellerRequestView[]> {
  const rows = await db.serviceRequest.findMany({
    where: { order: { userId } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
    select,
  });
  return toViews(rows);
}

async function toViews(rows: Row[]): Promise<TravellerRequestView[]> {
  const refundIds = rows.map((r) => r.refundId).filter((id): id is string => Boolean(id));
  const refunds = refundIds.length
    ? await db.refund.findMany({
        where: { id: { in: refundIds } },
        select: { id: true, status: true, amountMinor: true, currency: true, providerRefundRef: true, completedAt: true },
      })
    : [];
  const byId = new Map(refunds.map((r) => [r.id, r]));
  return rows.map((row) => toView(row, row.refundId ? byId.get(row.refundId) ?? null : null));
}

function toView(row: Row, refund: { status: string; amountMinor: number; currency: string; providerRefundRef: string | null; completedAt: Date | null } | null): TravellerRequestView {
  const details = (row.details ?? null) as Record<string, unknown> | null;
  const currency = row.refundCurrency ?? refund?.currency ?? null;
  let progress: RefundProgress = 'none';
  if (refund?.status === 'SUCCEEDED') progress = 'sent';
  else if (refund?.status === 'FAILED') progress = 'failed';
  else if (row.status === 'APPROVED' && (row.approvedRefundMinor ?? 0) > 0) progress = 'approved';
  else if (row.status === 'OPEN' && (row.maxRefundMinor ?? 0) > 0) progress = 'requested';
  const amountMinor = refund?.amountMinor ?? (progress === 'requested' ? row.maxRefundMinor : row.approvedRefundMinor);
  return {
    id: row.id,
    reference: row.reference,
    orderId: row.orderId,
    orderReference: row.order.reference,
    kind: row.kind,
    topic: row.topic,
    status: row.status,
    clause: row.clause,
    createdAt: row.createdAt,
    item: row.orderItem,
    subject: typeof details?.subject === 'string' ? details.subject : null,
    quote: (row.quote ?? null) as StoredCancellationQuote | null,
    changes: visibleChanges(details?.changes),
    agencyFee: (details?.agencyFee as Money | undefined) ?? null,
    charge: row.chargeMinor != null && row.chargeCurrency ? { amount: row.chargeMinor, currency: row.chargeCurrency } : null,
    decisionNote: row.decisionNote,
    refund: {
      progress,
      amount: progress !== 'none' && amountMinor != null && currency ? { amount: amountMinor, currency } : null,
      providerRefundRef: progress === 'sent' ? refund?.providerRefundRef ?? null : null,
      sentAt: progress === 'sent' ? refund?.completedAt ?? null : null,
      cardNotice: (progress === 'approved' || progress === 'sent') && row.order.checkout?.paymentMethod === 'CARD',
    },
    messages: row.messages,
  };
}

function visibleChanges(value: unknown): Record<string, string | number> | null {
  if (!value || typeof value !== 'object') return null;
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'documentNumberEnc' && typeof v === 'string') out.documentNumber = maskDocumentNumber(safeDecrypt(v));
    else if (key === 'addressEnc' && typeof v === 'string') out.address = safeDecrypt(v);
    else if (key === 'newPickupAt' || key === 'timeZone') continue;
    else if (typeof v === 'string' || typeof v === 'number') out[key] = v;
  }
  return out;
}

function safeDecrypt(value: string): string {
  try {
    return decryptField(value);
  } catch {
    return '';
  }
}
