import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Tx } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';

export type OrderEventInput = {
  orderId: string;
  from: OrderStatus | null;
  to: OrderStatus;
  /** why, as a stable code: INVENTORY_HELD, PAYMENT_SUCCEEDED, HOLD_EXPIRED, … */
  reason: string;
  actor?: AuditActor | null;
  context?: RequestContext;
  data?: Prisma.InputJsonObject;
};

/** The transition log and its AuditEvent, written in the transaction that changes the order. */
export async function recordOrderEvent(tx: Tx, event: OrderEventInput): Promise<void> {
  await tx.orderEvent.create({
    data: { orderId: event.orderId, fromStatus: event.from, toStatus: event.to, reason: event.reason, data: event.data },
  });
  await recordAuditEvent(tx, {
    actor: event.actor ?? { id: null, role: 'SYSTEM' },
    action: `order.${event.reason.toLowerCase()}`,
    subjectType: 'order',
    subjectId: event.orderId,
    context: event.context ?? noRequestContext,
    data: { from: event.from, to: event.to, ...(event.data ?? {}) },
  });
}
