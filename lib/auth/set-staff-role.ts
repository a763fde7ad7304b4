import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from './audit';
import { UserFacingError } from './errors';
import type { RequestContext } from './request-context';
import type { Role } from './viewer-types';

export class LastAdminError extends UserFacingError {
  constructor() {
    super('last-admin', 'admin.errors.lastAdmin');
    this.name = 'LastAdminError';
  }
}

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'auth.validation.email' })).pipe(z.string().max(254, { error: 'auth.validation.email' }));

export type SetStaffRoleInput = {
  email: string;
  role: Role;
  actor: AuditActor;
  context: RequestContext;
  /** create the account when the address has none yet (the staff CLI, the admin page) */
  createIfMissing?: boolean;
};

/** `previousRole` is null when the account was created by this call. */
export type SetStaffRoleResult = { userId: string; email: string; previousRole: Role | null; role: Role; changed: boolean };

/**
 * Grants or revokes a staff role (revoking = back to TRAVELLER), with an AuditEvent. The last admin
 * cannot lose the role: admins are locked while counting, so two admins demoting each other at the
 * same moment cannot leave the product without one.
 */
export async function setStaffRole(input: SetStaffRoleInput): Promise<SetStaffRoleResult> {
  const email = emailSchema.parse(input.email);
  return db.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, deletedAt: true } });
    let previousRole: Role | null = user?.role ?? null;
    if (!user || user.deletedAt) {
      if (!input.createIfMissing || user?.deletedAt) throw new UserFacingError('no-such-user', 'admin.errors.noSuchUser');
      user = await tx.user.create({ data: { email }, select: { id: true, role: true, deletedAt: true } });
      previousRole = null;
      await recordAuditEvent(tx, {
        actor: input.actor,
        action: 'user.created',
        subjectType: 'User',
        subjectId: user.id,
        context: input.context,
        data: { via: input.actor.role === 'CLI' ? 'staff-cli' : 'admin' },
      });
    }
    if (user.role === input.role) return { userId: user.id, email, previousRole, role: input.role, changed: false };

    if (user.role === 'ADMIN') {
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM users WHERE role = 'ADMIN' AND deleted_at IS NULL FOR UPDATE`;
      if (!admins.some((a) => a.id !== user!.id)) throw new LastAdminError();
    }
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAuditEvent(tx, {
      actor: input.actor,
      action: 'user.role_changed',
      subjectType: 'User',
      subjectId: user.id,
      context: input.context,
      data: { from: user.role, to: input.role },
    });
    return { userId: user.id, email, previousRole, role: input.role, changed: true };
  });
}

export type StaffMember = { id: string; email: string; name: string | null; role: Role };

export async function listStaff(): Promise<StaffMember[]> {
  return db.user.findMany({
    where: { role: { in: ['SUPPORT', 'ADMIN'] }, deletedAt: null },
    orderBy: [{ role: 'desc' }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true },
  });
}
