import type { Row } from './collect-personal-data';

/**
 * Who looked at the person's data (Privacy Policy 8: "In My data you can see who accessed your data
 * and when"): audit events by support staff and admins about the account, its orders or its requests.
 */
export type AccessLogEntry = {
  at: Date;
  /** SUPPORT | ADMIN */
  role: string;
  /** a short, stable pseudonym of the staff member (the first 8 characters of their id) */
  staff: string;
  action: string;
  record: string | null;
  field: string | null;
  reason: string | null;
};

const staffRoles = new Set(['SUPPORT', 'ADMIN']);

export function accessLogOf(auditEvents: Row[], userId: string): AccessLogEntry[] {
  return auditEvents
    .filter((e) => staffRoles.has(String(e.actorRole)) && e.actorId !== userId)
    .map((e) => {
      const data = (e.data && typeof e.data === 'object' ? e.data : {}) as Record<string, unknown>;
      return {
        at: e.at as Date,
        role: String(e.actorRole),
        staff: String(e.actorId ?? '').slice(0, 8),
        action: String(e.action),
        record: typeof data.record === 'string' ? data.record : `${String(e.subjectType)}:${String(e.subjectId)}`,
        field: typeof data.field === 'string' ? data.field : null,
        reason: typeof data.reason === 'string' ? data.reason : null,
      };
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}
