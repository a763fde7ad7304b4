import 'server-only';
import type { Tx } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import { delegateOf } from './collect-personal-data';
import { personalDataRegistry, type ModelSpec } from './personal-data-registry';

/**
 * Removes the identities from one order and everything hanging off it (Privacy Policy 7: "kept for
 * accounting without names or other identities"): for every registry model with an order column,
 * each personal column is set to NULL or its placeholder, unless the registry keeps it with a
 * reason. Amounts, currencies, statuses and references are untouched, so the books still add up.
 * Idempotent; records the anonymisation in OrderAnonymisation and an AuditEvent.
 */
export type AnonymiseReason = 'retention' | 'account_erased';

export function erasureData(spec: ModelSpec): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [field, f] of Object.entries(spec.fields)) {
    if (!f.personal) continue;
    if (f.erase === 'null') data[field] = null;
    else if ('set' in f.erase) data[field] = f.erase.set;
  }
  return data;
}

export async function anonymiseOrder(tx: Tx, orderId: string, reason: AnonymiseReason, now: Date = new Date()): Promise<void> {
  for (const spec of personalDataRegistry) {
    if (!spec.orderColumn) continue;
    const data = erasureData(spec);
    if (Object.keys(data).length === 0) continue;
    await delegateOf(tx, spec.model).updateMany({ where: { [spec.orderColumn]: orderId }, data });
  }
  // The technical trail of the order (IPs, browsers) goes too; what happened and when stays.
  await tx.auditEvent.updateMany({ where: { subjectType: 'Order', subjectId: orderId }, data: { ip: null, userAgent: null } });
  await tx.orderAnonymisation.upsert({
    where: { orderId },
    create: { orderId, reason, dueAt: now, doneAt: now },
    update: { doneAt: now, reason },
  });
  await recordAuditEvent(tx, {
    actor: { id: null, role: 'SYSTEM' },
    action: 'order.anonymised',
    subjectType: 'Order',
    subjectId: orderId,
    context: noRequestContext,
    data: { reason },
  });
}

/** When the order's travel is over: the latest end (or start) of its items, or its creation. */
export async function tripEndOf(tx: Tx, orderId: string): Promise<Date> {
  const [row] = await tx.$queryRaw<{ end: Date | null; created: Date }[]>`
    SELECT max(coalesce(i.ends_at, i.starts_at)) AS "end", o.created_at AS created
    FROM orders o LEFT JOIN order_items i ON i.order_id = o.id
    WHERE o.id = ${orderId}::uuid GROUP BY o.id`;
  return row?.end ?? row?.created ?? new Date(0);
}
