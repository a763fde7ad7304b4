import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { Tx } from '@/lib/db/client';
import type { RequestContext } from './request-context';
import type { Viewer } from './viewer-types';

export type AuditActor = Pick<Viewer, 'id' | 'role'> | { id: null; role: 'SYSTEM' | 'CLI' };

export type AuditInput = {
  actor: AuditActor | null;
  action: string;
  subjectType: string;
  subjectId: string;
  context: RequestContext;
  /** what changed, never the personal values themselves */
  data?: Prisma.InputJsonValue;
};

/** Writes one AuditEvent inside the caller's transaction (the change and its record commit together). */
export async function recordAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      ip: input.context.ip,
      userAgent: input.context.userAgent,
      data: input.data,
    },
  });
}
