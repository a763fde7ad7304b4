import 'server-only';
import type { Tx } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import { attachOrderConsents } from '@/lib/consent/record-checkout-consents';

export type AttachGuestOrdersInput = { userId: string; email: string; context: RequestContext };

/**
 * Orders placed as a guest with this contact email become the account's once the address is proven
 * by a sign-in link. Runs inside the sign-in transaction (lib/auth/adapter.ts, createSession), one
 * AuditEvent per order attached.
 */
export async function attachGuestOrders(tx: Tx, input: AttachGuestOrdersInput): Promise<string[]> {
  const email = input.email.toLowerCase();
  const orders = await tx.order.findMany({
    where: { userId: null, contactEmail: email },
    select: { id: true, reference: true },
    orderBy: { createdAt: 'asc' },
  });
  if (orders.length === 0) return [];
  // The userId: null condition again, so an order claimed concurrently is not taken twice.
  await tx.order.updateMany({ where: { id: { in: orders.map((o) => o.id) }, userId: null }, data: { userId: input.userId } });
  // The consents given at a guest checkout (marketing among them) follow the order to the account.
  await attachOrderConsents(tx, input.userId, orders.map((o) => o.id));
  for (const order of orders) {
    await recordAuditEvent(tx, {
      actor: { id: input.userId, role: 'TRAVELLER' },
      action: 'order.attached_to_account',
      subjectType: 'Order',
      subjectId: order.id,
      context: input.context,
      data: { reference: order.reference, reason: 'contact email verified by sign-in' },
    });
  }
  return orders.map((o) => o.reference);
}
