import type { Role } from '@/lib/db/generated/enums';

/** The signed-in user as every page, action and data-access function sees it. */
export type Viewer = { id: string; email: string; name: string | null; role: Role };

export const staffRoles = ['SUPPORT', 'ADMIN'] as const satisfies readonly Role[];
export type { Role };
