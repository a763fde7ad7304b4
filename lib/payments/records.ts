import type { Payment, Refund } from '../db/generated/client';
import { money } from '../money';
import type { PaymentRecord, PaymentSource, RefundRecord } from './types';

export function toPaymentRecord(row: Payment): PaymentRecord {
  return {
    id: row.id,
    orderId: row.orderId,
    method: row.method,
    provider: row.provider as PaymentSource,
    providerRef: row.providerRef,
    status: row.status,
    amount: money(row.amountMinor, row.currency),
    deadlineAt: row.deadlineAt,
    succeededAt: row.succeededAt,
    failureCode: row.failureCode,
    createdAt: row.createdAt,
  };
}

export function toRefundRecord(row: Refund): RefundRecord {
  return {
    id: row.id,
    paymentId: row.paymentId,
    amount: money(row.amountMinor, row.currency),
    status: row.status,
    providerRefundRef: row.providerRefundRef,
    idempotencyKey: row.idempotencyKey,
    reason: row.reason,
    requestedBy: row.requestedBy,
    failureCode: row.failureCode,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}
