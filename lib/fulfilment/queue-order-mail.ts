import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import { enqueueMail } from '@/lib/mail/outbox/enqueue-mail';
import { anonymisedEmail } from '@/lib/db/anonymised-markers';

export type QueueOrderMailInput = {
  orderId: string;
  template: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
};

const email = z.email().max(320);

/**
 * Queues a mail about an order to its contact email, in the order's language, inside the caller's
 * transaction. An order whose contact was anonymised (or is not a deliverable address) gets no mail:
 * a state change must never roll back because its notice cannot be addressed.
 */
export async function queueOrderMail(tx: Tx, input: QueueOrderMailInput): Promise<{ created: boolean }> {
  const order = await tx.order.findUnique({ where: { id: input.orderId }, select: { contactEmail: true, locale: true } });
  if (!order || order.contactEmail === anonymisedEmail || !email.safeParse(order.contactEmail).success) return { created: false };
  return enqueueMail(tx, {
    template: input.template,
    to: order.contactEmail,
    locale: order.locale,
    payload: input.payload,
    dedupeKey: input.dedupeKey,
    orderId: input.orderId,
  });
}
