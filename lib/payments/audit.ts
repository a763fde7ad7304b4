import 'server-only';
import type { Prisma } from '../db/generated/client';
import type { Tx } from '../db/client';
import type { Actor } from './types';

/** The AuditEvent of a payment or refund change, written in the transaction that makes the change. */
export async function auditPayment(
  tx: Tx,
  input: { action: string; subjectType: 'payment' | 'refund'; subjectId: string; actor?: Actor | null; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? 'SYSTEM',
      ...(input.data === undefined ? {} : { data: input.data }),
    },
  });
}
