'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { emailSchema, setStaffRole } from '@/lib/auth/set-staff-role';

const grantSchema = z.object({
  email: z.string().min(1, { error: 'auth.validation.emailRequired' }).pipe(emailSchema),
  role: z.enum(['SUPPORT', 'ADMIN'], { error: 'account.validation.required' }),
});

const revokeSchema = z.object({ email: emailSchema });

// ADMIN only, checked by the wrapper before anything is parsed or changed.
export const grantStaffRoleAction = defineAction({
  name: 'grantStaffRole',
  schema: grantSchema,
  access: ['ADMIN'],
  async handler({ email, role }, { viewer, request }) {
    await setStaffRole({ email, role, actor: viewer, context: request, createIfMissing: true });
    return { ok: true, message: 'admin.staff.granted' };
  },
});

export const revokeStaffRoleAction = defineAction({
  name: 'revokeStaffRole',
  schema: revokeSchema,
  access: ['ADMIN'],
  async handler({ email }, { viewer, request }) {
    await setStaffRole({ email, role: 'TRAVELLER', actor: viewer, context: request });
    return { ok: true, message: 'admin.staff.revoked' };
  },
});
